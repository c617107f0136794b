package org.archivist.query.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class JobLeaseTests {

    private static final Instant NOW = Instant.parse("2026-12-03T06:00:00Z");
    private static final Duration TTL = Duration.ofSeconds(90);

    @Test
    void aLeaseHoldsUntilItsTimeAndLapsesFromThen() {
        JobLease lease = JobLease.start("rebuild", "host/1/abc", NOW, TTL);

        assertThat(lease.isExpired(NOW.plusSeconds(89))).isFalse();
        assertThat(lease.isExpired(NOW.plusSeconds(90))).isTrue();
    }

    @Test
    void renewingMovesTheEndAndKeepsTheStart() {
        JobLease renewed = JobLease.start("reindex", "host/1/abc", NOW, TTL).renewed(NOW.plusSeconds(60), TTL);

        assertThat(renewed.startedAt()).isEqualTo(NOW);
        assertThat(renewed.expiresAt()).isEqualTo(NOW.plusSeconds(150));
        assertThat(renewed.isExpired(NOW.plusSeconds(120))).isFalse();
    }

    @Test
    void theConflictNamesTheJobTheInstanceAndWhenItLapses() {
        JobLease lease = JobLease.start("rebuild", "query-2/4711/9f3a", NOW, TTL);

        assertThat(new IndexJobConflictException("reindex", lease)).hasMessage("Cannot start a reindex: a rebuild is "
                + "running on query-2/4711/9f3a since 2026-12-03T06:00:00Z; see /actuator/rebuild there and try "
                + "again when it has finished (its lease lapses at 2026-12-03T06:01:30Z unless renewed)");
    }
}
