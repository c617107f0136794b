package org.archivist.query.deletion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.archivist.query.QuerySettings;
import org.archivist.query.index.DeletionMarkerPurge;
import org.archivist.query.index.IndexProbe;
import org.archivist.testing.HttpProbe;
import org.archivist.testing.StackIntegrationTest;
import org.archivist.testing.TestKeys;
import org.archivist.testing.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Deleting on the real broker and node. The deletions are published to the topic this service consumes, standing in
 * for enrich-service, which passes tombstones on unchanged (EnrichPipelineIT); so each deletion here takes the whole
 * way back through Kafka to the indexer, as in the running pipeline.
 */
@StackIntegrationTest(properties = {
        "archivist.query.topic=it-delete-${archivist.it.run}",
        "archivist.query.deletion-topic=it-delete-${archivist.it.run}",
        "archivist.query.index-alias=it-delete-${archivist.it.run}",
        "spring.kafka.consumer.group-id=it-delete-${archivist.it.run}" })
class DeletionIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    QuerySettings settings;

    @Autowired
    DeletionMarkerPurge purge;

    HttpProbe reader;
    HttpProbe admin;

    @BeforeEach
    void setUp() {
        reader = new HttpProbe(port);
        admin = new HttpProbe(port, TestKeys.ADMIN);
    }

    private ObjectNode article(String id, String source, String title, String ingestedAt, String citedUrl) {
        ObjectNode article = json.createObjectNode();
        article.put("schemaVersion", 1).put("id", id).put("source", source).put("url", "https://example.org/" + id)
                .put("title", title).put("ingestedAt", ingestedAt).put("enrichedAt", ingestedAt);
        article.putArray("paragraphs").add("Harbour dredging goes on, says " + title + ".");
        if (citedUrl != null) {
            article.putArray("footnotes").addObject().put("number", 1).put("text", "See " + citedUrl);
            ObjectNode link = article.putArray("footnoteLinks").addObject().put("number", 1);
            link.putArray("markers");
            link.putObject("citation").put("title", "Cited").put("url", citedUrl).putArray("authors");
            link.putNull("resolvedArticleId");
        }
        return article;
    }

    private void send(ObjectNode article) {
        TopicProbe.send(settings.topic(), article.get("id").asString(), article.toString());
    }

    private void awaitStatus(String id, int status) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(100))
                .until(() -> reader.get("/api/articles/" + id).statusCode() == status);
    }

    private JsonNode get(String path) {
        HttpResponse<String> response = reader.get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> delete(HttpProbe caller, String path) {
        return caller.send("DELETE", path, null);
    }

    @Test
    void aDeletedArticleLeavesReadsSearchAndCitationsAndTheAuditLogKeepsWhy() {
        send(article("cited", "it", "Dredging report", "2026-11-25T10:00:00Z", null));
        send(article("citing", "it", "Dredging follow-up", "2026-11-25T10:00:01Z", "https://example.org/cited"));
        awaitStatus("citing", 200);
        awaitStatus("cited", 200);
        // Links are decided by searches, which see what the last refresh made searchable.
        await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            assertThat(get("/api/articles/citing").at("/footnoteLinks/0/resolvedArticleId").asString())
                    .isEqualTo("cited");
            assertThat(get("/api/articles/cited/cited-by").toString()).contains("citing");
        });

        HttpResponse<String> deleted = delete(admin, "/api/articles/cited?reason=takedown%20request");

        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(202);
        JsonNode receipt = json.readTree(deleted.body());
        assertThat(receipt.get("id").asString()).isEqualTo("cited");
        assertThat(receipt.get("reason").asString()).isEqualTo("takedown request");
        assertThat(Instant.parse(receipt.get("deletedAt").asString())).isAfter(Instant.parse("2026-11-25T10:00:00Z"));
        awaitStatus("cited", 404);
        await().atMost(WAIT).pollInterval(Duration.ofMillis(100))
                .until(() -> get("/api/search?q=report&source=it").get("total").asLong() == 0);
        await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> assertThat(
                get("/api/articles/citing").at("/footnoteLinks/0/resolvedArticleId").isNull()).isTrue());
        assertThat(reader.get("/api/articles/cited/cited-by").statusCode()).isEqualTo(404);
        assertThat(delete(admin, "/api/articles/cited?reason=again").statusCode()).isEqualTo(404);
        String audit = new HttpProbe(managementPort, TestKeys.ADMIN).get("/actuator/auditevents?type=ARTICLE_DELETED")
                .body();
        assertThat(audit).contains("\"principal\":\"test-admin\"").contains("takedown request").contains("cited");
    }

    @Test
    void anOlderVersionOrAReplayedDeadLetterArrivingAfterTheDeleteNeverBringsItBack() {
        ObjectNode original = article("redelivered", "it", "Pier closure", "2026-11-25T11:00:00Z", null);
        send(original);
        awaitStatus("redelivered", 200);
        assertThat(delete(admin, "/api/articles/redelivered?reason=wrong%20import").statusCode()).isEqualTo(202);
        awaitStatus("redelivered", 404);

        // The same version again (a redelivery), then as a dead letter replayed without its dead-letter headers,
        // then a version older still; a marker after them shows they were all consumed.
        send(original);
        TopicProbe.send(new ProducerRecord<>(settings.topic(), null, "redelivered", original.toString(),
                new RecordHeaders()));
        send(article("redelivered", "it", "Pier closure (first draft)", "2026-11-25T09:00:00Z", null));
        send(article("marker-after-redelivery", "it", "Marker", "2026-11-25T11:00:00Z", null));
        awaitStatus("marker-after-redelivery", 200);

        assertThat(reader.get("/api/articles/redelivered").statusCode()).isEqualTo(404);
    }

    @Test
    void markersOlderThanTheRetentionArePurgedAndNewerOnesStillRefuseOlderVersions() throws Exception {
        send(article("purged", "it", "Quay repairs", "2026-11-25T13:00:00Z", null));
        send(article("kept", "it", "Quay lighting", "2026-11-25T13:00:00Z", null));
        awaitStatus("purged", 200);
        awaitStatus("kept", 200);
        assertThat(delete(admin, "/api/articles/purged?reason=old").statusCode()).isEqualTo(202);
        awaitStatus("purged", 404);
        Instant between = Instant.now();
        await().pollDelay(Duration.ofMillis(5)).until(() -> Instant.now().isAfter(between));
        assertThat(delete(admin, "/api/articles/kept?reason=recent").statusCode()).isEqualTo(202);
        awaitStatus("kept", 404);

        // As if the retention had run out between the two deletes (other tests' markers are older still).
        IndexProbe index = new IndexProbe(settings.indexAlias());
        index.refresh();
        assertThat(purge.purge(between.plus(settings.deletionMarkerRetention()))).isPositive();

        assertThat(index.stored("purged").path("found").asBoolean()).isFalse();
        assertThat(index.stored("kept").path("_source").has("deletedAt")).isTrue();

        // The kept marker still refuses an older version.
        send(article("kept", "it", "Quay lighting (draft)", "2026-11-25T12:00:00Z", null));
        send(article("marker-after-purge", "it", "Marker", "2026-11-25T13:00:00Z", null));
        awaitStatus("marker-after-purge", 200);
        assertThat(reader.get("/api/articles/kept").statusCode()).isEqualTo(404);
    }

    @Test
    void aVersionIngestedAfterTheDeleteBringsTheArticleBack() {
        send(article("reposted", "it", "Ferry timetable", "2026-11-25T12:00:00Z", null));
        awaitStatus("reposted", 200);
        assertThat(delete(admin, "/api/articles/reposted?reason=mistake").statusCode()).isEqualTo(202);
        awaitStatus("reposted", 404);

        send(article("reposted", "it", "Ferry timetable, corrected", Instant.now().plusSeconds(1).toString(), null));

        awaitStatus("reposted", 200);
        assertThat(get("/api/articles/reposted").get("title").asString()).isEqualTo("Ferry timetable, corrected");
    }

    @Test
    void aSourceIsCountedThenTakenDownAndOtherSourcesStay() {
        for (int n = 0; n < 5; n++) {
            send(article("takedown-" + n, "it-takedown", "Mill notice " + n, "2026-11-25T13:00:00Z", null));
        }
        send(article("kept", "it-kept", "Mill notice kept", "2026-11-25T13:00:00Z", null));
        awaitStatus("kept", 200);
        for (int n = 0; n < 5; n++) {
            awaitStatus("takedown-" + n, 200);
        }

        HttpResponse<String> dryRun = delete(admin, "/api/articles?source=it-takedown&dryRun=true");
        assertThat(dryRun.statusCode()).isEqualTo(200);
        assertThat(json.readTree(dryRun.body()).get("count").asLong()).isEqualTo(5);
        assertThat(json.readTree(dryRun.body()).get("dryRun").asBoolean()).isTrue();
        assertThat(reader.get("/api/articles/takedown-0").statusCode()).isEqualTo(200);

        HttpResponse<String> takedown = delete(admin, "/api/articles?source=it-takedown&reason=source%20asked");

        assertThat(takedown.statusCode()).as(takedown.body()).isEqualTo(202);
        assertThat(json.readTree(takedown.body()).get("count").asLong()).isEqualTo(5);
        for (int n = 0; n < 5; n++) {
            awaitStatus("takedown-" + n, 404);
        }
        // A get by id sees a deletion at once; a search once the index has refreshed (500 ms).
        await().atMost(WAIT).pollInterval(Duration.ofMillis(100))
                .until(() -> get("/api/search?source=it-takedown").get("total").asLong() == 0);
        assertThat(reader.get("/api/articles/kept").statusCode()).isEqualTo(200);
        assertThat(new HttpProbe(managementPort, TestKeys.ADMIN).get("/actuator/auditevents?type=SOURCE_TAKEN_DOWN")
                .body()).contains("source asked").contains("it-takedown");
    }

    @Test
    void aDeleteNeedsAReasonAndAStoredArticleAndATakedownNeedsASource() {
        JsonNode noReason = json.readTree(delete(admin, "/api/articles/anything").body());
        assertThat(noReason.get("status").asInt()).isEqualTo(400);
        assertThat(noReason.get("parameter").asString()).isEqualTo("reason");
        assertThat(delete(admin, "/api/articles/no-such-article?reason=x").statusCode()).isEqualTo(404);
        JsonNode noSource = json.readTree(delete(admin, "/api/articles?reason=x").body());
        assertThat(noSource.get("status").asInt()).isEqualTo(400);
        assertThat(noSource.get("parameter").asString()).isEqualTo("source");
        assertThat(delete(admin, "/api/articles/anything?reason=" + "x".repeat(501)).statusCode()).isEqualTo(400);
    }
}
