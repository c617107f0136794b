package org.archivist.query.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.archivist.contract.EnrichedArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * Feeds batches of enriched articles and deletions (tombstones) to the indexer. Offsets are committed only when the listener
 * returns, that is after Elasticsearch took the whole batch. When Elasticsearch is unreachable or
 * overloaded the listener throws for the whole batch, and the error handler pauses the consumer and
 * retries until it is back; a record that cannot be read, or that Elasticsearch rejects for good, is
 * named to the error handler, which sends it to {@code articles.enriched.DLT}.
 *
 * <p>Records of a re-enrichment pass ({@link EnrichedRecords#isReenriched}) are committed with the others but not
 * written: the rebuild that follows the pass writes them into a new index version, so that searches never see two
 * enrichments mixed. They are counted as {@code archivist_index_reenriched_skipped_total}.
 */
@Component
class EnrichedArticleListener {

    private static final Logger log = LoggerFactory.getLogger(EnrichedArticleListener.class);

    private final ArticleIndexer indexer;
    private final Counter reenrichedSkipped;

    EnrichedArticleListener(ArticleIndexer indexer, MeterRegistry meters) {
        this.indexer = indexer;
        this.reenrichedSkipped = Counter.builder("archivist.index.reenriched.skipped")
                .description("Records of a re-enrichment pass the live index left to the next rebuild")
                .register(meters);
    }

    @KafkaListener(id = "index", idIsGroup = false, topics = "${archivist.query.topic}", batch = "true")
    void onArticles(List<ConsumerRecord<String, EnrichedArticle>> records) {
        List<ArticleChange> changes = new ArrayList<>(records.size());
        // Each change's position in the batch, which the error handler is told: skipped records have none.
        List<Integer> positions = new ArrayList<>(records.size());
        List<Integer> skipped = new ArrayList<>();
        String unreadable = null;
        int unreadableAt = records.size();
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, EnrichedArticle> record = records.get(i);
            ArticleChange change;
            try {
                change = EnrichedRecords.change(record);
            } catch (IllegalArgumentException e) {
                unreadable = e.getMessage();
                unreadableAt = i;
                break;
            }
            if (EnrichedRecords.isReenriched(record)) {
                skipped.add(i);
            } else {
                changes.add(change);
                positions.add(i);
            }
        }
        List<BulkOutcome> outcomes;
        try {
            outcomes = indexer.apply(changes);
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch is unreachable; the batch will be retried", e);
        }
        for (int i = 0; i < outcomes.size(); i++) {
            BulkOutcome outcome = outcomes.get(i);
            switch (outcome.kind()) {
                case RETRY -> throw new IllegalStateException("Elasticsearch is overloaded or unavailable ("
                        + outcome.reason() + "); the batch will be retried");
                case REJECTED -> {
                    int position = positions.get(i);
                    countSkippedBefore(skipped, position);
                    throw new BatchListenerFailedException("Elasticsearch rejected article "
                            + records.get(position).key() + ": " + outcome.reason(), position);
                }
                case STORED, SUPERSEDED -> {
                }
            }
        }
        countSkippedBefore(skipped, unreadableAt);
        if (unreadable != null) {
            throw new BatchListenerFailedException(unreadable, unreadableAt);
        }
        if (!skipped.isEmpty()) {
            log.debug("Left {} re-enriched record(s) to the next rebuild", skipped.size());
        }
        log.debug("Indexed {} change(s)", changes.size());
    }

    /** Counts the skipped records the error handler commits: those before the failed one (the rest come again). */
    private void countSkippedBefore(List<Integer> skipped, int position) {
        reenrichedSkipped.increment(skipped.stream().filter(i -> i < position).count());
    }
}
