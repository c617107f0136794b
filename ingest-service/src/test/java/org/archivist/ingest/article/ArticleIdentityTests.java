package org.archivist.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleIdentityTests {

    @Test
    void urlDecidesTheIdWhenThereIsOne() {
        assertThat(ArticleIdentity.idFor("https://example.org/a", "blog", "Title"))
                .isEqualTo(ArticleIdentity.idFor("https://example.org/a", "other", "Another title"))
                .hasSize(32)
                .matches("[0-9a-f]{32}");
    }

    @Test
    void urlIsTrimmedAndItsFragmentIgnored() {
        assertThat(ArticleIdentity.idFor("  https://example.org/a#comments ", "s", "t"))
                .isEqualTo(ArticleIdentity.idFor("https://example.org/a", "s", "t"));
    }

    @Test
    void withoutUrlSourceAndNormalizedTitleDecide() {
        assertThat(ArticleIdentity.idFor(null, "blog", "  Grid   Operators\tApprove "))
                .isEqualTo(ArticleIdentity.idFor("", "blog", "grid operators approve"))
                .isNotEqualTo(ArticleIdentity.idFor(null, "other-blog", "grid operators approve"));
    }

    @Test
    void titleIsNormalizedWithNfkc() {
        // U+FB01 is the "fi" ligature; NFKC turns it into the two letters.
        assertThat(ArticleIdentity.normalizeTitle("\uFB01nal Report")).isEqualTo("final report");
    }

    @Test
    void matchesTheDesignRuleByteForByte() {
        // sha256("conformance\nwill the northern grid be ready for winter ?")[:32], computed with Python's hashlib.
        assertThat(ArticleIdentity.idFor(null, "conformance", "Will the northern grid be ready for winter ?"))
                .isEqualTo("3227e8dc4e002e50d8b000f9577b9497");
    }
}
