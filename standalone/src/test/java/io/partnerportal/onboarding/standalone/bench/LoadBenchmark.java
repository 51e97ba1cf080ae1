package io.partnerportal.onboarding.standalone.bench;

import com.mongodb.client.MongoClients;
import io.partnerportal.onboarding.query.readmodel.EmbeddedMongo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The load benchmark that bin/bench runs: starts the standalone backend in a process of its own (JWT mode,
 * fresh data), loads it with Gatling from this JVM at increasing arrival rates, measures the raw baselines
 * (the same database work over plain JDBC, the same read model found by {@code _id}) at the same rates in the
 * same run, stops the backend and writes docs/benchmarks.md. Every figure is set against its baseline, because
 * the machines it runs on are shared and noisy: a ratio survives that better than a number of milliseconds.
 *
 * <p>Settings (environment): BENCH_COMMAND_RATES (customers a second, each adding and then changing its
 * billing, so two commands; default 2,5,10,20,40), BENCH_READ_RATES (readers a second, each making three reads;
 * default 10,20,40,80,160), BENCH_CLIENTS (how many clients add customers at once, one step each; 8),
 * BENCH_HISTORY_LENGTHS (the events of the long-history customers; 10,1000,10000), BENCH_STEP_SECONDS (10),
 * BENCH_WARM_UP_SECONDS (60), BENCH_BACKEND_HEAP (the backend's -Xmx, 256m), BENCH_REPLAY_EVENTS (the events the
 * replay rebuilds from; 100000);
 * EVENTSTORE_JDBC_URL, _USER, _PASSWORD to run against PostgreSQL instead of an H2 file.
 */
public final class LoadBenchmark {

