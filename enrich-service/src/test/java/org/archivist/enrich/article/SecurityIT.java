package org.archivist.enrich.article;

import static org.archivist.testing.AccessTable.admins;
import static org.archivist.testing.AccessTable.writers;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.archivist.testing.AccessTable;
import org.archivist.testing.AccessTable.Endpoint;
import org.archivist.testing.AccessTable.Port;
import org.archivist.testing.AccessTable.Row;
import org.archivist.testing.AccessTableTest;
import org.archivist.testing.HttpProbe;
import org.archivist.testing.StackIntegrationTest;
import org.archivist.testing.TestKeys;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call what on enrich-service, over real HTTP on both ports, for every endpoint and every kind of caller
 * (no key, an unknown key, reader, writer, admin); a body over enrich's 2 MB limit is a 413 however it is sent; and
 * no plain key ever reaches a log line.
 */
@StackIntegrationTest(properties = {
        "archivist.enrich.input-topic=it-security-ingested-${archivist.it.run}",
        "archivist.enrich.output-topic=it-security-enriched-${archivist.it.run}",
        "spring.kafka.consumer.group-id=it-security-enrich-${archivist.it.run}",
        // The table sends many unknown keys and writes from one address: no budget may turn a row into a 429.
        "archivist.security.failed-attempts.requests=1000", "archivist.security.failed-attempts.per=1m",
        "archivist.security.writes.requests=1000", "archivist.security.writes.per=1m" })
class SecurityIT extends AccessTableTest {

    private static final String ARTICLE = """
            {"schemaVersion": 1, "id": "it-security", "source": "it", "title": "Court rejects motion",
             "paragraphs": ["The court in Lisbon dismissed the motion [1]."],
             "footnotes": [{"number": 1, "text": "“Court declines to halt auction”, Lee Wong, 2020."}]}
            """;

    /** enrich-service's archivist.security.max-body-size, 2MB in its application.yml. */
    private static final long LIMIT = 2L * 1024 * 1024;

    private final JsonMapper json = JsonMapper.builder().build();

    static Stream<Row> table() {
        return Stream.of(
                writers(Endpoint.post(Port.API, "/api/enrich/preview", "application/json", ARTICLE), 200),
                // No DELETE endpoint exists; an admin gets past the security chain to the 405.
                admins(Endpoint.delete(Port.API, "/api/enrich/preview"), 405),
                AccessTable.actuatorRows(),
                admins(Endpoint.get(Port.MANAGEMENT, "/actuator/reenrich"), 200),
                // The admin's call starts a pass over this test's own (near empty) topic.
                admins(Endpoint.post(Port.MANAGEMENT, "/actuator/reenrich", "application/json", ""), 200))
                .flatMap(rows -> rows);
    }

    @Order(2)
    @Test
    void previewAnswersTheEnrichedArticle() {
        HttpResponse<String> response = new HttpProbe(port, TestKeys.WRITER).post("/api/enrich/preview",
                "application/json", ARTICLE);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode enriched = json.readTree(response.body());
        assertThat(enriched.get("id").asString()).isEqualTo("it-security");
        assertThat(enriched.has("footnoteLinks")).isTrue();
    }

    @Order(2)
    @ParameterizedTest(name = "chunked={0}")
    @ValueSource(booleans = { false, true })
    void bodyOverTheLimitIsA413NamingTheLimit(boolean chunked) {
        byte[] body = ("{\"title\": \"Huge\", \"paragraphs\": [\"" + "The tide came in again. ".repeat(110_000)
                + "\"]}").getBytes(StandardCharsets.UTF_8);
        assertThat((long) body.length).isGreaterThan(LIMIT);
        HttpProbe http = new HttpProbe(port, TestKeys.WRITER);
        HttpRequest.BodyPublisher publisher = chunked
                ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                : HttpRequest.BodyPublishers.ofByteArray(body);

        HttpResponse<String> response = http.send(http.request("/api/enrich/preview")
                .header("Content-Type", "application/json").POST(publisher).build());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("title").asString()).isEqualTo("Body too large");
        assertThat(problem.get("limitBytes").asLong()).isEqualTo(LIMIT);
        assertThat(problem.get("detail").asString()).contains(Long.toString(LIMIT));
    }

    @Order(Integer.MAX_VALUE)
    @Test
    void noPlainKeyEverReachesALogLine() {
        AccessTable.assertNoKeyLeaked(port, managementPort, logs);
    }
}
