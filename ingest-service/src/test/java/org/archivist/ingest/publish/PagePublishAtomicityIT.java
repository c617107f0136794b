package org.archivist.ingest.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.archivist.ingest.IngestSettings;
import org.archivist.ingest.article.ArticleIdentity;
import org.archivist.testing.HttpProbe;
import org.archivist.testing.TestKeys;
import org.archivist.testing.StackIntegrationTest;
import org.archivist.testing.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A page is published all or nothing: when Kafka refuses its second article (larger than a record may be), the
 * first is not on the topic either, as a {@code read_committed} consumer sees it,
 * and the client is told which article and why.
 */
@StackIntegrationTest(properties = {
        "archivist.ingest.topic=it-atomic-page-${archivist.it.run}",
        "spring.kafka.producer.transaction-id-prefix=it-atomic-page-${archivist.it.run}-" })
class PagePublishAtomicityIT {

    /** Over the producer's max.request.size (1 MiB by default), well under the 10 MB body limit. */
    private static final int HUGE = 1_200_000;

    @Autowired
    IngestSettings settings;

    @LocalServerPort
    int port;

    @Test
    void aPageWhoseSecondArticleKafkaRefusesPublishesNoneOfItsArticles() {
        HttpProbe http = new HttpProbe(port, TestKeys.WRITER);
        String huge = "Every word of this paragraph repeats. ".repeat(HUGE / 38);

        HttpResponse<String> refused = http.post("/api/articles", "application/json", """
                [{"title": "Small first article", "source": "it-atomic", "paragraphs": ["Short and fine."]},
                 {"title": "Huge second article", "source": "it-atomic", "paragraphs": ["%s"]}]
                """.formatted(huge));
        HttpResponse<String> later = http.post("/api/articles", "application/json", """
                {"title": "Article after the refused page", "source": "it-atomic", "paragraphs": ["Fine."]}
                """);

        String first = ArticleIdentity.idFor(null, "it-atomic", "Small first article");
        String second = ArticleIdentity.idFor(null, "it-atomic", "Huge second article");
        String after = ArticleIdentity.idFor(null, "it-atomic", "Article after the refused page");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(413);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.body()).contains("\"title\":\"Article too large for Kafka\"", "\"articleId\":\"" + second + "\"",
                "nothing was published");
        assertThat(later.statusCode()).as(later.body()).isEqualTo(202);
        // Once the later article is readable, everything written before it on the topic is decided.
        List<String> keys = TopicProbe.readKeys(settings.topic(), List.of(after), Duration.ofSeconds(30)).stream()
                .map(TopicProbe.Received::key).toList();
        assertThat(keys).containsExactly(after);
        assertThat(TopicProbe.read(settings.topic(), 3, Duration.ofSeconds(5))).extracting(TopicProbe.Received::key)
                .as("read_committed view of the topic").containsExactly(after).doesNotContain(first, second);
    }
}