    private static final int READ_CUSTOMERS = 100;
    private static final int LAG_SAMPLES = 100;
    private static final int HISTORY_SAMPLES = 100;
    /** Issue 12's bound on the standalone process's resident memory under load, drawn on the plot. */
    static final long MEMORY_TARGET_MIB = 512;

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "standalone/target/standalone-exec.jar");
        Path report = Path.of(args.length > 1 ? args[1] : "docs/benchmarks.md");
        int stepSeconds = Integer.parseInt(env("BENCH_STEP_SECONDS", "10"));
        int warmUpSeconds = Integer.parseInt(env("BENCH_WARM_UP_SECONDS", "60"));
        String backendHeap = env("BENCH_BACKEND_HEAP", "256m");
        List<Integer> commandRates = rates(env("BENCH_COMMAND_RATES", "2,5,10,20,40"));
        List<Integer> readRates = rates(env("BENCH_READ_RATES", "10,20,40,80,160"));
        List<Integer> clients = rates(env("BENCH_CLIENTS", "8"));
        List<Integer> historyLengths = rates(env("BENCH_HISTORY_LENGTHS", "10,1000,10000"));
        long replayEvents = Long.parseLong(env("BENCH_REPLAY_EVENTS", "100000"));
        String jdbcUrl = System.getenv("EVENTSTORE_JDBC_URL");
        boolean postgres = jdbcUrl != null && !jdbcUrl.isBlank();

        if (postgres) {
            refuseADatabaseInUse(jdbcUrl, env("EVENTSTORE_JDBC_USER", "sa"), env("EVENTSTORE_JDBC_PASSWORD", ""));
        }
        Instant started = Instant.now();
        Path run = Files.createDirectories(Path.of("standalone", "target", "bench",
                "run-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(started)));
        Path gatlingResults = run.resolve("gatling");
        Path warmUpResults = run.resolve("warm-up");
        var results = new BenchmarkResults(started, postgres ? "PostgreSQL (" + jdbcUrl + ")" : "H2 file (embedded default)",
                stepSeconds, warmUpSeconds, backendHeap);

        try (var backend = BenchBackend.start(jar, run, backendHeap, "backend.log");
             var memory = new ResidentMemory(backend.pid(), "after start")) {
            log("Backend up on " + backend.baseUrl() + " (pid " + backend.pid() + "), log " + backend.log());
            String token = BenchPartner.token(Duration.ofHours(2));
            var commandSettings = new LoadSettings(backend.baseUrl(), token, commandRates, stepSeconds, List.of());
            // The customers the reads read, added first: they are the backend's first warm-up too.
            memory.loaded("warm-up");
            List<String> ids = BenchCustomers.add(backend.baseUrl(), token, READ_CUSTOMERS);

            // Every load runs at its middle rate before it is measured, unreported, so that the figures are of
            // compiled code rather than of the JIT's first minutes (docs/performance.md), on either side.
            // The reads come first: the list then pages through the partner's READ_CUSTOMERS customers alone,
            // whatever the command steps add later, as the embedded MongoDB scans the collection for it.
            var readSettings = new LoadSettings(backend.baseUrl(), token, readRates, stepSeconds, ids);
            log("Warming up the reads for " + warmUpSeconds + " s");
            memory.loaded("warm-up");
            GatlingRun.of(ReadSimulation.class, warmUp(readSettings, warmUpSeconds), warmUpResults);
            log("Reads over HTTP at " + readRates + " readers/s, of " + READ_CUSTOMERS + " customers");
            memory.loaded("reads");
            var reads = GatlingRun.of(ReadSimulation.class, readSettings, gatlingResults);
            results.reads(reads.figures(), reads.report());

            log("Raw baseline: find by _id on the same MongoDB at the same rates");
            memory.idle("raw baselines");
            try (var raw = new RawReadModel(backend.mongoConnectionString(), env("MONGODB_DATABASE", "onboarding"), ids)) {
                BaselineLoad.atRate(middle(readRates), warmUpSeconds, 32, raw::findOne);
                for (int rate : readRates) {
                    results.rawReads(BaselineLoad.atRate(rate, stepSeconds, 32, raw::findOne));
                }
            }

            log("Warming up the commands for " + warmUpSeconds + " s");
            memory.loaded("warm-up");
            GatlingRun.of(CommandSimulation.class, warmUp(commandSettings, warmUpSeconds), warmUpResults);
            log("Commands over HTTP at " + commandRates + " customers/s");
            memory.loaded("commands");
            var commands = GatlingRun.of(CommandSimulation.class, commandSettings, gatlingResults);
            results.commands(commands.figures(), commands.report());

            memory.loaded("AddCustomer by clients");
            var byClients = new ArrayList<Figures>();
            for (int count : clients) {
                log("AddCustomer by " + count + " clients at once, for " + stepSeconds + " s");
                byClients.addAll(GatlingRun.of(ConcurrentClientsSimulation.class, new LoadSettings(backend.baseUrl(),
                        token, List.of(count), stepSeconds, List.of()), gatlingResults).figures());
            }

            memory.idle("raw baselines");
            log("Raw baseline: the same rows over plain JDBC at the same rates, and by the same clients");
            try (var raw = postgres
                    ? RawEventStore.schemaIn(jdbcUrl, env("EVENTSTORE_JDBC_USER", "sa"), env("EVENTSTORE_JDBC_PASSWORD", ""),
                            poolSize())
                    : RawEventStore.freshH2(Files.createDirectories(run.resolve("raw")), poolSize())) {
                BaselineLoad.atRate(middle(commandRates), warmUpSeconds, poolSize(), raw::addThenChangeBilling);
                for (int rate : commandRates) {
                    results.rawCommands(BaselineLoad.atRate(rate, stepSeconds, poolSize(), raw::addThenChangeBilling));
                }
                var rawByClients = new ArrayList<Figures>();
                for (int count : clients) {
                    rawByClients.addAll(BaselineLoad.byClients(count, stepSeconds, raw::add));
                }
                results.byClients(byClients, rawByClients);
            }

            log("Long histories: customers of " + historyLengths + " events, each changed " + HISTORY_SAMPLES
                    + " times more");
            memory.loaded("long histories");
            results.histories(AggregateLoad.measure(backend.baseUrl(), token, historyLengths, HISTORY_SAMPLES));

            log("Projection lag: " + LAG_SAMPLES + " customers added one at a time, each read with minVersion");
            memory.loaded("projection lag");
            results.lag(ProjectionLag.measure(backend.baseUrl(), token, LAG_SAMPLES));
            memory.idle("idle at the end");
            Thread.sleep(5_000);
            Path plot = report.resolveSibling(report.getFileName().toString().replace(".md", "-memory.svg"));
            Files.writeString(plot, MemoryPlot.svg(memory.samples(), MEMORY_TARGET_MIB));
            results.memory(memory.phases(), memory.peakMib(), memory.steadyUnderLoadMib(),
                    plot.getFileName().toString());
        }
        if (postgres) {
            log("Projection lag, split: the command side and the query side in processes of their own");
            try (var commandSide = BenchBackend.start(sideJar("command-side"), run.resolve("command-side"), backendHeap,
                    "command-side.log");
                 // The query side on the standalone backend's read models, whose tokens are at the store's head.
                 var querySide = BenchBackend.start(sideJar("query-side"), run, backendHeap, "query-side.log")) {
                new ProjectionReplay(querySide.baseUrl()).awaitCaughtUp();
                String token = BenchPartner.token(Duration.ofHours(1));
                // Two processes started for this step alone: a first round, not counted, warms them up as the
                // standalone backend was warmed up by the load before its own lag was measured.
                ProjectionLag.measure(commandSide.baseUrl(), querySide.baseUrl(), token, LAG_SAMPLES);
                results.splitLag(ProjectionLag.measure(commandSide.baseUrl(), querySide.baseUrl(), token, LAG_SAMPLES));
            }
        }
        replay(jar, run, backendHeap, replayEvents, postgres ? jdbcUrl : null, results);
        results.finished(Instant.now());
        Files.writeString(report, new BenchmarkReport(results).markdown());
        log("Wrote " + report);
        log("Gatling reports: " + results.commandReport().resolve("index.html").toAbsolutePath() + " and "
                + results.readReport().resolve("index.html").toAbsolutePath());
    }

    /**
     * Replay: the event store the load left grown to {@code events} by copies of its customers (the backend
     * stopped, so that an H2 file is free), the backend started again on it and let catch up, then every
     * projection replayed at once and timed; then the raw pass over the same rows into a fresh MongoDB of its own.
     */
    private static void replay(Path jar, Path run, String heap, long events, String jdbcUrl, BenchmarkResults results)
            throws Exception {
        try (var db = eventStore(run.resolve("data"), jdbcUrl)) {
            long before = EventCopies.count(db);
            log("Replay: the event store grown from " + before + " to " + events + " events by copies of its customers");
            results.copied(EventCopies.fillTo(db, events) - before);
        }
        try (var backend = BenchBackend.start(jar, run, heap, "backend-replay.log")) {
            var projections = new ProjectionReplay(backend.baseUrl());
            log("Replay: waiting for the projections to catch up with the copies");
            projections.awaitCaughtUp();
            log("Replay: every projection at once");
            var replayed = projections.replayAll();
            results.replay(replayed, ResidentMemory.peakMibOf(backend.pid()));
        }
        log("Replay: the raw pass over the same rows");
        try (var db = eventStore(run.resolve("data"), jdbcUrl);
             var mongo = EmbeddedMongo.start(Files.createDirectories(run.resolve("raw-replay")), 0);
             var client = MongoClients.create(mongo.connectionString())) {
            long started = System.nanoTime();
            long read = RawReplay.rebuild(db, client.getDatabase("raw"));
            results.rawReplay(read, (System.nanoTime() - started) / 1e9);
        }
    }

    /** The executable jar of one side of the split deployment, built beside the standalone one. */
    private static Path sideJar(String module) throws IOException {
        try (var jars = Files.list(Path.of(module, "target"))) {
            return jars.filter(jar -> jar.getFileName().toString().endsWith("-exec.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No executable jar under " + module + "/target"));
        }
    }

    /** A stopped backend's event store: the H2 file in its data directory, or the PostgreSQL it was given. */
    static Connection eventStore(Path dataDir, String jdbcUrl) throws SQLException {
        return jdbcUrl != null
                ? DriverManager.getConnection(jdbcUrl, env("EVENTSTORE_JDBC_USER", "sa"), env("EVENTSTORE_JDBC_PASSWORD", ""))
                : DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("eventstore").toAbsolutePath()
                        + RawEventStore.H2_FLAGS, "sa", "");
    }

    /**
     * The backend starts with fresh read models, so it would first project every event already in the database:
     * the load would then be measured against a replay. And the run adds thousands of customers. So the event
     * store must be a database of the benchmark's own, and empty.
     */
    private static void refuseADatabaseInUse(String url, String user, String password) throws SQLException {
        try (var db = DriverManager.getConnection(url, user, password);
             var tables = db.getMetaData().getTables(null, null, "domain_event_entry", null)) {
            if (tables.next()) {
                try (var count = db.createStatement().executeQuery("SELECT count(*) FROM domain_event_entry")) {
                    count.next();
                    if (count.getLong(1) > 0) {
                        throw new IllegalStateException(url + " already holds " + count.getLong(1) + " events: give "
                                + "bin/bench an empty database of its own (it adds thousands of customers)");
                    }
                }
            }
        }
    }

    /** The middle rate of {@code settings}, for {@code seconds}. */
    private static LoadSettings warmUp(LoadSettings settings, int seconds) {
        return new LoadSettings(settings.baseUrl(), settings.token(), List.of(middle(settings.rates())), seconds,
                settings.customerIds());
    }

    /** The rate a load warms up at: high enough for the JIT to see every path often, low enough to keep up. */
    static int middle(List<Integer> rates) {
        return rates.get(rates.size() / 2);
    }

    /** The backend's JDBC pool (EVENTSTORE_POOL_SIZE, 10 by default): the raw baseline works with as many. */
    private static int poolSize() {
        return Integer.parseInt(env("EVENTSTORE_POOL_SIZE", "10"));
    }

    private static List<Integer> rates(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }

    private static void log(String message) {
        System.out.println("[bench] " + message);
    }
}
