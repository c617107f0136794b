package org.archivist.enrich.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.Collections;
import java.util.List;

import org.archivist.contract.Category;
import org.archivist.enrich.EnrichmentTable;
import org.junit.jupiter.api.Test;

class LexiconTests {

    private final Lexicon lexicon =
            Lexicon.load(EnrichmentTable.classpath("topics/test-lexicon.txt", "table"));
    private final TopicClassifier classifier =
            new TopicClassifier(lexicon,
                    SourceCategories.load(EnrichmentTable.classpath("topics/source-categories.txt", "table")));

    private static String padded(String text) {
        return text + " " + String.join(" ", Collections.nCopies(30, "word"));
    }

    @Test
    void mergesASingularAndItsPluralIntoOneTerm() {
        assertThat(lexicon.termCount()).isEqualTo(4);
    }

    @Test
    void readsPerTopicThresholdsAndDefaultsTheOthers() {
        assertThat(lexicon.threshold(MediaTopic.ECONOMY)).isEqualTo(0.99);
        assertThat(lexicon.threshold(MediaTopic.SPORT)).isEqualTo(Lexicon.DEFAULT_THRESHOLD);
    }

    @Test
    void letsAStopPhraseSwallowTheWordInsideIt() {
        List<Category> scored = classifier.infer("", List.of(padded("goal goal goal")));
        List<Category> swallowed = classifier.infer("", List.of(padded("own goal own goal own goal")));

        assertThat(scored).extracting(Category::code).containsExactly("medtop:15000000");
        assertThat(swallowed).isEmpty();
    }

    @Test
    void keepsATopicBelowItsThresholdOut() {
        assertThat(classifier.infer("", List.of(padded("inflation inflation")))).isEmpty();
    }

    @Test
    void rejectsATermOutsideATopicSection() {
        assertThatIllegalStateException().isThrownBy(() ->
                        Lexicon.load(EnrichmentTable.classpath("topics/test-lexicon-orphan.txt", "table")))
                .withMessageContaining("test-lexicon-orphan.txt:1");
    }

    @Test
    void rejectsAnUnknownTopicCode() {
        assertThatIllegalStateException().isThrownBy(() ->
                        Lexicon.load(EnrichmentTable.classpath("topics/test-lexicon-unknown.txt", "table")))
                .withMessageContaining("medtop:99000000");
    }
}
