package org.archivist.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartitionInfo;
import org.junit.jupiter.api.Test;

class TopicProvisioningTests {

    private static final KafkaSettings UNSET = new KafkaSettings(Duration.ofDays(1), null, null);
    private final NewTopic declared = new ArticleTopics(Duration.ofDays(1)).log("articles.ingested", 6);

    @Test
    void aNewTopicOnOneBrokerHasOneCopyAndNeedsOne() {
        NewTopic fitted = TopicProvisioning.fit(declared, null, 1, UNSET);

        assertThat(fitted.numPartitions()).isEqualTo(6);
        assertThat(fitted.replicationFactor()).isEqualTo((short) 1);
        assertThat(fitted.configs()).containsEntry("min.insync.replicas", "1")
                .containsEntry("cleanup.policy", "compact");
    }

    @Test
    void aNewTopicOnThreeBrokersOrMoreHasThreeCopiesAndNeedsTwo() {
        for (int brokers : new int[] {3, 5}) {
            NewTopic fitted = TopicProvisioning.fit(declared, null, brokers, UNSET);

            assertThat(fitted.replicationFactor()).isEqualTo((short) 3);
            assertThat(fitted.configs()).containsEntry("min.insync.replicas", "2");
        }
    }

    @Test
    void aNewTopicOnTwoBrokersHasTwoCopiesAndGoesOnWithOne() {
        NewTopic fitted = TopicProvisioning.fit(declared, null, 2, UNSET);

        assertThat(fitted.replicationFactor()).isEqualTo((short) 2);
        assertThat(fitted.configs()).containsEntry("min.insync.replicas", "1");
    }

    @Test
    void theSettingsChooseCopiesAndMinimumInSync() {
        NewTopic fitted = TopicProvisioning.fit(declared, null, 5, new KafkaSettings(Duration.ofDays(1), 5, 3));

        assertThat(fitted.replicationFactor()).isEqualTo((short) 5);
        assertThat(fitted.configs()).containsEntry("min.insync.replicas", "3");
    }

    @Test
    void anExistingTopicKeepsItsPartitionsAndCopies() {
        NewTopic fitted = TopicProvisioning.fit(declared, existing(3, 1), 3, UNSET);

        assertThat(fitted.numPartitions()).isEqualTo(3);
        assertThat(fitted.replicationFactor()).isEqualTo((short) 1);
        assertThat(fitted.configs()).containsEntry("min.insync.replicas", "1")
                .containsEntry("cleanup.policy", "compact");
    }

    @Test
    void anExistingTopicWithMorePartitionsKeepsThemToo() {
        assertThat(TopicProvisioning.fit(declared, existing(12, 3), 3, UNSET).numPartitions()).isEqualTo(12);
    }

    @Test
    void aTopicDeclaredWithItsOwnCopiesKeepsThem() {
        NewTopic own = new NewTopic("own", 1, (short) 2);

        assertThat(TopicProvisioning.fit(own, null, 3, UNSET).replicationFactor()).isEqualTo((short) 2);
    }

    @Test
    void minimumInSyncIsOneLessThanTheCopiesAtMostTwoAtLeastOne() {
        assertThat(IntStream.rangeClosed(1, 5).map(TopicProvisioning::minInsyncReplicas).boxed().toList())
                .containsExactly(1, 1, 2, 2, 2);
    }

    @Test
    void settingsOutOfRangeAreRefused() {
        assertThatThrownBy(() -> new KafkaSettings(Duration.ofDays(1), 0, null))
                .hasMessageContaining("archivist.kafka.replication-factor");
        assertThatThrownBy(() -> new KafkaSettings(Duration.ofDays(1), 2, 3))
                .hasMessageContaining("archivist.kafka.min-insync-replicas");
    }

    private static TopicDescription existing(int partitions, int copies) {
        List<Node> nodes = IntStream.range(0, copies).mapToObj(id -> new Node(id, "127.0.0.1", 9092 + id)).toList();
        return new TopicDescription("articles.ingested", false, IntStream.range(0, partitions)
                .mapToObj(p -> new TopicPartitionInfo(p, nodes.getFirst(), nodes, nodes)).toList());
    }
}
