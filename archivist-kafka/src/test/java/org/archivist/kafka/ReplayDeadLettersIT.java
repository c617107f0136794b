package org.archivist.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.archivist.testing.LocalStack;
import org.archivist.testing.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

/**
 * {@code ./archivist replay-dlt} on the real broker, with dead letters written by spring-kafka's recoverer (so with
 * its {@code kafka_dlt-original-*} headers): a dead letter whose article has a newer version or a delete later in
 * the compacted log is skipped, since appending it would make the old version the article again; the others are
 * replayed, once.
 */
@ExtendWith(LocalStack.class)
class ReplayDeadLettersIT {

    private final String topic = "it-replay-" + UUID.randomUUID().toString().substring(0, 8);
    private final String deadLetters = topic + ArchivistKafkaAutoConfiguration.DEAD_LETTER_SUFFIX;

    @BeforeEach
    void createTopics() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStack.kafka()))) {
            admin.createTopics(List.of(new ArticleTopics(Duration.ofDays(36_500)).log(topic, 2),
                    new NewTopic(deadLetters, 1, (short) 1))).all().get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void replaysOnlyDeadLettersWhoseArticleHasNoNewerRecordOrDeleteSince() {
        TopicProbe.send(topic, "rolled-back", "v1");
        TopicProbe.send(topic, "live", "v1");
        TopicProbe.send(topic, "deleted", "v1");
        TopicProbe.send(topic, "rolled-back", "v2");
        TopicProbe.send(topic, "deleted", null);
        List<ConsumerRecord<String, String>> before = readToEnd(topic);
        deadLetter(first(before, "rolled-back"), first(before, "live"), first(before, "deleted"));
        // Written by hand or by an older tool: no original offset to compare, so replayed as before.
        TopicProbe.send(deadLetters, "unmarked", "u1");

        String output = LocalStack.replayDeadLetters(topic);

        Map<String, List<String>> after = valuesByKey(readToEnd(topic));
        assertThat(after).as(output).containsExactlyInAnyOrderEntriesOf(Map.of(
                "rolled-back", List.of("v1", "v2"),
                "deleted", listOf("v1", null),
                "live", List.of("v1", "v1"),
                "unmarked", List.of("u1")));
    }

    @Test
    void replaysEachDeadLetterOnce() {
        TopicProbe.send(topic, "live", "v1");
        deadLetter(first(readToEnd(topic), "live"));
        LocalStack.replayDeadLetters(topic);
        int afterFirstRun = readToEnd(topic).size();

        String output = LocalStack.replayDeadLetters(topic);

        assertThat(afterFirstRun).isEqualTo(2);
        assertThat(readToEnd(topic)).as(output).hasSize(afterFirstRun);
    }

    /** Dead-letters records as the services' error handler does: spring-kafka's recoverer, to {@code <topic>.DLT}. */
    @SafeVarargs
    private void deadLetter(ConsumerRecord<String, String>... records) {
        DefaultKafkaProducerFactory<String, String> producers = new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStack.kafka(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
        try {
            DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(new KafkaTemplate<>(producers),
                    (record, exception) -> new TopicPartition(record.topic() + ".DLT", -1));
            for (ConsumerRecord<String, String> record : records) {
                recoverer.accept(record, new IllegalStateException("enrichment failed"));
            }
        } finally {
            producers.destroy();
        }
    }

    /** Every committed record of the topic, up to its end when called, partition by partition. */
    private static List<ConsumerRecord<String, String>> readToEnd(String topic) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStack.kafka(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    private static ConsumerRecord<String, String> first(List<ConsumerRecord<String, String>> records, String key) {
        return records.stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    /** The values of each key in log order (one key lives in one partition); null for a delete. */
    private static Map<String, List<String>> valuesByKey(List<ConsumerRecord<String, String>> records) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        records.forEach(r -> values.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r.value()));
        return values;
    }

    private static List<String> listOf(String... values) {
        return Arrays.asList(values);
    }
}
