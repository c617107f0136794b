package org.archivist.query.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NearDuplicatesTests {

    @Test
    void normalizesTitlesAsArticleIdsDo() {
        assertThat(NearDuplicates.normalizedTitle("  Amazon   Deforestation\tFalls ")).isEqualTo("amazon deforestation falls");
        assertThat(NearDuplicates.normalizedTitle("ﬁre in São Paulo")).isEqualTo("fire in são paulo");
        assertThat(NearDuplicates.normalizedTitle("   ")).isNull();
        assertThat(NearDuplicates.normalizedTitle(null)).isNull();
    }

    @Test
    void rejectsSameTitleFromAnotherSource() {
        NearDuplicates copies = new NearDuplicates();
        copies.accept("Amazon deforestation falls", "h1");

        assertThat(copies.accept("AMAZON  deforestation falls", "h2")).isFalse();
    }

    @Test
    void rejectsSameContentUnderAnotherTitle() {
        NearDuplicates copies = new NearDuplicates();
        copies.accept("Amazon deforestation falls", "h1");

        assertThat(copies.accept("Deforestation drops again", "h1")).isFalse();
    }

    @Test
    void acceptsOtherStoriesOnceEach() {
        NearDuplicates copies = new NearDuplicates();
        copies.accept("Amazon deforestation falls", "h1");

        assertThat(copies.accept("Fires in the Amazon", "h2")).isTrue();
        assertThat(copies.accept("Fires in the Amazon", "h3")).isFalse();
        assertThat(copies.accept("Gold mining in the Amazon", null)).isTrue();
    }

    @Test
    void missingTitleAndHashCopyNothing() {
        NearDuplicates copies = new NearDuplicates();
        copies.accept(null, null);

        assertThat(copies.accept(null, null)).isTrue();
    }
}
