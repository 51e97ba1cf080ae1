package io.partnerportal.onboarding.standalone.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The backend's resident memory, read from /proc/PID/status (Linux) twice a second for the whole run, each
 * sample tagged with the phase of the run it was taken in: VmRSS, and VmHWM for the peak since the process
 * started. Reading a small file twice a second costs the load generator next to nothing.
 */
final class ResidentMemory implements AutoCloseable {

    private static final long PERIOD_MILLIS = 500;

    /** One sample: when, counted from the first, in which phase, and how much (MiB). */
    record Sample(long atMillis, String phase, boolean underLoad, long mib) {
    }

    /** The samples of one phase; under load when the backend was being loaded, rather than idle or measured alone. */
    record Phase(String name, boolean underLoad, List<Long> mib) {
        long min() {
            return mib.stream().mapToLong(Long::longValue).min().orElse(-1);
        }

        long max() {
            return mib.stream().mapToLong(Long::longValue).max().orElse(-1);
        }

        long median() {
            return mib.isEmpty() ? -1 : mib.stream().sorted().toList().get(mib.size() / 2);
        }
    }

    private final long pid;
    private final long started = System.nanoTime();
    private final List<Sample> samples = new ArrayList<>();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(task -> {
        var thread = new Thread(task, "resident-memory");
        thread.setDaemon(true);
        return thread;
    });
    /** The phase samples are taken in now: one field, so that a sample never mixes two phases. */
    private volatile Phase current;

    /** Starts sampling, the backend idle in {@code firstPhase}. */
    ResidentMemory(long pid, String firstPhase) {
        this.pid = pid;
        this.current = new Phase(firstPhase, false, List.of());
        sampler.scheduleAtFixedRate(this::sample, 0, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** From now on, samples belong to {@code name}, a phase in which the backend idles. */
    void idle(String name) {
        current = new Phase(name, false, List.of());
    }

    /** From now on, samples belong to {@code name}, a phase in which the backend is loaded. */
    void loaded(String name) {
        current = new Phase(name, true, List.of());
    }

    /**
     * The median of the last third of the samples taken under load: the resident memory the backend settles at
     * while it works. The earlier samples are of a process still growing its heap towards its cap, and how many
     * of them there are depends on how long the first phases last, not on the backend.
     */
    synchronized long steadyUnderLoadMib() {
        var loaded = samples.stream().filter(Sample::underLoad).map(Sample::mib).toList();
        if (loaded.isEmpty()) {
            return -1;
        }
        var settled = loaded.subList(loaded.size() - Math.max(1, loaded.size() / 3), loaded.size()).stream()
                .sorted().toList();
        return settled.get(settled.size() / 2);
    }

    /** Every sample so far, in the order taken. */
    synchronized List<Sample> samples() {
        return List.copyOf(samples);
    }

    /** The samples by phase, in the order the phases began. */
    synchronized List<Phase> phases() {
        var phases = new ArrayList<Phase>();
        for (Sample sample : samples) {
            if (phases.isEmpty() || !phases.getLast().name().equals(sample.phase())) {
                phases.add(new Phase(sample.phase(), sample.underLoad(), new ArrayList<>()));
            }
            phases.getLast().mib().add(sample.mib());
        }
        return phases;
    }

    /** The peak resident memory since the process started, in MiB, or -1 where /proc is missing. */
    long peakMib() {
        return peakMibOf(pid);
    }

    /** The peak resident memory of process {@code pid} since it started, in MiB, or -1 where /proc is missing. */
    static long peakMibOf(long pid) {
        return read(pid, "VmHWM").map(kib -> kib / 1024).orElse(-1L);
    }

    private void sample() {
        Phase now = current;
        read(pid, "VmRSS").ifPresent(kib -> {
            synchronized (this) {
                samples.add(new Sample(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), now.name(),
                        now.underLoad(), kib / 1024));
            }
        });
    }

    private static Optional<Long> read(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith(field + ":")) {
                    return Optional.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
                }
            }
        } catch (IOException | NumberFormatException unavailable) {
            // Not Linux, or the process has ended.
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
