package org.archivist.ingest.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.archivist.contract.Article;
import org.junit.jupiter.api.Test;

class IngestMetricsTests {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final IngestMetrics metrics = new IngestMetrics(registry);

    private static List<Article> articles(int count) {
        return Collections.nCopies(count, (Article) null);
    }

    private double accepted(String endpoint) {
        var counter = registry.find("archivist.articles.accepted").tag("endpoint", endpoint).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void articlesMadeDurableAreCountedByTheirEndpoint() {
        ArticlePublisher warc = metrics.counting("warc", published -> { });
        ArticlePublisher fetches = metrics.counting("fetches", published -> { });

        warc.publish(articles(3));
        warc.publish(articles(2));
        fetches.publish(articles(1));

        assertThat(accepted("warc")).isEqualTo(5);
        assertThat(accepted("fetches")).isEqualTo(1);
    }

    @Test
    void articlesKafkaRefusedAreNotCounted() {
        ArticlePublisher failing = metrics.counting("articles", published -> {
            throw new PublishFailedException("Kafka is down", null);
        });

        assertThatThrownBy(() -> failing.publish(articles(4))).isInstanceOf(PublishFailedException.class);

        assertThat(accepted("articles")).isZero();
    }

    @Test
    void publishedArticlesAreCountedByTopic() {
        metrics.published("articles.ingested", 7);
        metrics.published("articles.ingested", 1);

        assertThat(registry.get("archivist.articles.published").tag("topic", "articles.ingested").counter().count())
                .isEqualTo(8);
    }
}
