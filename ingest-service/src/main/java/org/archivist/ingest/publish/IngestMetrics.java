package org.archivist.ingest.publish;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What ingest-service counts, with tags of few values only (never an id or a URL):
 * {@code archivist_articles_accepted_total{endpoint}}, articles made durable for a request or job of each endpoint
 * ({@code articles}, {@code archives}, {@code warc}, {@code fetches}), and
 * {@code archivist_articles_published_total{topic}}, the same articles by the topic Kafka committed them to.
 */
public final class IngestMetrics {

    private final MeterRegistry registry;

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** A publisher that counts what {@code publisher} made durable as accepted through {@code endpoint}. */
    public ArticlePublisher counting(String endpoint, ArticlePublisher publisher) {
        Counter accepted = Counter.builder("archivist.articles.accepted")
                .description("Articles made durable, by the endpoint that took them").tag("endpoint", endpoint)
                .register(registry);
        return articles -> {
            publisher.publish(articles);
            accepted.increment(articles.size());
        };
    }

    void published(String topic, int articles) {
        Counter.builder("archivist.articles.published").description("Articles committed to Kafka, by topic")
                .tag("topic", topic).register(registry).increment(articles);
    }
}
