package org.archivist.enrich.footnotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CitationAccuracyTests {

    @Test
    void parsesTheLabelledFootnotesWithOverallFieldAccuracyOfAtLeast095() {
        var samples = CitationEvaluation.load();
        var result = CitationEvaluation.evaluate(new CitationParser(), samples);

        assertThat(samples).hasSizeGreaterThanOrEqualTo(100);
        assertThat(result.overall()).as("overall field accuracy; misses: %s", result.misses())
                .isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void reachesFieldAccuracyOfAtLeast095OnTheHeldOutFootnotesItWasNeverTunedOn() {
        var samples = CitationEvaluation.load(CitationEvaluation.HOLDOUT);
        var result = CitationEvaluation.evaluate(new CitationParser(), samples);

        assertThat(samples).hasSize(40);
        assertThat(result.overall()).as("held-out field accuracy; misses: %s", result.misses())
                .isGreaterThanOrEqualTo(0.95);
    }
}
