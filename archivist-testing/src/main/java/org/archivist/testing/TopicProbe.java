package org.archivist.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes and reads raw records on the test broker, as another service would, so a test sees exactly
 * what went over the wire: key, JSON text and headers.
 */
public final class TopicProbe {

    private TopicProbe() {
    }

    /** A record as read back: key, value text and headers by name (last value wins). */
    public record Received(String key, String value, Map<String, String> headers) {
    }

    /** Sends one record and waits for the broker's acknowledgement. */
    public static void send(String topic, String key, String value) {
        send(new ProducerRecord<>(topic, key, value));
    }

    /** Sends one record as it is (headers; no value for a tombstone) and waits for the broker's acknowledgement. */
    public static void send(ProducerRecord<String, String> record) {
        String topic = record.topic();
        try {
            producer().send(record).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not send to " + topic, e);
        }
    }

    private static KafkaProducer<String, String> producer() {
        return SharedProducer.PRODUCER;
    }

    /** One producer for all sends of the test JVM, made on first use: one per record made streaming tests slow. */
    private static final class SharedProducer {

        static final KafkaProducer<String, String> PRODUCER = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStack.kafka(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());

        static {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> PRODUCER.close(Duration.ofSeconds(5))));
        }
    }

    /**
     * Reads committed records of a topic from its beginning until {@code count} have arrived or the
     * timeout passes, and returns what arrived (possibly fewer).
     */
    public static List<Received> read(String topic, int count, Duration timeout) {
        return read(LocalStack.kafka(), topic, count, timeout);
    }

    /**
     * Reads committed records of a topic from its beginning until those with the given keys have all
     * arrived or the timeout passes, and returns the ones with those keys, for tests that share a topic.
     */
    public static List<Received> readKeys(String topic, java.util.Collection<String> keys, Duration timeout) {
        return readUntil(LocalStack.kafka(), topic, received -> received.stream().map(Received::key)
                .collect(java.util.stream.Collectors.toSet()).containsAll(keys), timeout)
                .stream().filter(r -> keys.contains(r.key())).toList();
    }

    /**
     * Reads committed records of a topic from its beginning until those with the {@code awaited} keys have all
     * arrived or the timeout passes, and returns those with any of the {@code returned} keys: a test sees both
     * what must be there and what must not.
     */
    public static List<Received> readKeys(String topic, java.util.Collection<String> returned,
            java.util.Collection<String> awaited, Duration timeout) {
        return readUntil(LocalStack.kafka(), topic, received -> received.stream().map(Received::key)
                .collect(java.util.stream.Collectors.toSet()).containsAll(awaited), timeout)
                .stream().filter(r -> returned.contains(r.key())).toList();
    }

    /** As {@link #read(String, int, Duration)}, from the broker at {@code bootstrap} (e.g. a Testcontainers one). */
    public static List<Received> read(String bootstrap, String topic, int count, Duration timeout) {
        return readUntil(bootstrap, topic, received -> received.size() >= count, timeout);
    }

    private static List<Received> readUntil(String bootstrap, String topic,
            java.util.function.Predicate<List<Received>> done, Duration timeout) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<Received> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!done.test(received) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    received.add(new Received(record.key(), record.value(), headers(record)));
                }
            }
        }
        return received;
    }

    private static Map<String, String> headers(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new java.util.HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }
}
