package org.archivist.query.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.archivist.testing.HttpProbe;
import org.archivist.testing.LocalStack;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fixture articles of the search ITs ({@code search/corpus.jsonl}, one EnrichedArticle a line), and
 * loading them as the pipeline does: produced to the enriched topic, then waited for until search sees them all.
 */
public final class Corpus {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Corpus() {
    }

    /** Every fixture article as JSON. */
    public static List<JsonNode> articles() {
        try (InputStream in = Corpus.class.getResourceAsStream("/search/corpus.jsonl")) {
            List<JsonNode> articles = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    articles.add(JSON.readTree(line));
                }
            }
            return articles;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ids of the fixture articles that satisfy the condition. */
    public static List<String> ids(Predicate<JsonNode> condition) {
        return articles().stream().filter(condition).map(article -> article.get("id").asString()).toList();
    }

    /** Whether the JSON array field holds an element (or element field, for objects) equal to value. */
    public static boolean has(JsonNode article, String arrayField, String objectField, String value) {
        for (JsonNode element : article.path(arrayField)) {
            JsonNode candidate = objectField == null ? element : element.path(objectField);
            if (value.equals(candidate.asString(null))) {
                return true;
            }
        }
        return false;
    }

    /** Produces the fixture articles to the topic and waits until a search counts them all. */
    public static void load(String topic, HttpProbe http) {
        List<JsonNode> articles = articles();
        produce(topic, articles.stream().map(article -> Map.entry(article.get("id").asString(), article.toString()))
                .toList());
        awaitSearchable(http, articles.size());
    }

    /** Produces key/value records through one producer, waiting for every acknowledgement. */
    public static void produce(String topic, List<Map.Entry<String, String>> records) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStack.kafka(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 20);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (Map.Entry<String, String> record : records) {
                sent.add(producer.send(new ProducerRecord<>(topic, record.getKey(), record.getValue())));
            }
            for (Future<RecordMetadata> acknowledgement : sent) {
                acknowledgement.get(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not produce to " + topic, e);
        }
    }

    /** Waits until a search without text counts {@code count} articles. */
    public static void awaitSearchable(HttpProbe http, int count) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            var response = http.get("/api/search?size=1");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(response.body()).get("total").asLong()).isEqualTo(count);
        });
    }
}
