package org.archivist.bench.load;

import java.util.List;
import java.util.Locale;

/**
 * One measured window of the search phase: {@code clients} closed-loop clients for {@code seconds}, the latency of
 * every answered query, the errors, and the CPU seconds used in the window by query-service, by Elasticsearch and
 * by every measured process together ({@code allCpuSeconds}: the stack and this JVM's load clients), on a machine
 * of {@code cores} cores.
 */
record SearchRound(int clients, Percentiles latency, int errors, double seconds, double queryServiceCpuSeconds,
        double elasticsearchCpuSeconds, double allCpuSeconds, int cores) {

    double queriesPerSecond() {
        return new Throughput(latency.count(), seconds).perSecond();
    }

    /** query-service's CPU per answered search, in ms. */
    double cpuPerSearchMillis() {
        return perSearchMillis(queryServiceCpuSeconds, latency.count());
    }

    /** Elasticsearch's CPU per answered search, in ms: with 2 cores, what bounds the many-client rounds. */
    double elasticsearchCpuPerSearchMillis() {
        return perSearchMillis(elasticsearchCpuSeconds, latency.count());
    }

    /** The CPU every measured process spent per answered search, in ms: the stack and the load clients. */
    double allCpuPerSearchMillis() {
        return perSearchMillis(allCpuSeconds, latency.count());
    }

    /**
     * The least mean latency these clients could see, in ms, given the CPU each search took: a closed-loop client
     * has one search in flight, so by Little's law the mean latency is clients / throughput, and the throughput can
     * be no more than cores / (CPU per search). Above it, latency is queueing for the cores, not overhead.
     */
    double latencyFloorMillis() {
        return floorMillis(allCpuPerSearchMillis());
    }

    /**
     * The least mean latency Elasticsearch's CPU per search alone allows, in ms: the floor were every other process
     * (query-service, Kafka, the load clients) free. Above the target, no work on the services can meet it.
     */
    double elasticsearchLatencyFloorMillis() {
        return floorMillis(elasticsearchCpuPerSearchMillis());
    }

    private double floorMillis(double cpuPerSearchMillis) {
        return clients * cpuPerSearchMillis / cores;
    }

    /** query-service's CPU per answered search over several rounds, in ms. */
    static double cpuPerSearchMillis(List<SearchRound> rounds) {
        return perSearchMillis(rounds.stream().mapToDouble(SearchRound::queryServiceCpuSeconds).sum(),
                rounds.stream().mapToLong(round -> round.latency().count()).sum());
    }

    private static double perSearchMillis(double cpuSeconds, long searches) {
        return searches == 0 ? Double.NaN : cpuSeconds * 1000 / searches;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%2d client(s): %s  %.0f queries/s  %d errors  query-service CPU %.2f ms/search"
                + "  Elasticsearch CPU %.2f ms/search  all processes %.2f ms/search: on %d cores no mean below %.0f ms"
                + " (Elasticsearch's CPU alone: %.0f ms)", clients, latency, queriesPerSecond(), errors,
                cpuPerSearchMillis(), elasticsearchCpuPerSearchMillis(), allCpuPerSearchMillis(), cores,
                latencyFloorMillis(), elasticsearchLatencyFloorMillis());
    }
}
