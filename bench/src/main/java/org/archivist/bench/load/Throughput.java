package org.archivist.bench.load;

/** {@code count} documents (or queries) in {@code seconds}: the rate the targets compare. */
record Throughput(long count, double seconds) {

    static Throughput between(long count, long startNanos, long endNanos) {
        return new Throughput(count, (endNanos - startNanos) / 1e9);
    }

    double perSecond() {
        return seconds > 0 ? count / seconds : Double.NaN;
    }

    /** This rate over {@code other}'s, e.g. the pipeline's over the raw {@code _bulk}'s. */
    double ratioTo(Throughput other) {
        return perSecond() / other.perSecond();
    }
}
