package org.archivist.query.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class ReindexStatusTests {

    private static final Instant START = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void nextVersionCountsUpFromTheCurrentOne() {
        assertThat(ArticleIndex.nextVersion("articles", "articles-v1")).isEqualTo("articles-v2");
        assertThat(ArticleIndex.nextVersion("articles", "articles-v9")).isEqualTo("articles-v10");
    }

    @Test
    void nextVersionOfAnIndexNotNamedByVersionIsTwo() {
        assertThat(ArticleIndex.nextVersion("articles", "articles")).isEqualTo("articles-v2");
        assertThat(ArticleIndex.nextVersion("articles", "articles-vnext")).isEqualTo("articles-v2");
        assertThat(ArticleIndex.nextVersion("articles", "legacy")).isEqualTo("articles-v2");
    }

    @Test
    void runningWhileCopyingCatchingUpAndMergingOnly() {
        ReindexStatus copying = ReindexStatus.started("articles-v1", "articles-v2", START);

        assertThat(ReindexStatus.idle().isRunning()).isFalse();
        assertThat(copying.isRunning()).isTrue();
        assertThat(copying.catchingUp(3).isRunning()).isTrue();
        assertThat(copying.catchingUp(3).compacting().isRunning()).isTrue();
        assertThat(copying.done(START.plusSeconds(5)).isRunning()).isFalse();
        assertThat(copying.failed(START.plusSeconds(5), "node gone").isRunning()).isFalse();
    }

    @Test
    void summarySaysProgressAndOutcome() {
        assertThat(ReindexStatus.started("articles-v1", "articles-v2", START).summary())
                .isEqualTo("creating articles-v2 to copy articles-v1 into");
        ReindexStatus copying = ReindexStatus.started("articles-v1", "articles-v2", START).copying(10_000, 4_000);

        assertThat(copying.summary()).isEqualTo("copying articles-v1 to articles-v2: 4000 of 10000 documents");
        assertThat(copying.copying(10_000, 10_000).catchingUp(12).summary())
                .isEqualTo("alias moved to articles-v2; copying documents written meanwhile: 12");
        assertThat(copying.copying(10_000, 10_000).catchingUp(12).compacting().summary())
                .isEqualTo("alias moved to articles-v2, 12 written meanwhile copied again; merging its segments");
        assertThat(copying.copying(10_000, 10_000).catchingUp(12).done(START.plusSeconds(42)).summary())
                .isEqualTo("done in 42 s: 10000 documents copied from articles-v1 to articles-v2, "
                        + "12 written meanwhile copied again; articles-v1 is kept");
        assertThat(copying.failed(START.plusSeconds(1), "node gone").summary()).isEqualTo("failed: node gone");
    }

    @Test
    void failingKeepsTheProgressMade() {
        ReindexStatus failed = ReindexStatus.started("articles-v1", "articles-v2", START).copying(100, 40)
                .failed(START.plusSeconds(1), "node gone");

        assertThat(failed.copied()).isEqualTo(40);
        assertThat(failed.finishedAt()).isEqualTo(START.plusSeconds(1));
        assertThat(failed.error()).isEqualTo("node gone");
    }
}
