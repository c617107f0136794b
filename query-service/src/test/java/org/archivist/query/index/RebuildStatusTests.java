package org.archivist.query.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class RebuildStatusTests {

    private static final Instant START = Instant.parse("2026-12-04T10:00:00Z");

    private final RebuildStatus caughtUp = RebuildStatus.started("articles.enriched", "articles-v1", "articles-v2", START)
            .progress(RebuildStatus.Phase.CATCHING_UP, 1_200, 1_190, 10, 0);

    @Test
    void mergingTheNewVersionIsPartOfTheRun() {
        assertThat(caughtUp.compacting().phase()).isEqualTo(RebuildStatus.Phase.COMPACTING);
        assertThat(caughtUp.compacting().isRunning()).isTrue();
        assertThat(caughtUp.compacting().done(START.plusSeconds(9)).isRunning()).isFalse();
        assertThat(caughtUp.compacting().failed(START.plusSeconds(9), "node gone").isRunning()).isFalse();
        assertThat(RebuildStatus.idle().isRunning()).isFalse();
    }

    @Test
    void summarySaysTheAliasMovedAndTheMergeRuns() {
        assertThat(caughtUp.compacting().summary())
                .isEqualTo("alias moved to articles-v2, 1200 records read, 1190 indexed; merging its segments");
        assertThat(caughtUp.compacting().done(START.plusSeconds(9)).summary()).isEqualTo("done in 9 s: 1200 records of "
                + "articles.enriched read, 1190 changes indexed into articles-v2, 10 unreadable skipped; articles-v1 is kept");
    }
}
