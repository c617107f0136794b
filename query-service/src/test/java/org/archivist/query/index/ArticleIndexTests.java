package org.archivist.query.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleIndexTests {

    @Test
    void aVersionIsMergedIntoOneSegmentPer5GbAtLeastOne() {
        long gb = 1L << 30;

        assertThat(ArticleIndex.segmentsAfterCompaction(0)).isEqualTo(1);
        assertThat(ArticleIndex.segmentsAfterCompaction(600L << 20)).isEqualTo(1);
        assertThat(ArticleIndex.segmentsAfterCompaction(5 * gb)).isEqualTo(1);
        assertThat(ArticleIndex.segmentsAfterCompaction(5 * gb + 1)).isEqualTo(2);
        assertThat(ArticleIndex.segmentsAfterCompaction(23 * gb)).isEqualTo(5);
    }
}
