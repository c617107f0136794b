package org.archivist.query.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.archivist.query.QuerySettings;
import org.archivist.testing.HttpProbe;
import org.archivist.testing.StackIntegrationTest;
import org.archivist.testing.TestKeys;
import org.archivist.testing.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The log is the archive: 2,000 articles, some citing others; 100 deleted one by one and a whole source taken down;
 * then Elasticsearch loses every index version of the archive, and a rebuild from the log gives back the same
 * articles at the same versions with the same citation links, and none of the deleted ones. The articles go to the
 * enriched topic as enrich-service would write them, and deletions come back to it the same way (enrich passes
 * tombstones on unchanged: EnrichPipelineIT).
 */
@StackIntegrationTest(properties = {
        "archivist.query.topic=it-lifecycle-${archivist.it.run}",
        "archivist.query.deletion-topic=it-lifecycle-${archivist.it.run}",
        "archivist.query.index-alias=it-lifecycle-${archivist.it.run}",
        "spring.kafka.consumer.group-id=it-lifecycle-${archivist.it.run}" })
class LifecycleIT {

    private static final int ARTICLES = 2_000;
    private static final int DELETED = 100;
    /** Every tenth article is from the source taken down. */
    private static final String TAKEN_DOWN = "it-withdrawn";
    private static final Duration WAIT = Duration.ofSeconds(120);

    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    QuerySettings settings;

    @Autowired
    ElasticsearchClient client;

    @Test
    void purgedElasticsearchIsRebuiltFromTheLogWithTheSameArticlesLinksAndDeletions() throws Exception {
        HttpProbe reader = new HttpProbe(port);
        HttpProbe admin = new HttpProbe(port, TestKeys.ADMIN);
        for (int n = 0; n < ARTICLES; n++) {
            send(article(n));
        }
        await().atMost(WAIT).pollInterval(Duration.ofMillis(250)).until(() -> total(reader, "") == ARTICLES);

        for (int n = 1; n <= DELETED; n++) {
            // Articles 6, 26, 46, ...: never of the source taken down, each cited by the next one.
            HttpResponse<String> deleted = admin.send("DELETE", "/api/articles/" + id(20 * n - 14) + "?reason=test",
                    null);
            assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(202);
        }
        HttpResponse<String> takedown = admin.send("DELETE", "/api/articles?source=" + TAKEN_DOWN + "&reason=test",
                null);
        assertThat(takedown.statusCode()).as(takedown.body()).isEqualTo(202);
        assertThat(json.readTree(takedown.body()).get("count").asLong()).isEqualTo(ARTICLES / 10);
        int left = ARTICLES - DELETED - ARTICLES / 10;
        await().atMost(WAIT).pollInterval(Duration.ofMillis(250)).until(() -> total(reader, "") == left);
        Map<String, String> before = archive(reader);
        assertThat(before.values()).filteredOn("gone"::equals).hasSize(DELETED + ARTICLES / 10);
        assertThat(before.get(id(12))).endsWith("cites " + id(11));
        assertThat(before.get(id(7))).endsWith("cites -");
        assertThat(before.get(id(6))).isEqualTo("gone");

        // Elasticsearch loses the archive: every index version behind the alias, and the alias with them.
        List<String> versions = List.copyOf(client.indices().get(g -> g.index(settings.indexAlias() + "-v*")).indices()
                .keySet());
        assertThat(versions).isNotEmpty();
        client.indices().delete(d -> d.index(versions));
        assertThat(client.indices().existsAlias(a -> a.name(settings.indexAlias())).value()).isFalse();

        HttpProbe management = new HttpProbe(managementPort, TestKeys.ADMIN);
        HttpResponse<String> started = management.post("/actuator/rebuild", "application/json", "");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        await().atMost(WAIT).pollInterval(Duration.ofMillis(250)).until(() ->
                !json.readTree(management.get("/actuator/rebuild").body()).get("running").asBoolean());
        JsonNode status = json.readTree(management.get("/actuator/rebuild").body());
        assertThat(status.get("phase").asString()).as(status.toString()).isEqualTo("DONE");

        assertThat(total(reader, "")).isEqualTo(left);
        assertThat(archive(reader)).isEqualTo(before);
        assertThat(total(reader, "&source=" + TAKEN_DOWN)).isZero();
    }

    /** Per article: gone, or its version and the ids its footnotes resolve to. */
    private Map<String, String> archive(HttpProbe reader) {
        Map<String, String> archive = new TreeMap<>();
        for (int n = 0; n < ARTICLES; n++) {
            HttpResponse<String> response = reader.get("/api/articles/" + id(n));
            if (response.statusCode() == 404) {
                archive.put(id(n), "gone");
                continue;
            }
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode article = json.readTree(response.body());
            List<String> cites = new ArrayList<>();
            for (JsonNode link : article.get("footnoteLinks")) {
                cites.add(link.get("resolvedArticleId").isNull() ? "-" : link.get("resolvedArticleId").asString());
            }
            archive.put(id(n), article.get("ingestedAt").asString() + " cites " + String.join(",", cites));
        }
        return archive;
    }

    private long total(HttpProbe reader, String filters) {
        HttpResponse<String> response = reader.get("/api/search?size=1" + filters);
        return response.statusCode() == 200 ? json.readTree(response.body()).get("total").asLong() : -1;
    }

    private static String id(int n) {
        return "life-" + n;
    }

    /** Article n: every third one has a second, newer version; every fifth cites article n - 1 by its URL. */
    private ObjectNode article(int n) {
        ObjectNode article = json.createObjectNode();
        String ingestedAt = n % 3 == 0 ? "2026-11-25T11:00:00Z" : "2026-11-25T10:00:00Z";
        article.put("schemaVersion", 1).put("id", id(n)).put("source", n % 10 == 5 ? TAKEN_DOWN : "it-kept")
                .put("url", "https://example.org/life/" + n).put("title", "Harbour log " + n)
                .put("ingestedAt", ingestedAt).put("enrichedAt", ingestedAt);
        article.putArray("paragraphs").add("Entry " + n + " of the harbour log.");
        if (n % 5 == 2 && n > 0) {
            article.putArray("footnotes").addObject().put("number", 1).put("text", "See entry " + (n - 1));
            ObjectNode link = article.putArray("footnoteLinks").addObject().put("number", 1);
            link.putArray("markers");
            link.putObject("citation").put("title", "Harbour log " + (n - 1))
                    .put("url", "https://example.org/life/" + (n - 1)).putArray("authors");
            link.putNull("resolvedArticleId");
        }
        return article;
    }

    private void send(ObjectNode article) {
        if (article.get("ingestedAt").asString().startsWith("2026-11-25T11")) {
            // An older version first: the log holds both, and the newer must win again in the rebuild.
            ObjectNode older = article.deepCopy().put("ingestedAt", "2026-11-25T09:00:00Z")
                    .put("title", "Harbour log draft");
            TopicProbe.send(settings.topic(), older.get("id").asString(), older.toString());
        }
        TopicProbe.send(settings.topic(), article.get("id").asString(), article.toString());
    }
}
