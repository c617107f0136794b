package org.archivist.ingest.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.archivist.testing.HttpProbe;
import org.archivist.testing.TestKeys;
import org.archivist.testing.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.test.context.ContextConfiguration;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The publishing path against a Kafka broker in Docker, for machines with a Docker engine; skipped
 * elsewhere. {@link ArticlePublishingIT} covers the same path on the local stack everywhere.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestKeys.Initializer.class)
class ArticlePublishingContainerIT {

    @Container
    @ServiceConnection
    static final KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.2");

    @LocalServerPort
    int port;

    @Test
    void acceptedArticleIsOnTheTopic() {
        HttpResponse<String> response = new HttpProbe(port, TestKeys.WRITER).post("/api/articles", "application/json",
                "{\"title\": \"In a container\", \"paragraphs\": [\"Published to a broker in Docker.\"]}");

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(TopicProbe.read(kafka.getBootstrapServers(), "articles.ingested", 1, Duration.ofSeconds(30)))
                .singleElement().satisfies(record -> assertThat(record.value()).contains("In a container"));
    }
}
