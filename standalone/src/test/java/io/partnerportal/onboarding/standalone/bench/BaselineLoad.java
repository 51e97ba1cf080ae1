package io.partnerportal.onboarding.standalone.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The raw baselines' load, shaped as the simulations shape theirs. {@link #atRate}: visits arrive at a fixed
 * rate, as Gatling's open model makes them, and run on a fixed pool of workers (the pool a backend would
 * have); each visit's first operation is timed from when the visit was due, not from when a worker took it,
 * so a queue shows as latency (no coordinated omission). {@link #byClients}: a fixed number of clients, each
 * starting its next visit when its last has ended, as Gatling's closed model does. Anything slower than
 * Gatling's request timeout counts as failed, as it would there.
 */
final class BaselineLoad {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** One arrival's work: its operations, each timed by {@link Visit#time}. */
    interface Work {
        void visit(Visit visit) throws Exception;
    }

    /** Times the operations of one arrival, the first from when the arrival was due. */
    static final class Visit {
        private final BaselineLoad load;
        private long startedAt;

        private Visit(BaselineLoad load, long dueAt) {
            this.load = load;
            this.startedAt = dueAt;
        }

        void time(String operation, Operation work) throws Exception {
            boolean ok = false;
            try {
                work.run();
                ok = true;
            } catch (Exception failed) {
                load.reportFirst(operation, failed);
                throw failed;
            } finally {
                long now = System.nanoTime();
                load.record(operation, now - startedAt, ok);
                startedAt = now;
            }
        }
    }

    interface Operation {
        void run() throws Exception;
    }

    private final Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
    private final Map<String, ConcurrentLinkedQueue<Boolean>> outcomes = new ConcurrentHashMap<>();
    private final Map<String, Exception> firstFailures = new ConcurrentHashMap<>();

    private BaselineLoad() {
    }

    /** Runs {@code work} at {@code rate} arrivals a second for {@code seconds}, on {@code workers} threads. */
    static List<Figures> atRate(int rate, int seconds, int workers, Work work) throws InterruptedException {
        var load = new BaselineLoad();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        long period = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime();
        for (long i = 0; i < (long) rate * seconds; i++) {
            long dueAt = start + i * period;
            LockSupport.parkNanos(dueAt - System.nanoTime());
            pool.execute(() -> {
                try {
                    work.visit(new Visit(load, dueAt));
                } catch (Exception failed) {
                    // Recorded as a failure by Visit.time; the load goes on, as Gatling's does.
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(60, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
        return load.figures(rate, seconds);
    }

    /**
     * Runs {@code work} on {@code clients} threads for {@code seconds}, each visit starting when the client's
     * last one ended: the throughput that many callers get. Figures carry the number of clients as their rate.
     */
    static List<Figures> byClients(int clients, int seconds, Work work) throws InterruptedException {
        var load = new BaselineLoad();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        for (int i = 0; i < clients; i++) {
            pool.execute(() -> {
                while (System.nanoTime() < end) {
                    try {
                        work.visit(new Visit(load, System.nanoTime()));
                    } catch (Exception failed) {
                        // Recorded as a failure by Visit.time; the client goes on.
                    }
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
        return load.figures(clients, seconds);
    }

    /** Says why the first failure of an operation failed, once: the figures only count them. */
    private void reportFirst(String operation, Exception failure) {
        if (firstFailures.putIfAbsent(operation, failure) == null) {
            System.err.println("[bench] First failure of " + operation + " in the baseline: " + failure);
        }
    }

    private void record(String operation, long nanos, boolean ok) {
        boolean inTime = ok && nanos <= TIMEOUT.toNanos();
        latencies.computeIfAbsent(operation, name -> new ConcurrentLinkedQueue<>()).add(nanos);
        outcomes.computeIfAbsent(operation, name -> new ConcurrentLinkedQueue<>()).add(inTime);
    }

    private List<Figures> figures(int rate, int seconds) {
        var figures = new ArrayList<Figures>();
        latencies.forEach((operation, times) -> {
            long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
            long ok = outcomes.get(operation).stream().filter(Boolean::booleanValue).count();
            figures.add(new Figures(operation, rate, ok, sorted.length - ok, (double) ok / seconds,
                    Figures.millis(sorted, 0.50), Figures.millis(sorted, 0.95), Figures.millis(sorted, 0.99), Figures.millis(sorted, 0.999),
                    Figures.millis(sorted, 1.0)));
        });
        return figures;
    }
}
