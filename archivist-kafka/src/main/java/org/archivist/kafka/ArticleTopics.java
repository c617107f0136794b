package org.archivist.kafka;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The one definition of an article log's topic configs ({@code articles.ingested}, {@code articles.enriched}):
 * compacted on the article id, with neither a time nor a size limit, so the log keeps the latest version of every
 * article for good and is the archive's system of record; Elasticsearch is rebuilt from it (docs/OPERATIONS.md).
 * Dead-letter topics are not article logs and keep the broker's time-based retention. {@code stack/topics} repeats
 * these configs for {@code ./archivist up}, which creates the topics before any service starts.
 */
public final class ArticleTopics {

    /**
     * The largest dead letter, 4 MiB: the failed record (up to the 1 MiB an article topic takes) plus the headers
     * that say why, a stack trace among them. With the broker's 1 MiB limit, an article near it could never be
     * dead-lettered, and its listener would retry it for ever.
     */
    public static final int DEAD_LETTER_MAX_BYTES = 4 * 1024 * 1024;

    private final Duration tombstoneRetention;

    /** @param tombstoneRetention how long a tombstone stays once compaction reached it ({@link KafkaSettings}) */
    public ArticleTopics(Duration tombstoneRetention) {
        this.tombstoneRetention = Objects.requireNonNull(tombstoneRetention, "tombstoneRetention");
    }

    /**
     * An article log topic with {@link #configs()}. With {@code spring.kafka.admin.modify-topic-configs} (on by
     * default, see {@link ArchivistKafkaAutoConfiguration}) a service also sets these configs on a topic that
     * exists with others.
     */
    public NewTopic log(String name, int partitions) {
        return TopicBuilder.name(name).partitions(partitions).configs(configs()).build();
    }

    /**
     * A dead-letter topic ({@code <topic>.DLT}): the broker's time-based retention, room for
     * {@link #DEAD_LETTER_MAX_BYTES}.
     */
    public NewTopic deadLetters(String name, int partitions) {
        return TopicBuilder.name(name).partitions(partitions)
                .config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(DEAD_LETTER_MAX_BYTES)).build();
    }

    /**
     * Compaction keeps the last record of each key; {@code retention.ms} and {@code retention.bytes} are unlimited
     * too, so that adding {@code delete} to the policy later could not silently start dropping articles.
     * {@code delete.retention.ms} is a long finite time rather than {@code Long.MAX_VALUE}: Kafka adds it to the
     * current time to stamp a tombstone's removal time, and the sum would overflow to the past, removing every
     * tombstone at the next cleaning.
     */
    public Map<String, String> configs() {
        return Map.of(
                TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                TopicConfig.RETENTION_MS_CONFIG, "-1",
                TopicConfig.RETENTION_BYTES_CONFIG, "-1",
                TopicConfig.DELETE_RETENTION_MS_CONFIG, Long.toString(tombstoneRetention.toMillis()));
    }
}
