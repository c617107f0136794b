package org.archivist.bench.load;

import java.util.Locale;
import java.util.Map;

/** CPU seconds used by each process during a phase, the stack's components and this JVM ({@link StackProcesses#BENCH}). */
record CpuUsage(Map<String, Double> seconds) {

    double of(String process) {
        return seconds.getOrDefault(process, 0.0);
    }

    /** The whole stack: ingest, enrich, query, Kafka and Elasticsearch; not the load tools. */
    double stack() {
        return StackProcesses.COMPONENTS.stream().mapToDouble(this::of).sum();
    }

    /** Every measured process: the stack and this JVM's load tools, which share its cores. */
    double all() {
        return stack() + of(StackProcesses.BENCH);
    }

    /** e.g. {@code ingest 1.5  enrich 6.5  query 5.9  kafka 2.6  elasticsearch 13.9  = stack 30.4; bench JVM 3.1}. */
    @Override
    public String toString() {
        StringBuilder line = new StringBuilder();
        for (String component : StackProcesses.COMPONENTS) {
            line.append(String.format(Locale.ROOT, "%s %.1f  ", component, of(component)));
        }
        return line + String.format(Locale.ROOT, "= stack %.1f; bench JVM %.1f", stack(), of(StackProcesses.BENCH));
    }
}
