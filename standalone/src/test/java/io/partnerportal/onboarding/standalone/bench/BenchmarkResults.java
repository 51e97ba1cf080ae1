package io.partnerportal.onboarding.standalone.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What one run of the load benchmark measured, gathered for {@link BenchmarkReport}. */
final class BenchmarkResults {

    final Instant started;
    final String eventStore;
    final int stepSeconds;
    final int warmUpSeconds;
    final String backendHeap;
    Instant finished;
    final List<Figures> commands = new ArrayList<>();
    final List<Figures> rawCommands = new ArrayList<>();
    final List<Figures> reads = new ArrayList<>();
    final List<Figures> rawReads = new ArrayList<>();
    Path commandReport;
    Path readReport;
    ProjectionLag.Lag lag;
    Map<String, Long> residentMib = Map.of();
    long peakMib = -1;

    BenchmarkResults(Instant started, String eventStore, int stepSeconds, int warmUpSeconds, String backendHeap) {
        this.backendHeap = backendHeap;
        this.started = started;
        this.eventStore = eventStore;
        this.stepSeconds = stepSeconds;
        this.warmUpSeconds = warmUpSeconds;
    }

    void commands(List<Figures> figures, Path report) {
        commands.addAll(figures);
        commandReport = report;
    }

    void rawCommands(List<Figures> figures) {
        rawCommands.addAll(figures);
    }

    void reads(List<Figures> figures, Path report) {
        reads.addAll(figures);
        readReport = report;
    }

    void rawReads(List<Figures> figures) {
        rawReads.addAll(figures);
    }

    void lag(ProjectionLag.Lag measured) {
        lag = measured;
    }

    void memory(Map<String, Long> samples, long peak) {
        residentMib = Map.copyOf(samples);
        peakMib = peak;
        residentOrder.addAll(samples.keySet());
    }

    /** The moments of the memory samples, in the order they were taken. */
    final List<String> residentOrder = new ArrayList<>();

    void finished(Instant at) {
        finished = at;
    }

    Path commandReport() {
        return commandReport;
    }

    Path readReport() {
        return readReport;
    }
}
