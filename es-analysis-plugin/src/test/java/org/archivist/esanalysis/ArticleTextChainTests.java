package org.archivist.esanalysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The filters in the order query-service's {@code archivist_text} analyzer chains them. */
class ArticleTextChainTests {

    @Test
    void matchesAccentedNamesTypedWithoutAccents() {
        assertThat(Terms.ofArticleText("São Paulo, Erdoğan and Müller")).isEqualTo(
                Terms.ofArticleText("Sao Paulo, ERDOGAN and muller"));
    }

    @Test
    void matchesPluralAndSingular() {
        assertThat(Terms.ofArticleText("Negotiations on prisoners")).isEqualTo(
                Terms.ofArticleText("negotiation on prisoner"));
    }

    @Test
    void matchesPossessiveWithPlainName() {
        assertThat(Terms.ofArticleText("Erdoğan’s prisoners")).containsExactly("erdogan", "prisoner");
    }
}
