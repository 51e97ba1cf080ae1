package io.partnerportal.onboarding.standalone.bench;

import java.nio.file.Files;
import java.nio.file.Path;
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
 * billing, so two commands), BENCH_READ_RATES (readers a second, each making three reads), BENCH_STEP_SECONDS;
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
        int stepSeconds = Integer.parseInt(env("BENCH_STEP_SECONDS", "15"));
        List<Integer> commandRates = rates(env("BENCH_COMMAND_RATES", "10,20,40,80"));
        List<Integer> readRates = rates(env("BENCH_READ_RATES", "50,100,200,400"));
        String jdbcUrl = System.getenv("EVENTSTORE_JDBC_URL");
        boolean postgres = jdbcUrl != null && !jdbcUrl.isBlank();

        Instant started = Instant.now();
        Path run = Files.createDirectories(Path.of("standalone", "target", "bench",
                "run-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(started)));
        Path gatlingResults = run.resolve("gatling");
        var results = new BenchmarkResults(started, postgres ? "PostgreSQL (" + jdbcUrl + ")" : "H2 file (embedded default)",
                stepSeconds);

        try (var backend = BenchBackend.start(jar, run)) {
            log("Backend up on " + backend.baseUrl() + " (pid " + backend.pid() + "), log " + backend.log());
            var memory = new ResidentMemory(backend.pid());
            memory.sample("after start, idle");
            String token = BenchPartner.token(Duration.ofHours(2));
            var commandSettings = new LoadSettings(backend.baseUrl(), token, commandRates, stepSeconds, List.of());

            log("Commands over HTTP at " + commandRates + " customers/s");
            var commands = GatlingRun.of(CommandSimulation.class, commandSettings, gatlingResults);
            results.commands(commands.figures(), commands.report());
            memory.sample("after the commands");

            log("Raw baseline: the same rows over plain JDBC at the same rates");
            try (var raw = postgres
                    ? RawEventStore.schemaIn(jdbcUrl, env("EVENTSTORE_JDBC_USER", "sa"), env("EVENTSTORE_JDBC_PASSWORD", ""))
                    : RawEventStore.freshH2(Files.createDirectories(run.resolve("raw")))) {
                for (int rate : commandRates) {
                    results.rawCommands(OpenLoad.run(rate, stepSeconds, poolSize(), raw::addThenChangeBilling));
                }
            }

            log("Reads over HTTP at " + readRates + " readers/s, of " + READ_CUSTOMERS + " customers");
            List<String> ids = BenchCustomers.add(backend.baseUrl(), token, READ_CUSTOMERS);
            var reads = GatlingRun.of(ReadSimulation.class,
                    new LoadSettings(backend.baseUrl(), token, readRates, stepSeconds, ids), gatlingResults);
            results.reads(reads.figures(), reads.report());
            memory.sample("after the reads");

            log("Raw baseline: find by _id on the same MongoDB at the same rates");
            try (var raw = new RawReadModel(backend.mongoConnectionString(), env("MONGODB_DATABASE", "onboarding"), ids)) {
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
