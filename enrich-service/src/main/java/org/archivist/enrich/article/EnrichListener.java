package org.archivist.enrich.article;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.archivist.contract.Article;
import org.archivist.contract.EnrichedArticle;
import org.archivist.enrich.EnrichSettings;
import org.archivist.kafka.Tombstones;
import org.archivist.kafka.TracedRecords;
import org.archivist.kafka.UnreadableRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;

/**
 * Consumes ingested articles in batches, enriches each and publishes it keyed by id; a deletion (a tombstone) is
 * passed on as it came. At least once:
 * the batch's offsets are committed only after Kafka acknowledged every enriched article, and a
 * re-delivered article is harmless because query-service keeps the newest version per id.
 * A record that cannot be read or enriched, or whose enriched form is too large for Kafka, is handed to the error
 * handler, which retries it and then sends it to {@code articles.ingested.DLT}; the records before it in the batch
 * are committed. While a re-enrichment pass runs, each batch's ids are claimed before any is published
 * ({@link LiveClaims}), so that the pass never appends an older version after this listener's newer one; and the
 * partitions the group gives and takes are told to it, so that the pass publishes only for those held here.
 */
@Component
class EnrichListener implements ConsumerSeekAware {

    private static final Logger log = LoggerFactory.getLogger(EnrichListener.class);

    private final ArticleEnricher enricher;
    private final KafkaTemplate<String, EnrichedArticle> template;
    private final EnrichSettings settings;
    private final LiveClaims claims;

    /** {@code archivist_articles_enriched_total}. */
    private final Counter enriched;
    /** {@code archivist_articles_deletions_forwarded_total}: tombstones passed on as they came. */
    private final Counter deletionsForwarded;

    private final ObservationRegistry observations;

    EnrichListener(ArticleEnricher enricher, KafkaTemplate<String, EnrichedArticle> template,
            EnrichSettings settings, LiveClaims claims, MeterRegistry meters, ObservationRegistry observations) {
        this.observations = observations;
        this.enricher = enricher;
        this.template = template;
        this.settings = settings;
        this.claims = claims;
        this.enriched = Counter.builder("archivist.articles.enriched").description("Articles enriched and published")
                .register(meters);
        this.deletionsForwarded = Counter.builder("archivist.articles.deletions.forwarded")
                .description("Deletions passed on to the enriched topic").register(meters);
    }

    /** Called on the consumer's thread when the group gives this instance partitions. */
    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        claims.assigned(assignments.keySet());
    }

    /** Called on the consumer's thread before the group hands these partitions to another instance (or lost them). */
    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        claims.revoked(partitions);
    }

    @KafkaListener(id = "enrich", idIsGroup = false, topics = "${archivist.enrich.input-topic}", batch = "true")
    void onArticles(List<ConsumerRecord<String, Article>> records) {
        claims.claim(records);
        List<CompletableFuture<SendResult<String, EnrichedArticle>>> sends = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, Article> record = records.get(i);
            // Spring Kafka observes record listeners only: each record of the batch continues its own trace here
            // (from its traceparent header), and the record sent inside carries it on.
            Observation observation = TracedRecords.observation("archivist.enrich.record", record, "enrich",
                    observations).start();
            try (Observation.Scope scope = observation.openScope()) {
                enrichAndSend(records, i, sends);
                log.debug("Enriched article {}", record.key());
            } catch (RuntimeException e) {
                observation.error(e);
                throw e;
            } finally {
                observation.stop();
            }
        }
        awaitAll(sends, records);
        long deletions = records.stream().filter(Tombstones::isTombstone).count();
        enriched.increment(records.size() - deletions);
        deletionsForwarded.increment(deletions);
        log.debug("Enriched {} article(s)", records.size());
    }

    private void enrichAndSend(List<ConsumerRecord<String, Article>> records, int i,
            List<CompletableFuture<SendResult<String, EnrichedArticle>>> sends) {
        ConsumerRecord<String, Article> record = records.get(i);
        ProducerRecord<String, EnrichedArticle> out;
        try {
            out = output(record);
        } catch (RuntimeException e) {
            awaitAll(sends, records);
            throw new BatchListenerFailedException("Cannot enrich record " + record.topic() + "-"
                    + record.partition() + "@" + record.offset() + ": " + e.getMessage(), e, i);
        }
        try {
            sends.add(template.send(out));
        } catch (RuntimeException e) {
            // The template throws at once ("Send failed") when the producer refused the record before sending it.
            if (tooLarge(e) instanceof RecordTooLargeException tooLarge) {
                awaitAll(sends, records);
                throw tooLargeToSend(records.get(i), i, tooLarge);
            }
            throw e;
        }
    }

    /**
     * The enriched article, keyed by its id; a deletion (a tombstone) has nothing to enrich and goes on as it came,
     * so that query-service deletes the article.
     */
    private ProducerRecord<String, EnrichedArticle> output(ConsumerRecord<String, Article> record) {
        if (Tombstones.isTombstone(record)) {
            return Tombstones.record(settings.outputTopic(), Tombstones.read(record));
        }
        EnrichedArticle enriched = enricher.enrich(readable(record));
        return new ProducerRecord<>(settings.outputTopic(), enriched.id(), enriched);
    }

    private static Article readable(ConsumerRecord<String, Article> record) {
        if (UnreadableRecords.isUnreadable(record)) {
            throw new IllegalArgumentException("the value is not a readable Article");
        }
        return record.value();
    }

    /**
     * Waits for the sends; one refused as larger than a Kafka record can ever be (an article just under ingest's
     * limit grows when enriched) is that record's own failure, so it names the record and the record goes to the
     * dead-letter topic. Any other failure (broker down, timeout) stays the whole batch's: an outage, retried.
     */
    private void awaitAll(List<CompletableFuture<SendResult<String, EnrichedArticle>>> sends,
            List<ConsumerRecord<String, Article>> records) {
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
                    .orTimeout(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    .join();
        } catch (CompletionException e) {
            for (int i = 0; i < sends.size(); i++) {
                if (sends.get(i).isCompletedExceptionally()
                        && tooLarge(sends.get(i).exceptionNow()) instanceof RecordTooLargeException tooLarge) {
                    throw tooLargeToSend(records.get(i), i, tooLarge);
                }
            }
            throw e;
        }
    }

    private static BatchListenerFailedException tooLargeToSend(ConsumerRecord<String, Article> record, int index,
            RecordTooLargeException tooLarge) {
        return new BatchListenerFailedException("The enriched article " + record.key() + " is too large for Kafka: "
                + tooLarge.getMessage(), tooLarge, index);
    }

    private static RecordTooLargeException tooLarge(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RecordTooLargeException tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }
}
