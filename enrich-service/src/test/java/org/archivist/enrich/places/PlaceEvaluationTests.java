package org.archivist.enrich.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PlaceEvaluationTests {

    @Test
    void findsCountriesInTheEvaluationSentencesWithHighPrecisionAndRecall() {
        List<PlaceEvaluation.Sentence> sentences = PlaceEvaluation.load("places/evaluation.jsonl");

        PlaceEvaluation.Result result = PlaceEvaluation.evaluate(new PlaceFinder(), sentences);

        assertThat(sentences).hasSizeGreaterThanOrEqualTo(40);
        assertThat(result.precision()).as(String.join("\n", result.errors())).isGreaterThanOrEqualTo(0.90);
        assertThat(result.recall()).as(String.join("\n", result.errors())).isGreaterThanOrEqualTo(0.90);
    }
}
