package io.partnerportal.onboarding.standalone.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
    final List<Figures> byClients = new ArrayList<>();
    final List<Figures> rawByClients = new ArrayList<>();
    final List<AggregateLoad.Latency> histories = new ArrayList<>();
    ProjectionLag.Lag lag;
    final List<ResidentMemory.Phase> memory = new ArrayList<>();
    long peakMib = -1;
    long steadyMib = -1;
    /** The memory plot's file name, beside the report. */
    String memoryPlot;

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

    void byClients(List<Figures> measured, List<Figures> raw) {
        byClients.addAll(measured);
        rawByClients.addAll(raw);
    }

    void histories(List<AggregateLoad.Latency> measured) {
        histories.addAll(measured);
    }

    long copied;
    ProjectionReplay.Result replay;
    long replayPeakMib = -1;
    long rawReplayEvents;
    double rawReplaySeconds = Double.NaN;

    void copied(long events) {
        copied = events;
    }

    void replay(ProjectionReplay.Result measured, long peakMib) {
        replay = measured;
        replayPeakMib = peakMib;
    }

    void rawReplay(long events, double seconds) {
        rawReplayEvents = events;
        rawReplaySeconds = seconds;
    }

    ProjectionLag.Lag splitLag;

    void lag(ProjectionLag.Lag measured) {
        lag = measured;
    }

    void splitLag(ProjectionLag.Lag measured) {
        splitLag = measured;
    }

    void memory(List<ResidentMemory.Phase> phases, long peak, long steady, String plot) {
        memory.addAll(phases);
        peakMib = peak;
        steadyMib = steady;
        memoryPlot = plot;
    }

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
