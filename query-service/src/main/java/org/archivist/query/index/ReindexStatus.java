package org.archivist.query.index;

import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where the last reindex stands, as {@code GET /actuator/reindex} shows it.
 *
 * @param phase      what it is doing, or how it ended
 * @param from       the index version it copies from (the alias's index when it started)
 * @param to         the new index version
 * @param total      documents in {@code from} when the copy started
 * @param copied     documents copied so far
 * @param caughtUp   documents written to {@code from} during the copy and copied again after the alias moved
 * @param startedAt  when it started
 * @param finishedAt when it ended, or null while it runs
 * @param error      why it failed, or null
 */
public record ReindexStatus(Phase phase, String from, String to, long total, long copied, long caughtUp,
        Instant startedAt, Instant finishedAt, String error) {

    public enum Phase { IDLE, COPYING, CATCHING_UP, COMPACTING, DONE, FAILED }

    static ReindexStatus idle() {
        return new ReindexStatus(Phase.IDLE, null, null, 0, 0, 0, null, null, null);
    }

    static ReindexStatus started(String from, String to, Instant at) {
        return new ReindexStatus(Phase.COPYING, from, to, 0, 0, 0, at, null, null);
    }

    /** Exhaustive, so that a new phase has to say whether a job in it holds the slot. */
    public boolean isRunning() {
        return switch (phase) {
            case COPYING, CATCHING_UP, COMPACTING -> true;
            case IDLE, DONE, FAILED -> false;
        };
    }

    ReindexStatus copying(long total, long copied) {
        return new ReindexStatus(Phase.COPYING, from, to, total, copied, caughtUp, startedAt, null, null);
    }

    ReindexStatus catchingUp(long caughtUp) {
        return new ReindexStatus(Phase.CATCHING_UP, from, to, total, copied, caughtUp, startedAt, null, null);
    }

    ReindexStatus compacting() {
        return new ReindexStatus(Phase.COMPACTING, from, to, total, copied, caughtUp, startedAt, null, null);
    }

    ReindexStatus done(Instant at) {
        return new ReindexStatus(Phase.DONE, from, to, total, copied, caughtUp, startedAt, at, null);
    }

    ReindexStatus failed(Instant at, String why) {
        return new ReindexStatus(Phase.FAILED, from, to, total, copied, caughtUp, startedAt, at, why);
    }

    /** One line for people, e.g. {@code copying articles-v1 to articles-v2: 4000 of 10000 documents}. */
    @JsonProperty("summary")
    public String summary() {
        return switch (phase) {
            case IDLE -> "no reindex since the service started";
            case COPYING -> total == 0 && copied == 0 ? "creating %s to copy %s into".formatted(to, from)
                    : "copying %s to %s: %d of %d documents".formatted(from, to, copied, total);
            case CATCHING_UP -> "alias moved to %s; copying documents written meanwhile: %d".formatted(to, caughtUp);
            case COMPACTING -> "alias moved to %s, %d written meanwhile copied again; merging its segments"
                    .formatted(to, caughtUp);
            case DONE -> "done in %d s: %d documents copied from %s to %s, %d written meanwhile copied again; %s is kept"
                    .formatted(Duration.between(startedAt, finishedAt).toSeconds(), copied, from, to, caughtUp, from);
            case FAILED -> "failed: " + error;
        };
    }
}
