package org.archivist.ingest.web;

import static org.archivist.testing.AccessTable.admins;
import static org.archivist.testing.AccessTable.open;
import static org.archivist.testing.AccessTable.writers;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.archivist.ingest.IngestApplication;
import org.archivist.ingest.IngestSettings;
import org.archivist.testing.AccessTable;
import org.archivist.testing.AccessTable.Caller;
import org.archivist.testing.AccessTable.Endpoint;
import org.archivist.testing.AccessTable.Port;
import org.archivist.testing.AccessTable.Row;
import org.archivist.testing.AccessTableTest;
import org.archivist.testing.HttpProbe;
import org.archivist.testing.LocalStackInitializer;
import org.archivist.testing.StackIntegrationTest;
import org.archivist.testing.TestKeys;
import org.archivist.testing.TopicProbe;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call what on ingest-service, over real HTTP on both ports, for every endpoint and every kind of caller
 * (no key, an unknown key, reader, writer, admin); a page on another site cannot publish; health shows only its
 * status without the admin key; an article larger than Kafka takes is a 413 naming the limit; and no plain key ever
 * reaches a log line.
 */
@StackIntegrationTest(properties = {
        "archivist.ingest.topic=it-security-${archivist.it.run}",
        "spring.kafka.producer.transaction-id-prefix=it-security-${archivist.it.run}-",
        // The table sends many unknown keys and writes from one address: no budget may turn a row into a 429.
        "archivist.security.failed-attempts.requests=1000", "archivist.security.failed-attempts.per=1m",
        "archivist.security.writes.requests=1000", "archivist.security.writes.per=1m" })
// The whole application: without classes, Boot would pick ChunkedBodyLimitTests.WebOnly, the first
// @SpringBootConfiguration it finds from this package. Naming them replaces @StackIntegrationTest's
// @ContextConfiguration, so its initializer is named again.
@ContextConfiguration(classes = IngestApplication.class, initializers = LocalStackInitializer.class)
class SecurityIT extends AccessTableTest {

    private static final String ARTICLE = """
            {"title": "Harbour office opens", "source": "it-security",
             "paragraphs": ["The harbour office opened on Monday."]}
            """;

    private static final String PAGE = ArchiveControllerTests.TWO_POSTS;

    private static final String CROSS_ORIGIN = "https://elsewhere.example";

    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    IngestSettings settings;

    static Stream<Row> table() {
        return Stream.of(
                writers(Endpoint.post(Port.API, "/api/articles", "application/json", ARTICLE), 202),
                writers(Endpoint.post(Port.API, "/api/archives?source=it-security&dryRun=true",
                        "text/plain; charset=utf-8", PAGE), 200),
                open(Endpoint.get(Port.API, "/v3/api-docs"), 200),
                open(Endpoint.head(Port.API, "/v3/api-docs"), 200),
                open(Endpoint.get(Port.API, "/swagger-ui/index.html"), 200),
                // No DELETE endpoint exists; an admin gets past the security chain to the 405.
                admins(Endpoint.delete(Port.API, "/api/articles"), 405),
                AccessTable.actuatorRows())
                .flatMap(rows -> rows);
    }

    @Order(2)
    @Test
    void crossOriginPageCannotPublishWithoutAKeyNorPreflightToSendOne() {
        HttpProbe anonymous = new HttpProbe(port);
        // What a form or fetch() on another site may send without a preflight: no key, text/plain.
        HttpResponse<String> refused = anonymous.send(anonymous.request("/api/archives?source=it-cross-origin")
                .header("Origin", CROSS_ORIGIN).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(PAGE)).build());

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        // The ids the refused request would have published, as a dry run with a key shows them: none is on the topic.
        HttpResponse<String> dryRun = new HttpProbe(port, TestKeys.WRITER)
                .post("/api/archives?source=it-cross-origin&dryRun=true", "text/plain", PAGE);
        assertThat(dryRun.statusCode()).isEqualTo(200);
        List<String> ids = json.readTree(dryRun.body()).get("articles").valueStream()
                .map(article -> article.get("id").asString()).toList();
        assertThat(ids).hasSize(2);
        assertThat(TopicProbe.readKeys(settings.topic(), ids, Duration.ofSeconds(3))).isEmpty();

        // Sending a key from that page needs a preflight, which gets no CORS permission.
        HttpResponse<String> preflight = anonymous.send(anonymous.request("/api/archives")
                .header("Origin", CROSS_ORIGIN).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "x-api-key")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(preflight.headers().map().keySet()).as("preflight answered %d", preflight.statusCode())
                .noneMatch(header -> header.toLowerCase().startsWith("access-control-allow-"));
    }

    @Order(2)
    @Test
    void healthShowsOnlyItsStatusWithoutTheAdminKey() {
        for (Caller caller : List.of(Caller.NONE, Caller.READER, Caller.WRITER)) {
            for (String path : List.of("/actuator/health", "/actuator/health/readiness")) {
                HttpResponse<String> response = new HttpProbe(managementPort, caller.key()).get(path);
                assertThat(response.statusCode()).as("%s as %s", path, caller).isEqualTo(200);
                JsonNode health = json.readTree(response.body());
                assertThat(propertyNames(health)).as("%s as %s: %s", path, caller, response.body())
                        .contains("status").doesNotContain("components", "details")
                        .isSubsetOf("status", "groups");
            }
        }

        JsonNode admin = json.readTree(new HttpProbe(managementPort, TestKeys.ADMIN).get("/actuator/health").body());

        assertThat(admin.get("status").asString()).isEqualTo("UP");
        assertThat(propertyNames(admin.get("components"))).contains("kafka", "diskSpace");
    }

    @Order(2)
    @Test
    void articleLargerThanKafkaTakesIsA413NamingTheLimit() {
        // About 1.2 MB: under the 10 MB body limit, over the producer's max.request.size of 1 MiB.
        String paragraph = "The tide came in again. ".repeat(50_000);
        String article = """
                {"title": "Very long report", "source": "it-security-large", "paragraphs": ["%s"]}
                """.formatted(paragraph);

        HttpResponse<String> response = new HttpProbe(port, TestKeys.WRITER).post("/api/articles", "application/json",
                article);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("title").asString()).isEqualTo("Article too large for Kafka");
        assertThat(problem.get("detail").asString()).contains("1048576", "max.request.size");
        assertThat(problem.get("articleId").asString()).hasSize(32);
    }

    @Order(Integer.MAX_VALUE)
    @Test
    void noPlainKeyEverReachesALogLine() {
        AccessTable.assertNoKeyLeaked(port, managementPort, logs);
    }

    private static List<String> propertyNames(JsonNode node) {
        return node.properties().stream().map(Map.Entry::getKey).toList();
    }
}
