package org.archivist.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class ReindexPhaseTests {

    @Test
    void rateIsDocumentsCopiedOverTheTimeFromStartUntilTheAliasMoved() {
        Throughput copied = ReindexPhase.copyRate(StackClient.JSON.readTree("""
                {"phase": "CATCHING_UP", "from": "articles-v1", "to": "articles-v2", "total": 1000, "copied": 1000,
                 "caughtUp": 0, "startedAt": "2026-12-03T10:00:00Z", "finishedAt": null}
                """), Instant.parse("2026-12-03T10:00:02.500Z"));

        assertThat(copied.count()).isEqualTo(1000);
        assertThat(copied.seconds()).isEqualTo(2.5);
        assertThat(copied.perSecond()).isEqualTo(400.0);
    }
}
