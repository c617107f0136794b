package org.archivist.ingest.fetch;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.archivist.kafka.LogCursor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows a compacted topic from its beginning for as long as the service runs, handing every record to a callback:
 * each instance's own view of a small shared table (fetch jobs, page validators). No consumer group: every instance
 * reads everything.
 */
final class TopicFollower implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TopicFollower.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final String topic;
    private final Map<String, Object> consumerConfig;
    private final BiConsumer<String, byte[]> onRecord;
    private final CountDownLatch caughtUp = new CountDownLatch(1);
    private volatile Consumer<String, byte[]> consumer;
    private volatile boolean closed;
    private Thread thread;

    /** @param onRecord called with each record's key and value (null for a tombstone), on the follower's thread */
    TopicFollower(String topic, Map<String, Object> consumerConfig, BiConsumer<String, byte[]> onRecord) {
        this.topic = topic;
        this.consumerConfig = Map.copyOf(consumerConfig);
        this.onRecord = onRecord;
    }

    void start() {
        thread = Thread.ofPlatform().daemon().name("follow-" + topic).start(this::follow);
    }

    /** Whether the view has read everything the topic held when it started. */
    boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
        return caughtUp.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void follow() {
        while (!closed) {
            try (Consumer<String, byte[]> kafka = new KafkaConsumer<>(consumerConfig, new StringDeserializer(),
                    new ByteArrayDeserializer())) {
                consumer = kafka;
                if (closed) {
                    return;
                }
                List<TopicPartition> partitions = LogCursor.fromBeginning(kafka, topic, Duration.ofSeconds(30));
                Map<TopicPartition, Long> end = kafka.endOffsets(partitions, Duration.ofSeconds(30));
                while (!closed) {
                    for (ConsumerRecord<String, byte[]> record : kafka.poll(POLL)) {
                        if (record.key() != null) {
                            onRecord.accept(record.key(), record.value());
                        }
                    }
                    if (caughtUp.getCount() > 0 && LogCursor.left(kafka, partitions, end) == 0) {
                        caughtUp.countDown();
                    }
                }
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                if (closed) {
                    return;
                }
                // Kafka down or the topic not there yet: start over from the beginning in a while; the view is
                // only ever replaced by newer records, so reading again does no harm.
                log.warn("Following {} failed ({}); reading it again in 5 s", topic, e.getMessage());
                try {
                    Thread.sleep(5_000);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        closed = true;
        Consumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (thread != null) {
            thread.join(10_000);
        }
    }
}
