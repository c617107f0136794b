package org.archivist.bench.load;

import java.util.Arrays;
import java.util.Locale;

/** Latency percentiles over recorded durations in nanoseconds (nearest-rank), printed in milliseconds. */
record Percentiles(int count, double p50, double p90, double p99, double max) {

    static Percentiles of(long[] nanos) {
        if (nanos.length == 0) {
            return new Percentiles(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Percentiles(sorted.length, rank(sorted, 0.50), rank(sorted, 0.90), rank(sorted, 0.99),
                sorted[sorted.length - 1] / 1e6);
    }

    private static double rank(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "n=%d  p50 %.1f ms  p90 %.1f ms  p99 %.1f ms  max %.1f ms", count, p50, p90,
                p99, max);
    }
}
