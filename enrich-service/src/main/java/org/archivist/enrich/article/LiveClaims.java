package org.archivist.enrich.article;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.stereotype.Component;

/**
 * Keeps the live listener and a re-enrichment pass ({@link ReenrichPass}) from reordering an article's versions on
 * {@code articles.enriched}. The topic is compacted: it keeps the record appended last per id, so the pass must never
 * append an article after a live listener appended a newer version of it, or the newer version would be compacted
 * away.
 *
 * <p>Within the instance: while a pass runs, the live listener claims the ids of each batch before it publishes any of
 * them, and the pass publishes a batch only under the same lock, leaving out claimed ids and waiting until Kafka has
 * appended the rest. So for each id either the pass's record is in the log before the live listener's, or the pass
 * leaves the id to the live listener, which reads on to the newest version anyway.
 *
 * <p>Across instances: the pass publishes only articles of the {@code articles.ingested} partitions this instance's
 * live listener holds, checked under the same lock, and the live listener gives a partition up ({@link #revoked})
 * under it too. Kafka's group protocol finishes the revocation before another instance's live listener reads that
 * partition, so no other live listener publishes an id while this pass may. Each instance's pass covers its own
 * partitions; a partition that moves during the pass is reported as not done.
 */
@Component
class LiveClaims {

    /** What one publishing did: ids left to the live listener, and input partitions no longer held here. */
    record Published(int leftToLive, Set<Integer> moved) {
    }

    private final ReentrantLock lock = new ReentrantLock();
    /** Ids the live listener published since the pass began; null when no pass runs. */
    private volatile Set<String> claimed;
    /** Partitions of the input topic the live listener holds. */
    private final Set<Integer> held = new HashSet<>();

    /** Starts claiming: call before the pass takes the end offsets it reads up to. */
    void open() {
        lock.lock();
        try {
            claimed = new HashSet<>();
        } finally {
            lock.unlock();
        }
    }

    void close() {
        lock.lock();
        try {
            claimed = null;
        } finally {
            lock.unlock();
        }
    }

    /** The live listener was given these partitions. */
    void assigned(Collection<TopicPartition> partitions) {
        lock.lock();
        try {
            partitions.forEach(partition -> held.add(partition.partition()));
        } finally {
            lock.unlock();
        }
    }

    /**
     * The live listener gives these partitions up (revoked or lost); waits for a pass's publishing under way, so that
     * whatever it appended comes before anything the partition's next holder appends.
     */
    void revoked(Collection<TopicPartition> partitions) {
        lock.lock();
        try {
            partitions.forEach(partition -> held.remove(partition.partition()));
        } finally {
            lock.unlock();
        }
    }

    /** The input partitions the live listener holds now, in order. */
    Set<Integer> held() {
        lock.lock();
        try {
            return new TreeSet<>(held);
        } finally {
            lock.unlock();
        }
    }

    /** The live listener's claim on a batch, before it publishes any of it; nothing to do when no pass runs. */
    void claim(List<? extends ConsumerRecord<String, ?>> records) {
        if (claimed == null) {
            return;
        }
        lock.lock();
        try {
            if (claimed != null) {
                records.forEach(record -> claimed.add(record.key()));
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * The pass's publishing, by the input partition each record was read from: sends the records of partitions the
     * live listener still holds whose ids it has not claimed, and waits until Kafka has appended them all, so that a
     * claim or a revocation made afterwards is followed by a later append.
     *
     * @throws java.util.concurrent.CompletionException when a send failed or timed out
     */
    <V> Published publishUnclaimed(Map<Integer, List<ProducerRecord<String, V>>> byInputPartition,
            Function<ProducerRecord<String, V>, CompletableFuture<?>> send, Duration timeout) {
        lock.lock();
        try {
            Set<String> live = claimed == null ? Set.of() : claimed;
            Set<Integer> moved = new TreeSet<>();
            List<CompletableFuture<?>> sends = new ArrayList<>();
            int leftToLive = 0;
            for (Map.Entry<Integer, List<ProducerRecord<String, V>>> partition : byInputPartition.entrySet()) {
                if (!held.contains(partition.getKey())) {
                    moved.add(partition.getKey());
                    continue;
                }
                for (ProducerRecord<String, V> record : partition.getValue()) {
                    if (live.contains(record.key())) {
                        leftToLive++;
                    } else {
                        sends.add(send.apply(record));
                    }
                }
            }
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
                    .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .join();
            return new Published(leftToLive, moved);
        } finally {
            lock.unlock();
        }
    }
}
