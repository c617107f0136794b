package org.archivist.query;

import static org.archivist.testing.AccessTable.admins;
import static org.archivist.testing.AccessTable.open;
import static org.archivist.testing.AccessTable.writers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.archivist.contract.EnrichedArticle;
import org.archivist.query.index.ArticleIndexer;
import org.archivist.testing.AccessTable;
import org.archivist.testing.AccessTable.Endpoint;
import org.archivist.testing.AccessTable.Port;
import org.archivist.testing.AccessTable.Row;
import org.archivist.testing.AccessTableTest;
import org.archivist.testing.HttpProbe;
import org.archivist.testing.StackIntegrationTest;
import org.archivist.testing.TestKeys;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call what on query-service with public reads (the default), over real HTTP on both ports, for every
 * endpoint and every kind of caller (no key, an unknown key, reader, writer, admin): reads are open, the
 * reindex and every other actuator endpoint but health and info need the admin key; and no plain key ever
 * reaches a log line. The admin's reindex runs on this test's own index.
 */
@StackIntegrationTest(properties = {
        "archivist.query.topic=it-security-${archivist.it.run}",
        "archivist.query.index-alias=it-security-${archivist.it.run}",
        "spring.kafka.consumer.group-id=it-security-${archivist.it.run}",
        // The table sends many unknown keys and writes from one address: no budget may turn a row into a 429.
        "archivist.security.failed-attempts.requests=1000", "archivist.security.failed-attempts.per=1m",
        "archivist.security.writes.requests=1000", "archivist.security.writes.per=1m" })
class SecurityIT extends AccessTableTest {

    static final String ID = "it-security";

    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    ArticleIndexer indexer;

    @BeforeAll
    void storeOneArticle() throws IOException {
        indexer.index(List.of(article(json)));
    }

    /** The stored article every read of the table asks for. */
    static EnrichedArticle article(JsonMapper json) {
        return json.readValue("""
                {"schemaVersion": 1, "id": "%s", "source": "it", "title": "Harbour office opens",
                 "paragraphs": ["The harbour office opened on Monday."],
                 "ingestedAt": "2026-11-25T10:00:00Z", "enrichedAt": "2026-11-25T10:00:01Z"}
                """.formatted(ID), EnrichedArticle.class);
    }

    static Stream<Row> table() {
        return Stream.of(
                open(Endpoint.get(Port.API, "/api/search?q=harbour"), 200),
                open(Endpoint.head(Port.API, "/api/search?q=harbour"), 200),
                open(Endpoint.get(Port.API, "/api/articles/" + ID), 200),
                open(Endpoint.get(Port.API, "/api/articles/no-such-article"), 404),
                open(Endpoint.get(Port.API, "/api/articles/" + ID + "/similar"), 200),
                open(Endpoint.get(Port.API, "/api/articles/" + ID + "/cited-by"), 200),
                open(Endpoint.get(Port.API, "/api/export?q=harbour&format=csv"), 200),
                open(Endpoint.head(Port.API, "/api/export?q=harbour"), 200),
                open(Endpoint.get(Port.API, "/"), 200),
                open(Endpoint.get(Port.API, "/js/main.js"), 200),
                open(Endpoint.get(Port.API, "/v3/api-docs"), 200),
                open(Endpoint.get(Port.API, "/swagger-ui/index.html"), 200),
                // Every method but GET and HEAD needs a writer, even where nothing takes it.
                writers(Endpoint.post(Port.API, "/api/search?q=harbour", "application/json", "{}"), 405),
                // Deletes need the admin key; these two publish nothing (no reason given; a dry run).
                admins(Endpoint.delete(Port.API, "/api/articles/" + ID), 400),
                admins(Endpoint.delete(Port.API, "/api/articles?source=it&dryRun=true"), 200),
                // Actuator is not served on the API port.
                open(Endpoint.get(Port.API, "/actuator/reindex"), 404),
                AccessTable.actuatorRows(),
                admins(Endpoint.get(Port.MANAGEMENT, "/actuator/reindex"), 200),
                admins(Endpoint.get(Port.MANAGEMENT, "/actuator/rebuild"), 200),
                // The admin's call starts a reindex of this test's index; reindexRunsToTheEnd waits for it.
                admins(Endpoint.post(Port.MANAGEMENT, "/actuator/reindex", "application/json", ""), 200))
                .flatMap(rows -> rows);
    }

    @Order(2)
    @Test
    void reindexStartedByTheAdminRunsToTheEnd() {
        HttpProbe admin = new HttpProbe(managementPort, TestKeys.ADMIN);
        if (status(admin).get("phase").asString().equals("IDLE")) {
            // This test ran without the table.
            assertThat(admin.post("/actuator/reindex", "application/json", "").statusCode()).isEqualTo(200);
        }

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> !status(admin).get("running").asBoolean());

        JsonNode status = status(admin);
        assertThat(status.get("phase").asString()).as(status.toString()).isEqualTo("DONE");
        assertThat(status.get("copied").asLong()).isEqualTo(1);
        assertThat(admin.get("/actuator/auditevents?type=REINDEX_REQUESTED").body())
                .contains("\"principal\":\"test-admin\"");
        assertThat(new HttpProbe(port).get("/api/articles/" + ID).statusCode()).isEqualTo(200);
    }

    @Order(Integer.MAX_VALUE)
    @Test
    void noPlainKeyEverReachesALogLine() {
        AccessTable.assertNoKeyLeaked(port, managementPort, logs);
    }

    private JsonNode status(HttpProbe admin) {
        HttpResponse<String> response = admin.get("/actuator/reindex");
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }
}
