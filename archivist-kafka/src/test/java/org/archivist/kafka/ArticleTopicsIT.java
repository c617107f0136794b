package org.archivist.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.archivist.testing.LocalStack;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * On the real broker: an article log that exists with the broker's default (delete after 7 days) is made compacted,
 * kept for good, when a service starts, as a stack from before the log became the archive would be; its dead-letter
 * topic keeps time-based deletion. A topic that exists keeps its partition count, one that does not gets the declared
 * count, and both get a {@code min.insync.replicas} that fits the cluster.
 */
@ExtendWith(LocalStack.class)
class ArticleTopicsIT {

    private final String log = "it-log-" + UUID.randomUUID().toString().substring(0, 8);
    private final Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStack.kafka()));
    private final ApplicationContextRunner service = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(KafkaAutoConfiguration.class,
                    ArchivistKafkaAutoConfiguration.class))
            .withUserConfiguration(ServiceTopics.class)
            .withPropertyValues("spring.kafka.bootstrap-servers=" + LocalStack.kafka(), "it.topic=" + log);

    @AfterEach
    void closeAdmin() {
        admin.close(Duration.ofSeconds(5));
    }

    @Test
    void anArticleLogCreatedWithTheDeletePolicyIsCompactedWhenAServiceStarts() throws Exception {
        createWithBrokerDefaults(log, log + ".DLT");
        assertThat(configs(log)).containsEntry("cleanup.policy", "delete");

        service.run(context -> assertThat(context).hasNotFailed());

        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(configs(log))
                .containsEntry("cleanup.policy", "compact")
                .containsEntry("retention.ms", "-1")
                .containsEntry("retention.bytes", "-1")
                .containsEntry("delete.retention.ms", "3153600000000"));
        assertThat(configs(log + ".DLT")).containsEntry("cleanup.policy", "delete")
                .containsEntry("retention.ms", "604800000");
    }

    @Test
    void existingConfigsAreLeftAsTheyAreWhenModificationIsTurnedOff() throws Exception {
        createWithBrokerDefaults(log, log + ".DLT");

        service.withPropertyValues("spring.kafka.admin.modify-topic-configs=false")
                .run(context -> assertThat(context).hasNotFailed());

        assertThat(configs(log)).containsEntry("cleanup.policy", "delete");
    }

    @Test
    void aTopicThatExistsWithFewerPartitionsKeepsThemAndGetsItsConfigs() throws Exception {
        createWithBrokerDefaults(log, log + ".DLT");

        service.withPropertyValues("it.partitions=6").run(context -> assertThat(context).hasNotFailed());

        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(configs(log))
                .containsEntry("cleanup.policy", "compact").containsEntry("min.insync.replicas", "1"));
        assertThat(partitions(log)).isEqualTo(1);
    }

    @Test
    void aNewTopicGetsTheConfiguredPartitionsAndOneCopyOnOneBroker() throws Exception {
        service.withPropertyValues("it.partitions=6").run(context -> assertThat(context).hasNotFailed());

        assertThat(partitions(log)).isEqualTo(6);
        assertThat(configs(log)).containsEntry("cleanup.policy", "compact").containsEntry("min.insync.replicas", "1");
    }

    private int partitions(String topic) throws Exception {
        return admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS).get(topic)
                .partitions().size();
    }

    private void createWithBrokerDefaults(String... topics) throws Exception {
        List<NewTopic> plain = List.of(topics).stream().map(name -> new NewTopic(name, 1, (short) 1)).toList();
        admin.createTopics(plain).all().get(10, TimeUnit.SECONDS);
    }

    private Map<String, String> configs(String topic) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        Config config = admin.describeConfigs(List.of(resource)).all().get(10, TimeUnit.SECONDS).get(resource);
        return config.entries().stream().filter(entry -> entry.value() != null)
                .collect(Collectors.toMap(ConfigEntry::name, ConfigEntry::value));
    }

    /** The topics as a service declares them: an article log and its dead-letter topic. */
    @Configuration(proxyBeanMethods = false)
    static class ServiceTopics {

        @Bean
        NewTopic articleLog(ArticleTopics articleTopics, @Value("${it.topic}") String topic,
                @Value("${it.partitions:1}") int partitions) {
            return articleTopics.log(topic, partitions);
        }

        @Bean
        NewTopic deadLetterTopic(@Value("${it.topic}") String topic) {
            return TopicBuilder.name(topic + ArchivistKafkaAutoConfiguration.DEAD_LETTER_SUFFIX).partitions(1).build();
        }
    }
}
