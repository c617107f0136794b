package org.archivist.query.index;

import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where the last rebuild from the log stands, as {@code GET /actuator/rebuild} shows it.
 *
 * @param phase      what it is doing, or how it ended
 * @param topic      the topic it reads from the beginning
 * @param from       the index version the alias pointed to when it started
 * @param to         the new index version it fills
 * @param read       records read so far
 * @param indexed    of those, changes written (articles and deletions; unreadable records are skipped)
 * @param skipped    records that could not be read (their dead letters were written when they first came)
 * @param lag        records left to read at the last look: the rebuild has caught up when it is near 0
 * @param startedAt  when it started
 * @param finishedAt when it ended, or null while it runs
 * @param error      why it failed, or null
 */
public record RebuildStatus(Phase phase, String topic, String from, String to, long read, long indexed, long skipped,
        long lag, Instant startedAt, Instant finishedAt, String error) {

    public enum Phase { IDLE, READING, CATCHING_UP, COMPACTING, DONE, FAILED }

    static RebuildStatus idle() {
        return new RebuildStatus(Phase.IDLE, null, null, null, 0, 0, 0, 0, null, null, null);
    }

    static RebuildStatus started(String topic, String from, String to, Instant at) {
        return new RebuildStatus(Phase.READING, topic, from, to, 0, 0, 0, 0, at, null, null);
    }

    /** Exhaustive, so that a new phase has to say whether a job in it holds the slot. */
    public boolean isRunning() {
        return switch (phase) {
            case READING, CATCHING_UP, COMPACTING -> true;
            case IDLE, DONE, FAILED -> false;
        };
    }

    RebuildStatus progress(Phase now, long read, long indexed, long skipped, long lag) {
        return new RebuildStatus(now, topic, from, to, read, indexed, skipped, lag, startedAt, null, null);
    }

    RebuildStatus compacting() {
        return new RebuildStatus(Phase.COMPACTING, topic, from, to, read, indexed, skipped, 0, startedAt, null, null);
    }

    RebuildStatus done(Instant at) {
        return new RebuildStatus(Phase.DONE, topic, from, to, read, indexed, skipped, 0, startedAt, at, null);
    }

    RebuildStatus failed(Instant at, String why) {
        return new RebuildStatus(Phase.FAILED, topic, from, to, read, indexed, skipped, lag, startedAt, at, why);
    }

    /** One line for people, e.g. {@code reading articles.enriched into articles-v2: 4000 records, 6000 left}. */
    @JsonProperty("summary")
    public String summary() {
        return switch (phase) {
            case IDLE -> "no rebuild since the service started";
            case READING -> "reading %s into %s: %d records read, %d indexed, %d left".formatted(topic, to, read,
                    indexed, lag);
            case CATCHING_UP -> "alias moved to %s; reading what came meanwhile: %d records read, %d left"
                    .formatted(to, read, lag);
            case COMPACTING -> "alias moved to %s, %d records read, %d indexed; merging its segments"
                    .formatted(to, read, indexed);
            case DONE -> "done in %d s: %d records of %s read, %d changes indexed into %s, %d unreadable skipped; %s is kept"
                    .formatted(Duration.between(startedAt, finishedAt).toSeconds(), read, topic, indexed, to, skipped,
                            from);
            case FAILED -> "failed: " + error;
        };
    }
}
