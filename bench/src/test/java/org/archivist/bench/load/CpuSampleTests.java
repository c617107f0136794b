package org.archivist.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class CpuSampleTests {

    @Test
    void usageIsTheTickDifferenceInSeconds() {
        CpuSample before = new CpuSample(Map.of("query", 1_000L, "elasticsearch", 5_000L, "bench", 10L), 100);
        CpuSample after = new CpuSample(Map.of("query", 1_250L, "elasticsearch", 6_000L, "bench", 60L), 100);

        CpuUsage usage = after.since(before);

        assertThat(usage.of("query")).isEqualTo(2.5);
        assertThat(usage.of("elasticsearch")).isEqualTo(10.0);
        assertThat(usage.of("bench")).isEqualTo(0.5);
    }

    @Test
    void theStackLeavesTheLoadToolsOut() {
        CpuUsage usage = new CpuUsage(Map.of("ingest", 1.0, "enrich", 2.0, "query", 3.0, "kafka", 0.5,
                "elasticsearch", 4.0, "bench", 9.0));

        assertThat(usage.stack()).isEqualTo(10.5);
        assertThat(usage.toString()).endsWith("= stack 10.5; bench JVM 9.0");
    }

    @Test
    void everyMeasuredProcessIsTheStackAndTheLoadTools() {
        CpuUsage usage = new CpuUsage(Map.of("ingest", 1.0, "enrich", 2.0, "query", 3.0, "kafka", 0.5,
                "elasticsearch", 4.0, "bench", 9.0));

        assertThat(usage.all()).isEqualTo(19.5);
    }
}
