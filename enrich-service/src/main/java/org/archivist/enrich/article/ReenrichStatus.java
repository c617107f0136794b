package org.archivist.enrich.article;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where the last re-enrichment pass stands, as {@code GET /actuator/reenrich} shows it.
 *
 * @param phase             what it is doing, or how it ended
 * @param enrichmentVersion the enrichment it publishes
 * @param topic             the topic it reads from the beginning
 * @param partitions        the partitions of that topic it reads: those this instance's live listener held when the
 *                          pass started (every partition with one instance; with several, each covers its own)
 * @param topicPartitions   how many partitions the topic has
 * @param read              records read so far
 * @param published         of those, articles and deletions published again with the current enrichment
 * @param leftToLive        records left out because the live listener published their article meanwhile
 * @param unreadable        records that could not be read (their dead letters were written when they first came)
 * @param failed            articles the current enrichment failed on: they keep their older enrichment
 * @param failures          the first of those, {@code partition@offset id: reason}
 * @param lag               records left to read
 * @param startedAt         when it started
 * @param finishedAt        when it ended, or null while it runs
 * @param error             why it failed, or null
 */
public record ReenrichStatus(Phase phase, String enrichmentVersion, String topic, List<Integer> partitions,
        int topicPartitions, long read, long published,
        long leftToLive, long unreadable, long failed, List<String> failures, long lag, Instant startedAt,
        Instant finishedAt, String error) {

    public enum Phase { IDLE, RUNNING, DONE, FAILED }

    /** How many failures the status lists; the log has them all. */
    static final int LISTED_FAILURES = 20;

    public ReenrichStatus {
        partitions = List.copyOf(partitions);
        failures = List.copyOf(failures);
    }

    static ReenrichStatus idle() {
        return new ReenrichStatus(Phase.IDLE, null, null, List.of(), 0, 0, 0, 0, 0, 0, List.of(), 0, null, null, null);
    }

    static ReenrichStatus started(String enrichmentVersion, String topic, Instant at) {
        return new ReenrichStatus(Phase.RUNNING, enrichmentVersion, topic, List.of(), 0, 0, 0, 0, 0, 0, List.of(), 0, at, null,
                null);
    }

    public boolean isRunning() {
        return phase == Phase.RUNNING;
    }

    ReenrichStatus progress(long newlyRead, long newlyPublished, long newlyLeftToLive, long newlyUnreadable,
            List<String> newFailures, long lagNow) {
        List<String> listed = new ArrayList<>(failures);
        newFailures.stream().limit(Math.max(0, LISTED_FAILURES - listed.size())).forEach(listed::add);
        return new ReenrichStatus(phase, enrichmentVersion, topic, partitions, topicPartitions, read + newlyRead, published + newlyPublished,
                leftToLive + newlyLeftToLive, unreadable + newlyUnreadable, failed + newFailures.size(), listed,
                lagNow, startedAt, null, null);
    }

    ReenrichStatus reading(List<Integer> held, int ofPartitions, long lagNow) {
        return new ReenrichStatus(phase, enrichmentVersion, topic, held, ofPartitions, read, published, leftToLive, unreadable, failed,
                failures, lagNow, startedAt, null, null);
    }

    ReenrichStatus done(Instant at) {
        return new ReenrichStatus(Phase.DONE, enrichmentVersion, topic, partitions, topicPartitions, read, published, leftToLive, unreadable,
                failed, failures, 0, startedAt, at, null);
    }

    ReenrichStatus failed(Instant at, String why) {
        return new ReenrichStatus(Phase.FAILED, enrichmentVersion, topic, partitions, topicPartitions, read, published, leftToLive, unreadable,
                failed, failures, lag, startedAt, at, why);
    }

    /** Which partitions, when the pass reads only some (several instances): " (partitions [0, 1, 2] of 6)". */
    private String ofPartitions() {
        return partitions.isEmpty() || partitions.size() == topicPartitions ? ""
                : " (partitions %s of %d)".formatted(partitions, topicPartitions);
    }

    /** Why another start is refused while this pass runs. */
    String runningConflict() {
        return "Cannot start a re-enrichment pass: one is running on this instance since %s (%s); see GET "
                .formatted(startedAt, summary()) + "/actuator/reenrich and try again when it has finished";
    }

    /** One line for people, e.g. {@code re-enriching articles.ingested: 4000 records read, 6000 left}. */
    @JsonProperty("summary")
    public String summary() {
        return switch (phase) {
            case IDLE -> "no re-enrichment since the service started";
            case RUNNING -> "re-enriching %s%s as %s: %d records read, %d published, %d left".formatted(topic,
                    ofPartitions(), enrichmentVersion, read, published, lag);
            case DONE -> ("done in %d s: %d records of %s%s read, %d published as %s, %d left to the live listener, "
                    + "%d unreadable, %d failed").formatted(Duration.between(startedAt, finishedAt).toSeconds(), read,
                            topic, ofPartitions(), published, enrichmentVersion, leftToLive, unreadable, failed);
            case FAILED -> "failed: " + error;
        };
    }
}
