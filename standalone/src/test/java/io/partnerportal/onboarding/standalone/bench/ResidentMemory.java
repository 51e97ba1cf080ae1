package io.partnerportal.onboarding.standalone.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The backend's resident memory, read from /proc/PID/status (Linux): VmRSS now, VmHWM the peak since it
 * started. Sampled at the moments the report names, rather than by a thread, to keep the load generator's
 * own work small.
 */
final class ResidentMemory {

    private final long pid;
    private final Map<String, Long> samples = Collections.synchronizedMap(new LinkedHashMap<>());

    ResidentMemory(long pid) {
        this.pid = pid;
    }

    /** Records VmRSS under {@code moment}, in MiB; nothing where /proc is missing. */
    void sample(String moment) {
        read("VmRSS").ifPresent(kib -> samples.put(moment, kib / 1024));
    }

    /** The peak resident memory since the process started, in MiB, or -1 where /proc is missing. */
    long peakMib() {
        return read("VmHWM").map(kib -> kib / 1024).orElse(-1L);
    }

    Map<String, Long> samples() {
        return samples;
    }

    private Optional<Long> read(String field) {
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
}
