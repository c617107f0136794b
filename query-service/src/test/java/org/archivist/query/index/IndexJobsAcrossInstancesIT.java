package org.archivist.query.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.archivist.query.QuerySettings;
import org.archivist.testing.HttpProbe;
import org.archivist.testing.ServiceProcess;
import org.archivist.testing.StackIntegrationTest;
import org.archivist.testing.TestKeys;
import org.archivist.testing.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two instances of query-service on one alias, this one and a second from the jar as a process of its own: two
 * reindex requests sent at once, one to each, start exactly one reindex; the other answers {@code 409} naming the
 * job and the instance that runs it. Once it has ended, either instance may start the next one.
 */
@StackIntegrationTest(properties = {
        "archivist.query.topic=it-jobs-${archivist.it.run}",
        "archivist.query.index-alias=it-jobs-${archivist.it.run}",
        "spring.kafka.consumer.group-id=it-jobs-${archivist.it.run}" })
class IndexJobsAcrossInstancesIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    QuerySettings settings;

    @Value("${archivist.it.run}")
    String run;

    @Test
    void twoReindexRequestsAtOnceOnTwoInstancesStartOneAndTheOtherIsTold() throws Exception {
        for (int n = 0; n < 300; n++) {
            TopicProbe.send(settings.topic(), "j" + n, """
                    {"schemaVersion":1,"id":"j%d","source":"it","title":"Ferry timetable %d","paragraphs":["The ferry \
                    runs again."],"ingestedAt":"2026-12-01T10:00:00Z","enrichedAt":"2026-12-01T10:00:01Z"}
                    """.formatted(n, n));
        }
        HttpProbe http = new HttpProbe(port);
        await().atMost(WAIT).until(() -> json.readTree(http.get("/api/search?size=1&q=ferry").body())
                .get("total").asLong() == 300);

        try (ServiceProcess second = ServiceProcess.start("query",
                "--archivist.query.topic=" + settings.topic(),
                "--archivist.query.index-alias=" + settings.indexAlias(),
                "--spring.kafka.consumer.group-id=it-jobs-" + run)) {
            List<HttpProbe> instances = List.of(new HttpProbe(managementPort, TestKeys.ADMIN),
                    new HttpProbe(second.managementPort(), TestKeys.ADMIN));
            // A thread per instance, both released at once (the common pool may have a single thread on 2 cores).
            CountDownLatch ready = new CountDownLatch(2);
            List<CompletableFuture<HttpResponse<String>>> answers = instances.stream().map(admin -> {
                CompletableFuture<HttpResponse<String>> answer = new CompletableFuture<>();
                Thread.ofPlatform().start(() -> {
                    ready.countDown();
                    awaitQuietly(ready);
                    try {
                        answer.complete(admin.post("/actuator/reindex", "application/json", ""));
                    } catch (RuntimeException e) {
                        answer.completeExceptionally(e);
                    }
                });
                return answer;
            }).toList();
            List<HttpResponse<String>> both = answers.stream().map(CompletableFuture::join).toList();

            assertThat(both).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 409);
            HttpResponse<String> refused = both.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
            assertThat(json.readTree(refused.body()).get("detail").asString())
                    .contains("Cannot start a reindex: a reindex is running on ", "/actuator/reindex");
            HttpProbe runner = instances.get(both.indexOf(both.stream().filter(r -> r.statusCode() == 200)
                    .findFirst().orElseThrow()));
            await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() ->
                    !json.readTree(runner.get("/actuator/reindex").body()).get("running").asBoolean());
            assertThat(json.readTree(runner.get("/actuator/reindex").body()).get("phase").asString())
                    .isEqualTo("DONE");

            // The lease is gone with the job: the other instance may run the next one.
            HttpProbe other = instances.get(1 - instances.indexOf(runner));
            HttpResponse<String> next = other.post("/actuator/rebuild", "application/json", "");
            assertThat(next.statusCode()).as(next.body()).isEqualTo(200);
            await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() ->
                    !json.readTree(other.get("/actuator/rebuild").body()).get("running").asBoolean());
            JsonNode rebuilt = json.readTree(other.get("/actuator/rebuild").body());
            assertThat(rebuilt.get("phase").asString()).as(rebuilt.toString()).isEqualTo("DONE");
        }
        assertThat(json.readTree(http.get("/api/search?size=1&q=ferry").body()).get("total").asLong()).isEqualTo(300);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
