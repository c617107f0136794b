package org.archivist.query.scaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.archivist.query.index.IndexProbe;
import org.archivist.testing.LocalStack;
import org.archivist.testing.ServiceProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two instances of enrich-service and of query-service, each a process from its jar, share their consumer groups'
 * partitions. While 3,000 articles stream in through ingest-service, one of each is killed with SIGKILL. The
 * survivors take the dead instances' partitions over once the session timeout (10 s) has passed, and every article
 * ingest answered 202 for is searchable, exactly once.
 */
@ExtendWith(LocalStack.class)
class InstancesKilledMidStreamIT {

    private static final Logger log = LoggerFactory.getLogger(InstancesKilledMidStreamIT.class);

    private static final int ARTICLES = 3_000;
    private static final int PER_POST = 20;
    private static final int KILL_AFTER = 1_000;
    /** The services' session.timeout.ms, plus a heartbeat and a rebalance on a busy 2-core machine. */
    private static final Duration TAKEOVER_WITHIN = Duration.ofSeconds(10 + 3 + 7);

    private final PipelineRun pipeline = PipelineRun.named("kill");

    @Test
    void theSurvivorsTakeOverAndEveryAcknowledgedArticleIsSearchableOnce() throws Exception {
        // ingest first, alone: it creates the topics the others subscribe to.
        try (ServiceProcess ingest = ServiceProcess.start(pipeline.ingest())) {
            List<ServiceProcess> consumers = ServiceProcess.startAll(List.of(pipeline.enrich(), pipeline.enrich(),
                    pipeline.query(), pipeline.query()));
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStack.kafka()))) {
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    assertThat(members(admin, pipeline.enrichGroup())).as("enrich consumers: 3 per instance").isEqualTo(6);
                    assertThat(members(admin, pipeline.queryGroup())).as("query consumers: 2 per instance").isEqualTo(4);
                });
                streamKillingOneOfEach(ingest, consumers, admin);
            } finally {
                for (ServiceProcess consumer : consumers) {
                    consumer.close();
                }
            }
        }
    }

    private void streamKillingOneOfEach(ServiceProcess ingest, List<ServiceProcess> consumers, Admin admin)
            throws Exception {
        IndexProbe index = new IndexProbe(pipeline.alias());
        try (ArticleStream stream = new ArticleStream(ingest.port(), pipeline.run(), ARTICLES, PER_POST)) {
            stream.start(Duration.ofMillis(50)).awaitAcknowledged(KILL_AFTER, Duration.ofMinutes(3));
            consumers.get(0).kill();
            consumers.get(2).kill();
            long killedAt = System.nanoTime();
            log.info("Killed one enrich and one query instance with SIGKILL after {} acknowledged articles",
                    stream.acknowledged().size());
            await().atMost(TAKEOVER_WITHIN).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
                assertThat(members(admin, pipeline.enrichGroup())).as("enrich consumers left").isEqualTo(3);
                assertThat(members(admin, pipeline.queryGroup())).as("query consumers left").isEqualTo(2);
            });
            log.info("The survivors held every partition {} ms after the kill",
                    Duration.ofNanos(System.nanoTime() - killedAt).toMillis());
            stream.finish(Duration.ofMinutes(5));

            assertThat(stream.statuses()).as("ingest answered every post 202").containsOnlyKeys(202);
            assertThat(stream.acknowledged()).hasSize(ARTICLES);
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                    assertThat(index.searchable(stream.acknowledged())).as("acknowledged articles searchable")
                            .isEqualTo(ARTICLES));
        }
        assertThat(index.documents()).as("documents in the index: each article once").isEqualTo(ARTICLES);
    }

    /** How many consumers a group has once they hold all six partitions of its topic between them, else -1. */
    private static int members(Admin admin, String group) throws Exception {
        ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).all()
                .get(10, TimeUnit.SECONDS).get(group);
        int assigned = description.members().stream()
                .mapToInt(member -> member.assignment().topicPartitions().size()).sum();
        return assigned == 6 ? description.members().size() : -1;
    }
}
