package org.archivist.kafka;

import java.time.Duration;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Kafka settings every service shares ({@code archivist.kafka.*}); docs/OPERATIONS.md explains them.
 *
 * @param tombstoneRetention how long a delete (a tombstone: the article id with no value) stays in an article log
 *                           after compaction first reaches it, Kafka's {@code delete.retention.ms}; 100 years
 *                           unless set, so that a rebuild of the index or a dead-letter replay, however late,
 *                           still learns of the delete
 */
@ConfigurationProperties("archivist.kafka")
public record KafkaSettings(@DefaultValue("36500d") Duration tombstoneRetention) {

    /**
     * Kafka adds {@code delete.retention.ms} to the current time in milliseconds; far below this bound the sum
     * cannot overflow a long (which would make every tombstone due for removal at once).
     */
    static final Duration LONGEST_TOMBSTONE_RETENTION = Duration.ofDays(3_650_000);

    public KafkaSettings {
        Objects.requireNonNull(tombstoneRetention, "archivist.kafka.tombstone-retention must be set");
        if (tombstoneRetention.isNegative() || tombstoneRetention.isZero()
                || tombstoneRetention.compareTo(LONGEST_TOMBSTONE_RETENTION) > 0) {
            throw new IllegalArgumentException("archivist.kafka.tombstone-retention must be positive and at most "
                    + LONGEST_TOMBSTONE_RETENTION.toDays() + "d, was " + tombstoneRetention);
        }
    }
}
