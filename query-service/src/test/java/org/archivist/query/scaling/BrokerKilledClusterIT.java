package org.archivist.query.scaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.archivist.query.index.IndexProbe;
import org.archivist.testing.LocalStack;
import org.archivist.testing.ServiceProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On three brokers: the services make their topics with three copies and {@code min.insync.replicas=2}, and while
 * 3,000 articles stream in through ingest-service, the broker that leads the ingest topic's first partition is killed
 * with SIGKILL. Ingest answers each post 202 or 503, never anything else; every article answered 202 is searchable,
 * exactly once; and how long ingest answered 503 is reported.
 */
@ExtendWith(LocalStack.class)
class BrokerKilledClusterIT {

    private static final Logger log = LoggerFactory.getLogger(BrokerKilledClusterIT.class);

    private static final int ARTICLES = 3_000;
    private static final int PER_POST = 20;
    private static final int KILL_AFTER = 1_000;

    private final PipelineRun pipeline = PipelineRun.named("broker");

    @Test
    void everyAcknowledgedArticleIsSearchableOnceAfterTheLeadersBrokerDied() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStack.kafka()))) {
            List<ServiceProcess> services = ServiceProcess.startAll(List.of(pipeline.ingest(), pipeline.enrich(),
                    pipeline.query()));
            try {
                assertThat(copies(admin, pipeline.ingested())).as("copies of each partition").isEqualTo(3);
                assertThat(minInsync(admin, pipeline.ingested())).isEqualTo("2");
                streamKillingTheLeader(services.getFirst(), admin);
            } finally {
                for (ServiceProcess service : services) {
                    service.close();
                }
            }
        }
    }

    private void streamKillingTheLeader(ServiceProcess ingest, Admin admin) throws Exception {
        IndexProbe index = new IndexProbe(pipeline.alias());
        ArticleStream stream = new ArticleStream(ingest.port(), pipeline.run(), ARTICLES, PER_POST);
        String leader = "kafka";
        try (stream) {
            stream.start(Duration.ofMillis(50)).awaitAcknowledged(KILL_AFTER, Duration.ofMinutes(3));
            int node = describe(admin, pipeline.ingested()).partitions().getFirst().leader().id();
            // ./archivist names broker 1 kafka, broker k kafka-k.
            leader = node == 1 ? "kafka" : "kafka-" + node;
            LocalStack.stop(leader, true);
            log.info("Killed {}, leader of {}-0, with SIGKILL after {} acknowledged articles", leader, pipeline.ingested(),
                    stream.acknowledged().size());
            stream.finish(Duration.ofMinutes(5));
        } finally {
            LocalStack.start(leader);
        }
        log.info("Ingest answered {} (posts per status); it answered 503 for {} ms (from a first 503 to the next 202)",
                stream.statuses(), stream.unavailable().toMillis());

        assertThat(stream.statuses().keySet()).as("every answer is 202 or 503").isSubsetOf(202, 503);
        int acknowledged = stream.acknowledged().size();
        assertThat(acknowledged).as("articles accepted with a broker down: %s", stream.statuses())
                .isGreaterThan(ARTICLES / 2);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(index.searchable(stream.acknowledged())).as("acknowledged articles searchable")
                        .isEqualTo(acknowledged));
        // Articles of a post answered 503 during a commit may have been published; no other 503 article may be there.
        assertThat(index.documents()).as("documents: the acknowledged ones, each once, and undecided ones at most")
                .isBetween((long) acknowledged, (long) acknowledged + stream.undecided());
    }

    private static TopicDescription describe(Admin admin, String topic) throws Exception {
        return admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS).get(topic);
    }

    private static int copies(Admin admin, String topic) throws Exception {
        return describe(admin, topic).partitions().getFirst().replicas().size();
    }

    private static String minInsync(Admin admin, String topic) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        Config config = admin.describeConfigs(List.of(resource)).all().get(10, TimeUnit.SECONDS).get(resource);
        return config.get("min.insync.replicas").value();
    }
}
