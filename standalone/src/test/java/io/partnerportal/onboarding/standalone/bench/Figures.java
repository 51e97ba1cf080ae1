package io.partnerportal.onboarding.standalone.bench;

/**
 * One operation at one arrival rate: how many answered well or failed, the rate of good answers, and the
 * latency percentiles (milliseconds, failures included, measured from when the request was due).
 */
record Figures(String operation, int rate, long ok, long failed, double okPerSecond,
               double p50, double p95, double p99, double p999, double max) {

    /** The nearest-rank percentile of {@code sorted} nanoseconds, in milliseconds. */
    static double millis(long[] sorted, double quantile) {
        int rank = (int) Math.ceil(quantile * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1_000_000.0;
    }
}
