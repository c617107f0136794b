package org.archivist.kafka;

import java.time.Duration;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Kafka settings every service shares ({@code archivist.kafka.*}); docs/OPERATIONS.md explains them.
 *
 * @param tombstoneRetention how long a delete (a tombstone: the article id with no value) stays in an article log
 *                           after compaction first reaches it, Kafka's {@code delete.retention.ms}; 100 years
 *                           unless set, so that a rebuild of the index or a dead-letter replay, however late,
 *                           still learns of the delete
 * @param replicationFactor  copies of each topic the services create; unset, three where the cluster has three
 *                           brokers or more, else one per broker ({@link TopicProvisioning}); existing topics keep
 *                           theirs
 * @param minInsyncReplicas  {@code min.insync.replicas} of the services' topics: copies a write must reach before it
 *                           is acknowledged; unset, one less than the replication factor, at most two
 */
@ConfigurationProperties("archivist.kafka")
public record KafkaSettings(@DefaultValue("36500d") Duration tombstoneRetention, @Nullable Integer replicationFactor,
        @Nullable Integer minInsyncReplicas) {

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
        if (replicationFactor != null && (replicationFactor < 1 || replicationFactor > Short.MAX_VALUE)) {
            throw new IllegalArgumentException("archivist.kafka.replication-factor must be at least 1, was "
                    + replicationFactor);
        }
        if (minInsyncReplicas != null && (minInsyncReplicas < 1
                || replicationFactor != null && minInsyncReplicas > replicationFactor)) {
            throw new IllegalArgumentException("archivist.kafka.min-insync-replicas must be at least 1 and at most "
                    + "the replication factor, was " + minInsyncReplicas);
        }
    }
}
