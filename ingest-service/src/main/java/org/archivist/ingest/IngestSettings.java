package org.archivist.ingest;

import java.time.Duration;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of ingest-service ({@code archivist.ingest.*}); defaults are in {@code application.yml}.
 *
 * @param topic          the topic articles are published to
 * @param partitions     partitions of that topic when the service creates it
 * @param publishTimeout how long a request waits for Kafka to acknowledge its articles
 * @param retryAfter     what a 503 tells the client to wait before retrying
 * @param maxConcurrentPublishes how many requests may publish at once; each holds a transactional producer
 */
@ConfigurationProperties("archivist.ingest")
public record IngestSettings(String topic, int partitions, Duration publishTimeout,
        Duration retryAfter, int maxConcurrentPublishes) {

    public IngestSettings {
        Objects.requireNonNull(topic, "archivist.ingest.topic must be set");
        if (partitions < 1) {
            throw new IllegalArgumentException("archivist.ingest.partitions must be at least 1, was " + partitions);
        }
        Objects.requireNonNull(publishTimeout, "archivist.ingest.publish-timeout must be set");
        Objects.requireNonNull(retryAfter, "archivist.ingest.retry-after must be set");
        if (maxConcurrentPublishes < 1) {
            throw new IllegalArgumentException("archivist.ingest.max-concurrent-publishes must be at least 1, was "
                    + maxConcurrentPublishes);
        }
    }
}
