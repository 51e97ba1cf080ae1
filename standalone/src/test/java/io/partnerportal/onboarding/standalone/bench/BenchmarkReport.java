package io.partnerportal.onboarding.standalone.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** docs/benchmarks.md: the machine, the tables of one run with each figure against its baseline, how to reproduce. */
final class BenchmarkReport {

    private final BenchmarkResults results;
    private final StringBuilder text = new StringBuilder();

    BenchmarkReport(BenchmarkResults results) {
        this.results = results;
    }

    String markdown() {
        line("# Benchmarks");
        line("");
        line("Written by `bin/bench` on " + results.started + " (" + Duration.between(results.started, results.finished)
                .toSeconds() + " s). Figures from one run on a shared machine: read the ratios, which set each figure "
                + "against a baseline measured in the same run, rather than the milliseconds. Which targets these "
                + "figures meet, and what bounds the others: [performance.md](performance.md).");
        line("");
        machine();
        commands();
        byClients();
        reads();
        histories();
        lag();
        replay();
        memory();
        reproduce();
        return text.toString();
    }

    private void machine() {
        line("## Machine");
        line("");
        line("| | |");
        line("|---|---|");
        line("| CPU | " + cpuModel() + ", " + Runtime.getRuntime().availableProcessors() + " cores visible |");
        line("| memory | " + memInfo("MemTotal").map(kib -> kib / 1024 / 1024 + " GiB").orElse("?") + " |");
        line("| JDK | " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (backend and load generator); backend `-Xmx" + results.backendHeap + "` |");
        line("| OS | " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " |");
        line("| event store | " + results.eventStore + " |");
        line("| read models | embedded MongoDB (mongo-java-server on H2), unless MONGODB_URI was set |");
        line("| versions | Spring Boot " + version(org.springframework.boot.SpringApplication.class) + ", Axon Framework "
                + version(org.axonframework.eventsourcing.EventSourcingRepository.class) + ", H2 " + org.h2.engine.Constants.VERSION
                + ", Gatling " + version(io.gatling.javaapi.core.Simulation.class) + " |");
        line("");
        line("The load generator (Gatling, and the baselines' workers) runs in one JVM, the backend in another, on the "
                + "same cores: at saturation they compete for the CPU, so the highest rates say where this machine "
                + "ends, not where the backend does.");
        line("");
    }

    private void commands() {
        line("## Commands over HTTP, against the same rows over plain JDBC");
        line("");
        line("Each arriving user adds a customer (`POST /api/customers`: a unique domain prefix and CNPJ, an "
                + "Idempotency-Key) and then changes its billing profile (`PUT /api/customers/{id}/billing-profile`, "
                + "If-Match with the ETag the add answered, an Idempotency-Key), with a partner admin's JWT. Users arrive "
                + "at the rate shown whatever the latency (Gatling's open model, `constantUsersPerSec`), "
                + results.stepSeconds + " s per step, after " + results.warmUpSeconds + " s at the middle rate ("
                + warmUpRate(results.commands) + "/s) that are not reported (on two shared cores the JIT compiles the "
                + "backend's code for minutes: performance.md); latencies count from when a request was sent, failures "
                + "included; anything over 10 s is a failure. A step holds rate × step seconds requests, so at the low "
                + "rates p99 and p99.9 are simply the slowest one.");
        line("");
        line("The raw baseline does each command's database work in one JDBC transaction, with the backend's own "
                + "Flyway schema in a database of its own (a fresh H2 file with the embedded default's URL flags, or a "
                + "schema of its own in the same PostgreSQL), on as many connections as the backend's pool, timed from "
                + "when the customer arrived (a queue for a connection is latency too): "
                + "AddCustomer looks up its idempotency record, appends two events (`domain_event_entry`), claims the "
                + "domain prefix and the registration id (`customer_claim`) and records its answer "
                + "(`idempotency_record`); ChangeBillingInfo looks up its idempotency record, reads the stream, appends "
                + "one event and records its answer. Same arrival rates, same open model, same warm-up; it runs in the load "
                + "generator's JVM while the backend idles.");
        line("");
        table(results.commands, results.rawCommands, Optional.empty());
    }

    private void byClients() {
        if (results.byClients.isEmpty()) {
            return;
        }
        line("### AddCustomer by a fixed number of clients, against the same rows over plain JDBC");
        line("");
        line("Each client sends its next AddCustomer when the last is answered (Gatling's closed model, "
                + "`constantConcurrentUsers`), for " + results.stepSeconds + " s: the throughput that many callers get. "
                + "The baseline's clients (threads) do AddCustomer's transaction the same way, on the same kind of "
                + "database, while the backend idles.");
        line("");
        line("| clients | commands/s | failed | p50 ms | p99 ms | baseline commands/s | baseline p50 / p99 ms "
                + "| commands/s ÷ baseline |");
        line("|--:|--:|--:|--:|--:|--:|--:|--:|");
        for (Figures figures : results.byClients) {
            var baseline = results.rawByClients.stream().filter(raw -> raw.rate() == figures.rate()).findFirst();
            line("| " + figures.rate() + " | " + number(figures.okPerSecond()) + " | " + figures.failed() + " | "
                    + number(figures.p50()) + " | " + number(figures.p99()) + " | "
                    + baseline.map(b -> number(b.okPerSecond())).orElse("–") + " | "
                    + baseline.map(b -> number(b.p50()) + " / " + number(b.p99())).orElse("–") + " | "
                    + baseline.map(b -> percent(figures.okPerSecond(), b.okPerSecond())).orElse("–") + " |");
        }
        line("");
    }

    private void histories() {
        if (results.histories.isEmpty()) {
            return;
        }
        var shortest = results.histories.getFirst();
        line("## Long histories");
        line("");
        line("Customers grown to each length by billing changes over HTTP, then changed " + shortest.samples()
                + " times more, one command at a time, round robin over the customers. A customer is loaded from its "
                + "latest snapshot and the events after it (ADR 11; a snapshot every `SNAPSHOT_EVERY` events, 100 by "
                + "default), so its history's length should not show. Baseline: the shortest history, in the same run.");
        line("");
        line("| events before | p50 ms | p99 ms | p50 ÷ baseline | p99 ÷ baseline |");
        line("|--:|--:|--:|--:|--:|");
        for (AggregateLoad.Latency latency : results.histories) {
            line("| " + latency.events() + " | " + number(latency.p50()) + " | " + number(latency.p99()) + " | "
                    + ratio(latency.p50(), shortest.p50()) + " | " + ratio(latency.p99(), shortest.p99()) + " |");
        }
        line("");
    }

    /** The rate a load warmed up at: the middle one of its steps (LoadBenchmark). */
    private static int warmUpRate(List<Figures> figures) {
        return LoadBenchmark.middle(figures.stream().map(Figures::rate).distinct().sorted().toList());
    }

    private void reads() {
        line("## Reads over HTTP, against a find by `_id` on the same MongoDB");
        line("");
        line("Each arriving user reads one of 100 projected customers (`GET /api/customers/{id}`), a page of 20 of "
                + "the partner's list (`GET /api/customers?size=20`), "
                + "and the customer's purchase eligibility, one after the other (so the second and third are sent when "
                + "the one before has answered); " + results.stepSeconds + " s per step, after " + results.warmUpSeconds
                + " s at the middle rate (" + warmUpRate(results.reads) + "/s) that are not reported. The reads run before "
                + "the commands, so the list pages through these 100 customers alone; on the embedded MongoDB a page costs "
                + "in proportion to the whole collection (performance.md). The baseline asks the backend's "
                + "own MongoDB for one view by `_id` with the Java driver, at the same arrival rates, on 32 threads.");
        line("");
        table(results.reads, results.rawReads, Optional.of(RawReadModel.FIND_BY_ID));
    }

    /** One row per operation and rate, each set against the baseline at the same rate. */
    private void table(List<Figures> measured, List<Figures> raw, Optional<String> baselineOperation) {
        line("| operation | arrivals/s | ok/s | failed | p50 ms | p95 ms | p99 ms | p99.9 ms | max ms | baseline p50 / p99 ms "
                + "| p50 ÷ baseline | p99 ÷ baseline | ok/s ÷ baseline |");
        line("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
        for (Figures figures : measured) {
            String baselineName = baselineOperation.orElse(figures.operation());
            var baseline = raw.stream()
                    .filter(candidate -> candidate.operation().equals(baselineName) && candidate.rate() == figures.rate())
                    .findFirst();
            line("| " + figures.operation() + " | " + figures.rate() + " | " + number(figures.okPerSecond()) + " | "
                    + figures.failed() + " | " + number(figures.p50()) + " | " + number(figures.p95()) + " | "
                    + number(figures.p99()) + " | " + number(figures.p999()) + " | " + number(figures.max()) + " | "
                    + baseline.map(b -> number(b.p50()) + " / " + number(b.p99())
                            + (b.failed() > 0 ? " (" + b.failed() + " failed)" : "")).orElse("–") + " | "
                    + baseline.map(b -> ratio(figures.p50(), b.p50())).orElse("–") + " | "
                    + baseline.map(b -> ratio(figures.p99(), b.p99())).orElse("–") + " | "
                    + baseline.map(b -> ratio(figures.okPerSecond(), b.okPerSecond())).orElse("–") + " |");
        }
        line("");
        sustained(measured);
    }

    /**
     * The highest rate each operation kept up with: every request answered, p99 within a second. A summary
     * computed from the table above, so that it is true of every run.
     */
    private void sustained(List<Figures> measured) {
        var operations = new java.util.LinkedHashMap<String, String>();
        for (Figures figures : measured) {
            boolean keptUp = figures.failed() == 0 && figures.p99() <= 1000;
            operations.merge(figures.operation(), keptUp ? String.valueOf(figures.rate()) : "none",
                    (before, now) -> now.equals("none") ? before : now);
        }
        line("Kept up with (every request answered, p99 within 1 s), in arrivals a second: " + String.join(", ",
                operations.entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue()).toList()) + ".");
        line("");
    }

    private void lag() {
        if (results.lag == null) {
            return;
        }
        line("## Projection lag");
        line("");
        line("From the moment AddCustomer's 201 arrives to the moment `GET /api/customers/{id}?minVersion=2` "
                + "answers 200 (the server waits until the view has caught up), " + results.lag.samples()
                + " customers one at a time on an idle backend. Baseline: the same read once the view is there."
                + (results.splitLag == null ? "" : " Split: the write to the command side and the reads from the "
                + "query side, each in a process of its own on the same PostgreSQL, the query side woken by its "
                + "notifications, after a first round of as many customers, not counted, that warms the two "
                + "processes up."));
        line("");
        line("| shape | write acknowledged → view readable, p50 / p99 ms | baseline: a read of a projected view, "
                + "p50 / p99 ms | p50 ÷ baseline | p99 ÷ baseline |");
        line("|---|--:|--:|--:|--:|");
        lagRow("standalone", results.lag);
        if (results.splitLag != null) {
            lagRow("split", results.splitLag);
        }
        line("");
    }

    private void lagRow(String shape, ProjectionLag.Lag lag) {
        line("| " + shape + " | " + number(lag.p50()) + " / " + number(lag.p99()) + " | " + number(lag.readP50())
                + " / " + number(lag.readP99()) + " | " + ratio(lag.p50(), lag.readP50()) + " | "
                + ratio(lag.p99(), lag.readP99()) + " |");
    }

    private void replay() {
        if (results.replay == null) {
            return;
        }
        double slowest = results.replay.slowest();
        line("## Replay");
        line("");
        line("The event store the load left, grown to " + results.replay.events() + " events by copies of its customers "
                + "(" + results.copied + " events copied: the same streams, as the backend wrote them, under new ids), "
                + "the backend started again on it and let catch up; then every projection replayed at once "
                + "(`POST /api/admin/projections/{name}/replay`), each timed until it reports no lag and no replay. "
                + "The raw pass, the baseline, reads the same rows in one query, reads each event's JSON, evolves the "
                + "customer's view by the projection's own fold and writes the views and one feed entry per event to a "
                + "fresh embedded MongoDB, a thousand events at a time: no framework, tokens, dead letters, audit tree "
                + "or relationship requests. It runs after the backend has stopped.");
        line("");
        line("| | events | seconds | events/s | ÷ raw pass |");
        line("|---|--:|--:|--:|--:|");
        double raw = results.rawReplayEvents / results.rawReplaySeconds;
        for (var projection : results.replay.seconds().entrySet()) {
            double rate = results.replay.events() / projection.getValue();
            line("| replay of " + projection.getKey() + " | " + results.replay.events() + " | "
                    + number(projection.getValue()) + " | " + number(rate) + " | " + percent(rate, raw) + " |");
        }
        double all = results.replay.events() / slowest;
        line("| **every projection** | " + results.replay.events() + " | " + number(slowest) + " | " + number(all)
                + " | " + percent(all, raw) + " |");
        line("| raw pass (baseline) | " + results.rawReplayEvents + " | " + number(results.rawReplaySeconds) + " | "
                + number(raw) + " | 100 % |");
        line("");
        line("The replaying backend's peak resident memory: " + results.replayPeakMib + " MiB.");
        line("");
    }

    private void memory() {
        if (results.memory.isEmpty()) {
            return;
        }
        line("## Memory of the backend process");
        line("");
        line("Resident set size (VmRSS of /proc/PID/status) of the backend started with `-Xmx" + results.backendHeap
                + "` (BENCH_BACKEND_HEAP), sampled twice a second for the whole run; the peak is VmHWM. Steady under "
                + "load is the median of the last third of the samples taken while the backend was loaded (the earlier "
                + "ones are of a heap still growing to its cap). Baseline: the resident size "
                + "just after start, before any load. The plot is [" + results.memoryPlot + "](" + results.memoryPlot
                + ").");
        line("");
        line("| phase | under load | samples | min MiB | median MiB | max MiB | median ÷ after start |");
        line("|---|---|--:|--:|--:|--:|--:|");
        long idle = results.memory.getFirst().median();
        for (ResidentMemory.Phase phase : results.memory) {
            line("| " + phase.name() + " | " + (phase.underLoad() ? "yes" : "no") + " | " + phase.mib().size() + " | "
                    + phase.min() + " | " + phase.median() + " | " + phase.max() + " | " + ratio(phase.median(), idle)
                    + " |");
        }
        line("");
        line("Steady under load: " + results.steadyMib + " MiB (" + ratio(results.steadyMib, idle) + " the idle size; "
                + "target " + LoadBenchmark.MEMORY_TARGET_MIB + " MiB). Peak: " + results.peakMib + " MiB.");
        line("");
        line("![Resident memory over the run](" + results.memoryPlot + ")");
        line("");
    }

    private void reproduce() {
        line("## How to reproduce");
        line("");
        line("```sh");
        line("bin/bench                                   # embedded default: H2 file and embedded MongoDB");
        line("BENCH_STEP_SECONDS=20 BENCH_COMMAND_RATES=10,20,40,80,160 BENCH_READ_RATES=50,100,200,400,800 bin/bench");
        line("EVENTSTORE_JDBC_URL=jdbc:postgresql://localhost:5432/onboarding_bench \\");
        line("  EVENTSTORE_JDBC_USER=onboarding EVENTSTORE_JDBC_PASSWORD=... bin/bench    # the event store on PostgreSQL");
        line("```");
        line("");
        line("`bin/bench` builds the standalone jar, starts it with `java -jar` in a process of its own in JWT mode "
                + "(a key pair made for the run; the backend gets the public key, the load generator signs a partner "
                + "admin's token), with a fresh data directory under `standalone/target/bench/`, the per-caller write "
                + "limit off (`WRITES_PER_MINUTE=0`), runs the simulations and baselines (`standalone/src/test/java/"
                + "…/standalone/bench`), stops the backend and writes this page. Gatling's HTML reports of the run are "
                + "under `standalone/target/bench/run-*/gatling/`. `LoadBenchmarkSmokeTest` runs every simulation at a "
                + "tiny rate in `bin/test`, so that the benchmark cannot rot; no test asserts a speed.");
        line("");
    }

    private void line(String line) {
        text.append(line).append('\n');
    }

    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String percent(double value, double baseline) {
        if (baseline <= 0 || Double.isNaN(value) || Double.isNaN(baseline)) {
            return "–";
        }
        return String.format(Locale.ROOT, "%.0f %%", 100 * value / baseline);
    }

    private static String ratio(double value, double baseline) {
        if (baseline <= 0 || Double.isNaN(value) || Double.isNaN(baseline)) {
            return "–";
        }
        return String.format(Locale.ROOT, "%.1f×", value / baseline);
    }

    private static String version(Class<?> type) {
        String version = type.getPackage().getImplementationVersion();
        return version == null ? "?" : version;
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                    .findFirst().map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse("?");
        } catch (IOException unavailable) {
            return "?";
        }
    }

    private static Optional<Long> memInfo(String field) {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(line -> line.startsWith(field + ":"))
                    .findFirst().map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")));
        } catch (IOException unavailable) {
            return Optional.empty();
        }
    }
}
