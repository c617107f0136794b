package org.archivist.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Reading a whole topic from its beginning with a consumer of one's own (assigned every partition, no group
 * offsets), as a rebuild of the index or a re-enrichment pass does, and how much is left to read.
 */
public final class LogCursor {

    private LogCursor() {
    }

    /** Assigns every partition of {@code topic} to the consumer at its beginning; returns the partitions. */
    public static List<TopicPartition> fromBeginning(Consumer<?, ?> consumer, String topic, Duration timeout) {
        return fromBeginning(consumer, topic, timeout, partition -> true);
    }

    /** Assigns the partitions of {@code topic} that {@code which} accepts at their beginning; returns them. */
    public static List<TopicPartition> fromBeginning(Consumer<?, ?> consumer, String topic, Duration timeout,
            IntPredicate which) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                .filter(p -> which.test(p.partition()))
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return partitions;
    }

    /** Records left between the consumer's positions and the given end offsets. */
    public static long left(Consumer<?, ?> consumer, List<TopicPartition> partitions, Map<TopicPartition, Long> end) {
        long left = 0;
        for (TopicPartition partition : partitions) {
            left += Math.max(0, end.getOrDefault(partition, 0L) - consumer.position(partition));
        }
        return left;
    }
}
