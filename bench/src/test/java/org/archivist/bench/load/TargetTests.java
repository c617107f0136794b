package org.archivist.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TargetTests {

    @Test
    void saysNotMetBelowAnAtLeastTarget() {
        assertThat(Targets.PIPELINE_VS_RAW.verdict(0.41)).isEqualTo("target pipeline / raw _bulk >= 0.60: 0.41 — not met");
    }

    @Test
    void countsTheThresholdItselfAsMetForAtLeastAndAtMost() {
        assertThat(Targets.PIPELINE_VS_RAW.verdict(0.60)).endsWith("— met");
        assertThat(Targets.FRESHNESS_P99.verdict(1.0)).isEqualTo("target freshness p99 at a steady 50 articles/s <= 1.00 s: 1.00 s — met");
    }

    @Test
    void countsTheThresholdItselfAsNotMetForBelow() {
        assertThat(Targets.SERVICE_RSS.verdict(512, "query, the largest service"))
                .isEqualTo("target RSS per service at load < 512 MB: 512 MB (query, the largest service) — not met");
        assertThat(Targets.SERVICE_RSS.verdict(421)).endsWith("421 MB — met");
    }

    @Test
    void writesUnitsAfterBothNumbers() {
        assertThat(Targets.STACK_CPU_VS_RAW.verdict(5.24)).endsWith("<= 3.0×: 5.2× — not met");
        assertThat(Targets.QUERY_CPU_PER_SEARCH.verdict(0.434)).endsWith("<= 1.00 ms: 0.43 ms — met");
    }

    @Test
    void reportsAMissingFigureAsNotMeasured() {
        assertThat(Targets.SEARCH_P99.verdict(Double.NaN)).endsWith(": not measured (no figure came out of the run)");
        assertThat(Targets.SEARCH_P99.notMeasured("run ./archivist bench --corpus 100000 first"))
                .isEqualTo("target search p99, 16 clients, 100,000 articles <= 60.0 ms: not measured"
                        + " (run ./archivist bench --corpus 100000 first)");
    }
}
