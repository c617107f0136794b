package org.archivist.query.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.archivist.contract.EnrichedArticle;
import org.archivist.kafka.TracedRecords;
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
 * enrichments mixed. They are counted as {@code archivist_index_reenriched_skipped_total} (again when a batch is
 * delivered again after a failure).
 */
@Component
class EnrichedArticleListener {

    private static final Logger log = LoggerFactory.getLogger(EnrichedArticleListener.class);

    private final ArticleIndexer indexer;
    private final Counter reenrichedSkipped;

    private final IndexMetrics metrics;

    private final ObservationRegistry observations;

    EnrichedArticleListener(ArticleIndexer indexer, MeterRegistry meters, ObservationRegistry observations) {
        this.indexer = indexer;
        this.observations = observations;
        this.metrics = new IndexMetrics(meters, Clock.systemUTC());
        this.reenrichedSkipped = Counter.builder("archivist.index.reenriched.skipped")
                .description("Records of a re-enrichment pass the live index left to the next rebuild")
                .register(meters);
    }

    @KafkaListener(id = "index", idIsGroup = false, topics = "${archivist.query.topic}", batch = "true")
    void onArticles(List<ConsumerRecord<String, EnrichedArticle>> records) {
        List<ArticleChange> changes = new ArrayList<>(records.size());
        // The record of each change, to name a failed one to the error handler, which finds it in the batch.
        List<ConsumerRecord<String, EnrichedArticle>> applied = new ArrayList<>(records.size());
        int skipped = 0;
        for (ConsumerRecord<String, EnrichedArticle> record : records) {
            ArticleChange change;
            try {
                change = EnrichedRecords.change(record);
            } catch (IllegalArgumentException e) {
                reenrichedSkipped.increment(skipped);
                write(changes, applied);
                throw new BatchListenerFailedException(e.getMessage(), record);
            }
            if (EnrichedRecords.isReenriched(record)) {
                skipped++;
            } else {
                changes.add(change);
                applied.add(record);
            }
        }
        reenrichedSkipped.increment(skipped);
        write(changes, applied);
        log.debug("Indexed {} change(s), left {} re-enriched record(s) to the next rebuild", changes.size(), skipped);
    }

    /**
     * Writes the changes, each record continuing its own trace (from its traceparent header; Spring Kafka observes
     * record listeners only) and the batch's one bulk request in the trace of its first record.
     */
    private void write(List<ArticleChange> changes, List<ConsumerRecord<String, EnrichedArticle>> applied) {
        if (applied.isEmpty()) {
            return;
        }
        List<Observation> traced = new ArrayList<>(applied.size());
        for (ConsumerRecord<String, EnrichedArticle> record : applied) {
            Observation observation = TracedRecords.observation("archivist.index.record", record, "index",
                    observations).start();
            try (Observation.Scope scope = observation.openScope()) {
                log.debug("Indexing article {}", record.key());
            }
            traced.add(observation);
        }
        Observation bulk = Observation.createNotStarted("archivist.index.bulk", observations)
                .contextualName("elasticsearch bulk").parentObservation(traced.getFirst()).start();
        try (Observation.Scope scope = bulk.openScope()) {
            writeInBulk(changes, applied);
        } catch (RuntimeException e) {
            bulk.error(e);
            traced.forEach(observation -> observation.error(e));
            throw e;
        } finally {
            bulk.stop();
            traced.forEach(Observation::stop);
        }
    }

    /** Writes the changes; a rejected one is its record's failure, anything else the whole batch's. */
    private void writeInBulk(List<ArticleChange> changes, List<ConsumerRecord<String, EnrichedArticle>> applied) {
        List<BulkOutcome> outcomes;
        try {
            outcomes = indexer.apply(changes);
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch is unreachable; the batch will be retried", e);
        }
        metrics.record(changes, outcomes);
        for (int i = 0; i < outcomes.size(); i++) {
            BulkOutcome outcome = outcomes.get(i);
            switch (outcome.kind()) {
                case RETRY -> throw new IllegalStateException("Elasticsearch is overloaded or unavailable ("
                        + outcome.reason() + "); the batch will be retried");
                case REJECTED -> throw new BatchListenerFailedException("Elasticsearch rejected article "
                        + applied.get(i).key() + ": " + outcome.reason(), applied.get(i));
                case STORED, SUPERSEDED -> {
                }
            }
        }
    }
}
