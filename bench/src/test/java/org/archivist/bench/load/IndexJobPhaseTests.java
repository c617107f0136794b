package org.archivist.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class IndexJobPhaseTests {

    @Test
    void rateIsDocumentsCopiedOverTheTimeFromStartUntilTheAliasMoved() {
        Throughput copied = IndexJobPhase.writeRate(StackClient.JSON.readTree("""
                {"phase": "CATCHING_UP", "from": "articles-v1", "to": "articles-v2", "total": 1000, "copied": 1000,
                 "caughtUp": 0, "startedAt": "2026-12-03T10:00:00Z", "finishedAt": null}
                """), "copied", Instant.parse("2026-12-03T10:00:02.500Z"));

        assertThat(copied.count()).isEqualTo(1000);
        assertThat(copied.seconds()).isEqualTo(2.5);
        assertThat(copied.perSecond()).isEqualTo(400.0);
    }

    @Test
    void aRebuildCountsTheChangesItIndexed() {
        Throughput indexed = IndexJobPhase.writeRate(StackClient.JSON.readTree("""
                {"phase": "CATCHING_UP", "read": 1200, "indexed": 1190, "skipped": 10,
                 "startedAt": "2026-12-03T10:00:00Z"}
                """), IndexJobPhase.Job.REBUILD.written, Instant.parse("2026-12-03T10:00:01Z"));

        assertThat(indexed.count()).isEqualTo(1190);
        assertThat(indexed.perSecond()).isEqualTo(1190.0);
    }

    @Test
    void theAliasHasMovedOnceTheJobCatchesUpOrMergesTheNewVersion() {
        assertThat(IndexJobPhase.aliasMoved("COPYING")).isFalse();
        assertThat(IndexJobPhase.aliasMoved("READING")).isFalse();
        assertThat(IndexJobPhase.aliasMoved("CATCHING_UP")).isTrue();
        assertThat(IndexJobPhase.aliasMoved("COMPACTING")).isTrue();
    }
}
