package org.archivist.query.deletion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class ArticleDeletionsTests {

    @Test
    void aDeletionTakesEffectNowToTheMillisecond() {
        assertThat(ArticleDeletions.deletedAt(Instant.parse("2026-12-02T10:00:00.123456Z"),
                Instant.parse("2026-11-25T10:00:00Z"))).isEqualTo(Instant.parse("2026-12-02T10:00:00.123Z"));
    }

    @Test
    void aDeletionIsAlwaysLaterThanTheVersionItDeletesEvenWhenThisClockIsBehind() {
        assertThat(ArticleDeletions.deletedAt(Instant.parse("2026-12-02T10:00:00Z"),
                Instant.parse("2026-12-02T10:00:05.250999Z"))).isEqualTo(Instant.parse("2026-12-02T10:00:05.251Z"));
    }

    @Test
    void aDeletionInTheSameMillisecondAsTheVersionComesOneMillisecondAfterIt() {
        assertThat(ArticleDeletions.deletedAt(Instant.parse("2026-12-02T10:00:00.500900Z"),
                Instant.parse("2026-12-02T10:00:00.500100Z"))).isEqualTo(Instant.parse("2026-12-02T10:00:00.501Z"));
    }

    @Test
    void withoutAVersionItIsNow() {
        assertThat(ArticleDeletions.deletedAt(Instant.parse("2026-12-02T10:00:00.5Z"), null))
                .isEqualTo(Instant.parse("2026-12-02T10:00:00.500Z"));
    }
}
