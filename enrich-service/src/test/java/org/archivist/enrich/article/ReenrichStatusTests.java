package org.archivist.enrich.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReenrichStatusTests {

    private static final Instant START = Instant.parse("2026-12-03T08:00:00Z");

    private final ReenrichStatus started = ReenrichStatus.started("1.0.abc+123", "articles.ingested", START);

    @Test
    void aPassOverSomePartitionsNamesThem() {
        ReenrichStatus reading = started.reading(List.of(0, 2), 3, 100);

        assertThat(reading.summary()).isEqualTo(
                "re-enriching articles.ingested (partitions [0, 2] of 3) as 1.0.abc+123: 0 records read, 0 published, "
                        + "100 left");
    }

    @Test
    void aPassOverEveryPartitionDoesNotListThem() {
        ReenrichStatus done = started.reading(List.of(0, 1, 2), 3, 10)
                .progress(10, 9, 1, 0, List.of(), 0).done(START.plusSeconds(5));

        assertThat(done.summary()).isEqualTo("done in 5 s: 10 records of articles.ingested read, 9 published as "
                + "1.0.abc+123, 1 left to the live listener, 0 unreadable, 0 failed");
        assertThat(done.partitions()).containsExactly(0, 1, 2);
        assertThat(done.topicPartitions()).isEqualTo(3);
    }

    @Test
    void aSecondStartIsRefusedNamingTheRunningPass() {
        ReenrichStatus reading = started.reading(List.of(1), 3, 50);

        assertThat(reading.isRunning()).isTrue();
        assertThat(reading.runningConflict()).startsWith("Cannot start a re-enrichment pass: one is running on this "
                + "instance since 2026-12-03T08:00:00Z (re-enriching articles.ingested (partitions [1] of 3)")
                .endsWith("see GET /actuator/reenrich and try again when it has finished");
    }
}
