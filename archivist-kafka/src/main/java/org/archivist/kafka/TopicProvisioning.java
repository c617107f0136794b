package org.archivist.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Fits each declared topic to the cluster the service finds before {@link KafkaAdmin} creates or modifies it, as the
 * admin's {@code createOrModifyTopic} filter (set by {@link KafkaAdminSetup}).
 *
 * <ul>
 * <li>A topic that exists keeps its partition count. Spring Kafka would raise it to the declared count, and for a
 * keyed log that moves ids to other partitions: an article's next version could be read before its previous one, and
 * compaction (per partition) would keep both for good. A topic with fewer partitions than declared is logged;
 * docs/SCALING.md says how to raise the count safely.</li>
 * <li>A new topic gets the configured replication factor, or three copies where the cluster has three brokers or
 * more (fewer brokers, one copy each). {@code min.insync.replicas} is the configured one, or one less than the
 * replication factor and at most two, so a cluster of three goes on taking writes with one broker down while every
 * acknowledged record ({@code acks=all}) is on two.</li>
 * </ul>
 *
 * Topics it fitted it creates or modifies itself, through the admin, and filters out of the admin's own pass; when the
 * cluster cannot be reached it lets the admin try as it would without it.
 */
final class TopicProvisioning implements Predicate<NewTopic> {

    private static final Logger log = LoggerFactory.getLogger(TopicProvisioning.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final KafkaAdmin admin;
    private final KafkaSettings settings;
    /** Set once the cluster could not be read: the other topics do not wait for it again. */
    private boolean unreachable;

    TopicProvisioning(KafkaAdmin admin, KafkaSettings settings) {
        this.admin = admin;
        this.settings = settings;
    }

    @Override
    public boolean test(NewTopic declared) {
        if (unreachable) {
            return true;
        }
        NewTopic fitted;
        try (Admin client = Admin.create(admin.getConfigurationProperties())) {
            int brokers = client.describeCluster().nodes().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS).size();
            fitted = fit(declared, describe(client, declared.name()), brokers, settings);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            log.warn("Could not read the cluster to fit topic {} to it ({}); declaring it as configured",
                    declared.name(), e.toString());
            unreachable = true;
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
        try {
            admin.createOrModifyTopics(fitted);
        } catch (RuntimeException e) {
            // As the admin's own pass does: the service starts, and its health and listeners report the missing topic.
            log.error("Could not create or modify topic {}: {}", declared.name(), e.getMessage(), e);
        }
        return false;
    }

    private static @Nullable TopicDescription describe(Admin client, String topic)
            throws ExecutionException, InterruptedException, TimeoutException {
        try {
            return client.describeTopics(List.of(topic)).allTopicNames()
                    .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS).get(topic);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return null;
            }
            throw e;
        }
    }

    /**
     * The topic to create or modify: {@code declared} with the partition count of the existing topic, if there is
     * one, else its own; with the replication factor of the settings, or of the cluster's size, when it is new; and
     * with {@code min.insync.replicas} added to its configs.
     */
    static NewTopic fit(NewTopic declared, @Nullable TopicDescription existing, int brokers, KafkaSettings settings) {
        int partitions = declared.numPartitions();
        short replicas;
        if (existing != null) {
            if (partitions > existing.partitions().size()) {
                log.warn("Topic {} has {} partitions, fewer than the {} configured; it keeps {}: at most {} instances "
                        + "of a service share it (docs/SCALING.md says how to raise the count)", declared.name(),
                        existing.partitions().size(), partitions, existing.partitions().size(),
                        existing.partitions().size());
            }
            partitions = existing.partitions().size();
            replicas = (short) existing.partitions().getFirst().replicas().size();
        } else {
            replicas = (short) replicationFactor(declared, brokers, settings);
        }
        Map<String, String> configs = new HashMap<>(Optional.ofNullable(declared.configs()).orElse(Map.of()));
        configs.putIfAbsent(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, Integer.toString(
                settings.minInsyncReplicas() != null ? settings.minInsyncReplicas() : minInsyncReplicas(replicas)));
        return new NewTopic(declared.name(), partitions, replicas).configs(configs);
    }

    private static int replicationFactor(NewTopic declared, int brokers, KafkaSettings settings) {
        if (declared.replicationFactor() > 0) {
            return declared.replicationFactor();
        }
        return settings.replicationFactor() != null ? settings.replicationFactor() : Math.max(1, Math.min(3, brokers));
    }

    /** One less than the copies, at most two, at least one: writes go on with one copy's broker down. */
    static int minInsyncReplicas(int replicationFactor) {
        return Math.max(1, Math.min(2, replicationFactor - 1));
    }
}
