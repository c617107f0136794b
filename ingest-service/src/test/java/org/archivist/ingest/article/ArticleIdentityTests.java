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
    void urlIsCanonicalBeforeHashing() {
        assertThat(ArticleIdentity.idFor("https://Example.com:443/a?utm_source=x&b=1#top", "s", "t"))
                .isEqualTo(ArticleIdentity.idFor("https://example.com/a?b=1", "other", "other title"))
                .isEqualTo(ArticleIdentity.sha256Hex("https://example.com/a?b=1").substring(0, 32));
    }

    @Test
    void pathCaseMakesADifferentArticle() {
        assertThat(ArticleIdentity.idFor("https://example.com/News/a", "s", "t"))
                .isNotEqualTo(ArticleIdentity.idFor("https://example.com/news/a", "s", "t"));
    }

    @Test
    void otherParametersAndPortsMakeADifferentArticle() {
        assertThat(ArticleIdentity.idFor("https://example.com/a?page=2", "s", "t"))
                .isNotEqualTo(ArticleIdentity.idFor("https://example.com/a", "s", "t"));
        assertThat(ArticleIdentity.idFor("https://example.com:8443/a", "s", "t"))
                .isNotEqualTo(ArticleIdentity.idFor("https://example.com/a", "s", "t"));
    }

    @Test
    void aUrlOfOnlyAFragmentCountsAsNone() {
        assertThat(ArticleIdentity.idFor("#top", "blog", "Title")).isEqualTo(ArticleIdentity.idFor(null, "blog", "Title"));
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
