package org.archivist.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ArticleTopicsTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(KafkaAutoConfiguration.class,
                    ArchivistKafkaAutoConfiguration.class));

    @Test
    void anArticleLogIsCompactedWithNoTimeOrSizeLimit() {
        NewTopic log = new ArticleTopics(Duration.ofDays(1)).log("articles.ingested", 3);

        assertThat(log.name()).isEqualTo("articles.ingested");
        assertThat(log.numPartitions()).isEqualTo(3);
        assertThat(log.configs()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "cleanup.policy", "compact",
                "retention.ms", "-1",
                "retention.bytes", "-1",
                "delete.retention.ms", "86400000"));
    }

    @Test
    void tombstonesAreKeptAHundredYearsUnlessSet() {
        context.run(context -> assertThat(context.getBean(ArticleTopics.class).configs())
                .containsEntry("delete.retention.ms", "3153600000000"));
    }

    @Test
    void tombstoneRetentionComesFromTheSettings() {
        context.withPropertyValues("archivist.kafka.tombstone-retention=7d")
                .run(context -> assertThat(context.getBean(ArticleTopics.class).configs())
                        .containsEntry("delete.retention.ms", "604800000"));
    }

    @Test
    void aTombstoneRetentionThatWouldOverflowKafkasClockIsRefusedAtStartup() {
        context.withPropertyValues("archivist.kafka.tombstone-retention=" + Long.MAX_VALUE + "ms")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("archivist.kafka.tombstone-retention must be positive and at most"));
    }

    @Test
    void aTombstoneRetentionOfZeroIsRefusedAtStartup() {
        context.withPropertyValues("archivist.kafka.tombstone-retention=0s")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("archivist.kafka.tombstone-retention"));
    }
}
