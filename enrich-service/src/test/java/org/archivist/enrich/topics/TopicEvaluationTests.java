package org.archivist.enrich.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TopicEvaluationTests {

    private final TopicClassifier classifier = new TopicClassifier();

    @Test
    void reachesMicroF1OfAtLeast080OnTheHeldOutEvaluationSet() {
        List<LabelledText> texts = LabelledText.load("topics/evaluation.jsonl");

        TopicScores scores = TopicScores.of(classifier, texts);

        assertThat(texts).hasSizeGreaterThanOrEqualTo(150);
        assertThat(scores.microF1()).as(scores.report()).isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void reachesMicroF1OfAtLeast080OnTheDevelopmentSet() {
        List<LabelledText> texts = LabelledText.load("topics/development.jsonl");

        TopicScores scores = TopicScores.of(classifier, texts);

        assertThat(texts).hasSizeGreaterThanOrEqualTo(60);
        assertThat(scores.microF1()).as(scores.report()).isGreaterThanOrEqualTo(0.80);
    }
}
