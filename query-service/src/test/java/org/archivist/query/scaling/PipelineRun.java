package org.archivist.query.scaling;

import java.util.UUID;

import org.archivist.testing.ServiceProcess.Launch;

/**
 * One test's pipeline: the three services with topics, consumer groups and an index alias of its own, named
 * {@code it-<name>-…-<run>}, so that tests on the same stack never see each other's records.
 */
public record PipelineRun(String name, String run) {

    public static PipelineRun named(String name) {
        return new PipelineRun(name, UUID.randomUUID().toString().substring(0, 8));
    }

    public String ingested() {
        return "it-" + name + "-ingested-" + run;
    }

    String enriched() {
        return "it-" + name + "-enriched-" + run;
    }

    String alias() {
        return "it-" + name + "-" + run;
    }

    String enrichGroup() {
        return "it-" + name + "-enrich-" + run;
    }

    String queryGroup() {
        return "it-" + name + "-query-" + run;
    }

    public Launch ingest() {
        return new Launch("ingest", "--archivist.ingest.topic=" + ingested());
    }

    public Launch enrich() {
        return new Launch("enrich", "--archivist.enrich.input-topic=" + ingested(),
                "--archivist.enrich.output-topic=" + enriched(), "--spring.kafka.consumer.group-id=" + enrichGroup());
    }

    public Launch query() {
        return new Launch("query", "--archivist.query.topic=" + enriched(), "--archivist.query.index-alias=" + alias(),
                "--archivist.query.deletion-topic=" + ingested(), "--spring.kafka.consumer.group-id=" + queryGroup());
    }
}
