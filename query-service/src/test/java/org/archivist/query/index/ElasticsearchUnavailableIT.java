package org.archivist.query.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import org.archivist.testing.HttpProbe;
import org.archivist.testing.TestKeys;
import org.archivist.query.QuerySettings;
import org.archivist.testing.LocalStack;
import org.archivist.testing.TopicProbe;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With Elasticsearch unreachable the service still starts, says it is not ready and why, search answers 503, and
 * records wait on the topic, uncommitted, until the node is reachable. The service reaches the node through a
 * {@link Gate} that stays closed until the last test opens it.
 */
@ExtendWith(LocalStack.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "archivist.query.index-alias=it-unavailable" })
@ContextConfiguration(initializers = TestKeys.Initializer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ElasticsearchUnavailableIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String GROUP = "it-unavailable-" + RUN;
    private static final Gate GATE = new Gate();

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.elasticsearch.uris", () -> "http://127.0.0.1:" + GATE.port());
        registry.add("spring.kafka.bootstrap-servers", LocalStack::kafka);
        registry.add("archivist.query.topic", () -> "it-unavailable-" + RUN);
        registry.add("spring.kafka.consumer.group-id", () -> GROUP);
    }

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    QuerySettings settings;

    @Test
    void readinessIsDownAndNamesElasticsearch() {
        HttpResponse<String> response = new HttpProbe(managementPort, TestKeys.ADMIN).get("/actuator/health/readiness");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("\"elasticsearch\":{").contains("\"status\":\"DOWN\"");
    }

    @Test
    @Order(1)
    void recordsWaitUncommittedForElasticsearchInsteadOfBeingDeadLettered() throws Exception {
        TopicProbe.send(settings.topic(), "waiting", IndexingIT.article("waiting", "Waits for the node",
                "2026-11-25T10:00:00Z"));

        // The listener is in the group and holds the partitions, so it polls the record and fails on the node.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(assignedPartitions()).isPositive());
        // Per-record retries would dead-letter it within 3.5 s; an outage must only delay it.
        assertThat(TopicProbe.read(settings.topic() + ".DLT", 1, Duration.ofSeconds(12))).isEmpty();
        assertThat(committed()).as("offsets committed during the outage").isEqualTo(0);
    }

    /** Opens the gate, so it runs last. */
    @Test
    @Order(Integer.MAX_VALUE)
    void waitingRecordIsIndexedAndCommittedOnceTheNodeIsReachable() {
        GATE.open(URI.create(LocalStack.elasticsearch()));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(committed()).isEqualTo(1));
        assertThat(new HttpProbe(port).get("/api/articles/waiting").statusCode()).isEqualTo(200);
    }

    @Test
    void reindexFailsAtOnceSayingWhyAndChangesNothing() {
        HttpResponse<String> response = new HttpProbe(managementPort, TestKeys.ADMIN).post("/actuator/reindex", "application/json", "");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"phase\":\"FAILED\"")
                // The job's lease, in Elasticsearch too, is the first thing it needs.
                .contains("cannot take the job lease in it-unavailable-jobs");
        assertThat(new HttpProbe(managementPort, TestKeys.ADMIN).get("/actuator/reindex").body()).contains("\"running\":false");
    }

    @Test
    void searchAndExportAnswer503Problem() {
        HttpResponse<String> response = new HttpProbe(port).get("/api/search?q=anything");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("Search unavailable");
        // An export opens its search before answering: the same problem, not a download that breaks off.
        assertThat(new HttpProbe(port).get("/api/export?q=anything").statusCode()).isEqualTo(503);
    }

    /** The sum of the group's committed offsets over the topic's partitions. */
    private long committed() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStack.kafka()))) {
            return admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata()
                    .get(10, TimeUnit.SECONDS).entrySet().stream()
                    .filter(e -> e.getKey().topic().equals(settings.topic()) && e.getValue() != null)
                    .mapToLong(e -> e.getValue().offset()).sum();
        }
    }

    private int assignedPartitions() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStack.kafka()))) {
            return admin.describeConsumerGroups(List.of(GROUP)).all().get(10, TimeUnit.SECONDS)
                    .get(GROUP).members().stream()
                    .mapToInt(m -> (int) m.assignment().topicPartitions().stream()
                            .filter(tp -> tp.topic().equals(settings.topic())).count())
                    .sum();
        }
    }

    /**
     * A local port that refuses connections until {@link #open} and then forwards each connection to the node,
     * standing in for a node that is down and comes back.
     */
    static final class Gate {

        private final int port;

        Gate() {
            try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
                port = probe.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        int port() {
            return port;
        }

        void open(URI node) {
            ServerSocket server;
            try {
                server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Thread.ofVirtual().start(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket client = server.accept();
                        Socket upstream = new Socket(node.getHost(), node.getPort());
                        pipe(client, upstream);
                        pipe(upstream, client);
                    } catch (IOException e) {
                        return;
                    }
                }
            });
        }

        private static void pipe(Socket from, Socket to) {
            Thread.ofVirtual().start(() -> {
                try (from; to) {
                    from.getInputStream().transferTo(to.getOutputStream());
                } catch (IOException e) {
                    // The other side closed; closing both ends the pair.
                }
            });
        }
    }
}
