package org.archivist.query.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

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
 */
@Component
class EnrichedArticleListener {

    private static final Logger log = LoggerFactory.getLogger(EnrichedArticleListener.class);

    private final ArticleIndexer indexer;

    EnrichedArticleListener(ArticleIndexer indexer) {
        this.indexer = indexer;
    }

    @KafkaListener(id = "index", idIsGroup = false, topics = "${archivist.query.topic}", batch = "true")
    void onArticles(List<ConsumerRecord<String, EnrichedArticle>> records) {
        List<ArticleChange> changes = new ArrayList<>(records.size());
        String unreadable = null;
        for (ConsumerRecord<String, EnrichedArticle> record : records) {
            try {
                changes.add(EnrichedRecords.change(record));
            } catch (IllegalArgumentException e) {
                unreadable = e.getMessage();
                break;
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
                case REJECTED -> throw new BatchListenerFailedException("Elasticsearch rejected article "
                        + records.get(i).key() + ": " + outcome.reason(), i);
                case STORED, SUPERSEDED -> {
                }
            }
        }
        if (unreadable != null) {
            throw new BatchListenerFailedException(unreadable, changes.size());
        }
        log.debug("Indexed {} change(s)", changes.size());
    }
}
