package org.archivist.query.index;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.archivist.query.QuerySettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes deleted articles' documents (deletion markers) once they are older than
 * {@code archivist.query.deletion-marker-retention}, every {@code deletion-marker-purge-interval}.
 *
 * <p>A marker refuses an older version of its article that arrives after the delete (docs/ARCHITECTURE.md, "Deleting
 * articles"). Such a version comes from a redelivery, within minutes, or from the log, where the tombstone follows
 * every older record of its key: a replayed dead letter is skipped when a tombstone follows it, and a rebuild reads
 * the tombstone after the records it deletes. So past the retention a marker guards nothing, and without a purge
 * every delete, and every rebuild of a log with tombstones, would leave one in the index for good. Each instance
 * purges on its own; the deletes are idempotent. Counted in {@code archivist_index_deletion_markers_purged_total}.
 */
@Component
public class DeletionMarkerPurge {

    private static final Logger log = LoggerFactory.getLogger(DeletionMarkerPurge.class);
    /** Markers per round (a search and a bulk of deletes): each request stays well inside the client's socket timeout. */
    static final int BATCH = 5_000;

    private final ArticleIndex index;
    private final Duration retention;
    private final Counter purged;
    private final Clock clock = Clock.systemUTC();

    DeletionMarkerPurge(ArticleIndex index, QuerySettings settings, MeterRegistry registry) {
        this.index = index;
        this.retention = settings.deletionMarkerRetention();
        this.purged = Counter.builder("archivist.index.deletion.markers.purged")
                .description("Deleted articles' documents removed once older than the retention").register(registry);
    }

    @Scheduled(initialDelayString = "${archivist.query.deletion-marker-purge-interval}",
            fixedDelayString = "${archivist.query.deletion-marker-purge-interval}")
    void purgeOnSchedule() {
        try {
            purge(clock.instant());
        } catch (IOException | RuntimeException e) {
            // Elasticsearch down or refusing (ElasticsearchException, the client's transport exceptions): the markers
            // wait for the next run, which is all a failed run costs.
            log.warn("Could not purge deletion markers older than {} ({}); trying again at the next interval",
                    retention, e.toString());
        }
    }

    /**
     * Removes every marker written before {@code now} minus the retention, a batch at a time.
     *
     * @return how many were removed
     */
    public long purge(Instant now) throws IOException {
        index.ensureExists();
        Instant cutoff = now.minus(retention);
        long total = 0;
        ArticleIndex.MarkersDeleted round;
        do {
            round = index.deleteMarkersBefore(cutoff, BATCH);
            total += round.deleted();
            purged.increment(round.deleted());
        } while (round.found() == BATCH && round.deleted() > 0);
        if (total > 0) {
            log.info("Purged {} deletion markers written before {}", total, cutoff);
        }
        return total;
    }
}
