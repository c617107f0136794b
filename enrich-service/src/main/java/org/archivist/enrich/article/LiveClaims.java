package org.archivist.enrich.article;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.stereotype.Component;

/**
 * Keeps the live listener and a re-enrichment pass ({@link ReenrichPass}) from reordering an article's versions on
 * {@code articles.enriched}. The topic is compacted: it keeps the record appended last per id, so the pass must never
 * append an article after the live listener appended a newer version of it, or the newer version would be compacted
 * away.
 *
 * <p>While a pass runs, the live listener claims the ids of each batch before it publishes any of them, and the pass
 * publishes a batch only under the same lock, leaving out claimed ids and waiting until Kafka has appended the rest.
 * So for each id either the pass's record is in the log before the live listener's, or the pass leaves the id to the
 * live listener, which reads on to the newest version anyway.
 */
@Component
class LiveClaims {

    private final ReentrantLock lock = new ReentrantLock();
    /** Ids the live listener published since the pass began; null when no pass runs. */
    private volatile Set<String> claimed;

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
     * The pass's publishing: sends the records whose ids the live listener has not claimed and waits until Kafka
     * has appended them all, so that a claim made afterwards is followed by a later append.
     *
     * @return how many records were left out as claimed
     * @throws java.util.concurrent.CompletionException when a send failed or timed out
     */
    <V> int publishUnclaimed(List<ProducerRecord<String, V>> records,
            Function<ProducerRecord<String, V>, CompletableFuture<?>> send, Duration timeout) {
        lock.lock();
        try {
            Set<String> live = claimed == null ? Set.of() : claimed;
            List<CompletableFuture<?>> sends = new ArrayList<>(records.size());
            for (ProducerRecord<String, V> record : records) {
                if (!live.contains(record.key())) {
                    sends.add(send.apply(record));
                }
            }
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
                    .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .join();
            return records.size() - sends.size();
        } finally {
            lock.unlock();
        }
    }
}
