package org.archivist.enrich.article;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.archivist.contract.Article;
import org.archivist.contract.EnrichedArticle;
import org.archivist.enrich.EnrichSettings;
import org.archivist.kafka.UnreadableRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;

/**
 * Consumes ingested articles in batches, enriches each and publishes it keyed by id. At least once:
 * the batch's offsets are committed only after Kafka acknowledged every enriched article, and a
 * re-delivered article is harmless because query-service keeps the newest version per id.
 * A record that cannot be read or enriched is handed to the error handler, which retries it and
 * then sends it to {@code articles.ingested.DLT}; the records before it in the batch are committed.
 */
@Component
class EnrichListener {

    private static final Logger log = LoggerFactory.getLogger(EnrichListener.class);

    private final ArticleEnricher enricher;
    private final KafkaTemplate<String, EnrichedArticle> template;
    private final EnrichSettings settings;

    EnrichListener(ArticleEnricher enricher, KafkaTemplate<String, EnrichedArticle> template,
            EnrichSettings settings) {
        this.enricher = enricher;
        this.template = template;
        this.settings = settings;
    }

    @KafkaListener(id = "enrich", idIsGroup = false, topics = "${archivist.enrich.input-topic}", batch = "true")
    void onArticles(List<ConsumerRecord<String, Article>> records) {
        List<CompletableFuture<SendResult<String, EnrichedArticle>>> sends = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, Article> record = records.get(i);
            EnrichedArticle enriched;
            try {
                enriched = enricher.enrich(readable(record));
            } catch (RuntimeException e) {
                awaitAll(sends);
                throw new BatchListenerFailedException("Cannot enrich record " + record.topic() + "-"
                        + record.partition() + "@" + record.offset() + ": " + e.getMessage(), e, i);
            }
            sends.add(template.send(settings.outputTopic(), enriched.id(), enriched));
        }
        awaitAll(sends);
        log.debug("Enriched {} article(s)", records.size());
    }

    private static Article readable(ConsumerRecord<String, Article> record) {
        if (UnreadableRecords.isUnreadable(record)) {
            throw new IllegalArgumentException("the value is not a readable Article");
        }
        return record.value();
    }

    private void awaitAll(List<CompletableFuture<SendResult<String, EnrichedArticle>>> sends) {
        CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
                .orTimeout(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .join();
    }
}
