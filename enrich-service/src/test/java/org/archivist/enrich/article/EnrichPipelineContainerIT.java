package org.archivist.enrich.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.archivist.testing.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * Enrichment against a Kafka broker in Docker, for machines with a Docker engine; skipped elsewhere.
 * {@link EnrichPipelineIT} covers the same path on the local stack everywhere.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest
class EnrichPipelineContainerIT {

    @Container
    @ServiceConnection
    static final KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.2");

    @Test
    void ingestedArticleComesOutEnriched() throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("articles.ingested", "c1",
                    "{\"schemaVersion\":1,\"id\":\"c1\",\"title\":\"T\",\"paragraphs\":[\"p\"],"
                            + "\"ingestedAt\":\"2026-11-25T10:00:00Z\"}")).get(10, TimeUnit.SECONDS);
        }

        assertThat(TopicProbe.read(kafka.getBootstrapServers(), "articles.enriched", 1, Duration.ofSeconds(30)))
                .singleElement().satisfies(record -> assertThat(record.value()).contains("\"enrichedAt\""));
    }
}
