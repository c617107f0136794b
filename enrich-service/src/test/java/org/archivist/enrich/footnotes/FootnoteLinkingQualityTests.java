package org.archivist.enrich.footnotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FootnoteLinkingQualityTests {

    @Test
    void linksMarkersToFootnotesWithF1OfAtLeast098OverTheFixtures() {
        var fixtures = LinkingEvaluation.load();
        var result = LinkingEvaluation.evaluate(new FootnoteLinker(), fixtures);

        assertThat(fixtures).hasSizeGreaterThanOrEqualTo(15);
        assertThat(result.f1()).as("linking F1; errors: %s", result.errors()).isGreaterThanOrEqualTo(0.98);
    }
}
