package org.archivist.query.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.archivist.query.QuerySettings;
import org.archivist.testing.HttpProbe;
import org.archivist.testing.TestKeys;
import org.archivist.testing.StackIntegrationTest;
import org.archivist.testing.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Enriched articles on the real broker end up in the real Elasticsearch node, newest version winning. */
@StackIntegrationTest(properties = {
        "archivist.query.topic=it-enriched-${archivist.it.run}",
        "archivist.query.index-alias=it-articles-${archivist.it.run}",
        "spring.kafka.consumer.group-id=it-query-${archivist.it.run}" })
class IndexingIT {

    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    QuerySettings settings;

    HttpProbe http;

    @BeforeEach
    void setUp() {
        http = new HttpProbe(port);
    }

    static String article(String id, String title, String ingestedAt) {
        return article(id, title, "Nothing else happened.", ingestedAt);
    }

    static String article(String id, String title, String paragraph, String ingestedAt) {
        return """
                {"schemaVersion":1,"id":"%s","source":"it","title":"%s","authors":["Ana Müller"],
                 "paragraphs":["%s"],"ingestedAt":"%s","enrichedAt":"%s"}
                """.formatted(id, title, paragraph, ingestedAt, ingestedAt);
    }

    @Test
    void enrichedArticleBecomesRetrievableAndSearchableWithFoldingAndStemming() {
        TopicProbe.send(settings.topic(), "q1", article("q1", "Talks resume",
                "Negotiations in São Paulo continued.", "2026-11-25T10:00:00Z"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(http.get("/api/articles/q1").statusCode()).isEqualTo(200));
        JsonNode stored = json.readTree(http.get("/api/articles/q1").body());
        assertThat(stored.get("title").asString()).isEqualTo("Talks resume");
        assertThat(stored.get("indexedAt").asString()).isNotBlank();
        // Sent without one, as enrich-service did before it recorded what computed the enrichment.
        assertThat(stored.path("enrichmentVersion").isNull()).as(stored.toString()).isTrue();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode found = json.readTree(http.get("/api/search?q=sao%20paulo%20negotiation").body());
            assertThat(found.get("total").asLong()).isEqualTo(1);
            assertThat(found.get("hits").get(0).get("id").asString()).isEqualTo("q1");
        });
    }

    @Test
    void olderVersionArrivingLateDoesNotReplaceTheNewerOne() {
        TopicProbe.send(settings.topic(), "q2", article("q2", "Second version", "2026-11-25T12:00:00Z"));
        TopicProbe.send(settings.topic(), "q2", article("q2", "First version", "2026-11-25T11:00:00Z"));
        // Same key, so same partition and after the late record: once the marker is stored, the late one was read.
        TopicProbe.send(settings.topic(), "q2", article("q2-marker", "Marker", "2026-11-25T11:00:00Z"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(http.get("/api/articles/q2-marker").statusCode()).isEqualTo(200));
        assertThat(json.readTree(http.get("/api/articles/q2").body()).get("title").asString())
                .isEqualTo("Second version");
    }

    @Test
    void sameArticleTwiceIsOneDocumentHoldingTheNewerCopy() {
        TopicProbe.send(settings.topic(), "q3", article("q3", "Twice posted", "Posted first.", "2026-11-25T10:00:00Z"));
        TopicProbe.send(settings.topic(), "q3", article("q3", "Twice posted", "Posted again.", "2026-11-25T10:05:00Z"));
        TopicProbe.send(settings.topic(), "q3", article("q3-marker", "Marker", "2026-11-25T10:00:00Z"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(http.get("/api/articles/q3-marker").statusCode()).isEqualTo(200));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            JsonNode found = json.readTree(http.get("/api/search?q=%22twice%20posted%22").body());
            assertThat(found.get("total").asLong()).isEqualTo(1);
        });
        JsonNode stored = json.readTree(http.get("/api/articles/q3").body());
        assertThat(stored.get("paragraphs").get(0).asString()).isEqualTo("Posted again.");
    }

    @Test
    void unknownArticleIsA404Problem() {
        HttpResponse<String> response = http.get("/api/articles/does-not-exist");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void unreadableRecordGoesToTheDeadLetterTopic() {
        TopicProbe.send(settings.topic(), "broken", "{\"id\": ");

        List<TopicProbe.Received> dead = TopicProbe.readKeys(settings.topic() + ".DLT", List.of("broken"),
                Duration.ofSeconds(30));

        assertThat(dead).extracting(TopicProbe.Received::key).containsExactly("broken");
        assertThat(dead.getFirst().headers()).containsKey("kafka_dlt-exception-message");
    }

    @Test
    void articleElasticsearchRejectsForGoodGoesToTheDeadLetterTopicWithTheReason() {
        // Readable as an EnrichedArticle, but 1e300 does not fit the mapping's float: the node refuses the document.
        String article = article("q-rejected", "Score out of range", "2026-11-25T10:00:00Z").replace("}\n",
                ",\"categories\":[{\"code\":\"medtop:04000000\",\"label\":\"economy\",\"score\":1e300,"
                        + "\"origin\":\"lexicon\",\"evidence\":[]}]}\n");
        TopicProbe.send(settings.topic(), "q-rejected", article);

        List<TopicProbe.Received> dead = TopicProbe.readKeys(settings.topic() + ".DLT", List.of("q-rejected"),
                Duration.ofSeconds(30));

        assertThat(dead).extracting(TopicProbe.Received::key).containsExactly("q-rejected");
        assertThat(dead.getFirst().value()).contains("\"id\":\"q-rejected\"", "\"score\":1.0E300");
        assertThat(dead.getFirst().headers().get("kafka_dlt-exception-message"))
                .contains("Elasticsearch rejected article q-rejected", "categories.score");
        assertThat(http.get("/api/articles/q-rejected").statusCode()).isEqualTo(404);
    }

    @Test
    void readinessIncludesKafkaAndElasticsearch() {
        HttpResponse<String> response = new HttpProbe(managementPort, TestKeys.ADMIN).get("/actuator/health/readiness");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"elasticsearch\":{", "\"kafka\":{");
    }
}
