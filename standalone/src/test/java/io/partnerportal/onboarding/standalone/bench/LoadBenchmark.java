package io.partnerportal.onboarding.standalone.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
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
 * default 10,20,40,80,160), BENCH_STEP_SECONDS (10), BENCH_WARM_UP_SECONDS (10), BENCH_BACKEND_HEAP (the
 * backend's -Xmx, 1g);
 * EVENTSTORE_JDBC_URL, _USER, _PASSWORD to run against PostgreSQL instead of an H2 file.
 */
public final class LoadBenchmark {

    private static final int READ_CUSTOMERS = 100;
    private static final int LAG_SAMPLES = 100;

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "standalone/target/standalone-exec.jar");
        Path report = Path.of(args.length > 1 ? args[1] : "docs/benchmarks.md");
        int stepSeconds = Integer.parseInt(env("BENCH_STEP_SECONDS", "10"));
        int warmUpSeconds = Integer.parseInt(env("BENCH_WARM_UP_SECONDS", "10"));
        String backendHeap = env("BENCH_BACKEND_HEAP", "1g");
        List<Integer> commandRates = rates(env("BENCH_COMMAND_RATES", "2,5,10,20,40"));
        List<Integer> readRates = rates(env("BENCH_READ_RATES", "10,20,40,80,160"));
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

        try (var backend = BenchBackend.start(jar, run, backendHeap)) {
            log("Backend up on " + backend.baseUrl() + " (pid " + backend.pid() + "), log " + backend.log());
            var memory = new ResidentMemory(backend.pid());
            memory.sample("after start, idle");
            String token = BenchPartner.token(Duration.ofHours(2));
            var commandSettings = new LoadSettings(backend.baseUrl(), token, commandRates, stepSeconds, List.of());
            // The customers the reads read, added first: they are the backend's first warm-up too.
            List<String> ids = BenchCustomers.add(backend.baseUrl(), token, READ_CUSTOMERS);

            // Every load runs once at its lowest rate before it is measured, unreported, so that the figures
            // are of compiled code rather than of the JIT's first minutes, on either side.
            log("Warming up the commands for " + warmUpSeconds + " s");
            GatlingRun.of(CommandSimulation.class, warmUp(commandSettings, warmUpSeconds), warmUpResults);
            log("Commands over HTTP at " + commandRates + " customers/s");
            var commands = GatlingRun.of(CommandSimulation.class, commandSettings, gatlingResults);
            results.commands(commands.figures(), commands.report());
            memory.sample("after the commands");

            log("Raw baseline: the same rows over plain JDBC at the same rates");
            try (var raw = postgres
                    ? RawEventStore.schemaIn(jdbcUrl, env("EVENTSTORE_JDBC_USER", "sa"), env("EVENTSTORE_JDBC_PASSWORD", ""),
                            poolSize())
                    : RawEventStore.freshH2(Files.createDirectories(run.resolve("raw")), poolSize())) {
                OpenLoad.run(commandRates.getFirst(), warmUpSeconds, poolSize(), raw::addThenChangeBilling);
                for (int rate : commandRates) {
                    results.rawCommands(OpenLoad.run(rate, stepSeconds, poolSize(), raw::addThenChangeBilling));
                }
            }

            var readSettings = new LoadSettings(backend.baseUrl(), token, readRates, stepSeconds, ids);
            log("Warming up the reads for " + warmUpSeconds + " s");
            GatlingRun.of(ReadSimulation.class, warmUp(readSettings, warmUpSeconds), warmUpResults);
            log("Reads over HTTP at " + readRates + " readers/s, of " + READ_CUSTOMERS + " customers");
            var reads = GatlingRun.of(ReadSimulation.class, readSettings, gatlingResults);
            results.reads(reads.figures(), reads.report());
            memory.sample("after the reads");

            log("Raw baseline: find by _id on the same MongoDB at the same rates");
            try (var raw = new RawReadModel(backend.mongoConnectionString(), env("MONGODB_DATABASE", "onboarding"), ids)) {
                OpenLoad.run(readRates.getFirst(), warmUpSeconds, 32, raw::findOne);
                for (int rate : readRates) {
                    results.rawReads(OpenLoad.run(rate, stepSeconds, 32, raw::findOne));
                }
            }

            log("Projection lag: " + LAG_SAMPLES + " customers added one at a time, each read with minVersion");
            results.lag(ProjectionLag.measure(backend.baseUrl(), token, LAG_SAMPLES));
            memory.sample("at the end");
            results.memory(memory.samples(), memory.peakMib());
        }
        results.finished(Instant.now());
        Files.writeString(report, new BenchmarkReport(results).markdown());
        log("Wrote " + report);
        log("Gatling reports: " + results.commandReport().resolve("index.html").toAbsolutePath() + " and "
                + results.readReport().resolve("index.html").toAbsolutePath());
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

    /** The lowest rate of {@code settings}, for {@code seconds}. */
    private static LoadSettings warmUp(LoadSettings settings, int seconds) {
        return new LoadSettings(settings.baseUrl(), settings.token(), List.of(settings.rates().getFirst()), seconds,
                settings.customerIds());
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
