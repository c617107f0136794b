package org.archivist.query.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.archivist.contract.Deletion;
import org.archivist.kafka.Tombstones;
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
 * {@code POST /actuator/rebuild} on the real broker and node: the new index version read from the log holds the
 * same articles at the same versions, with deletions still deleted, including what arrives while it runs; searches
 * never fail meanwhile.
 */
@StackIntegrationTest(properties = {
        "archivist.query.topic=it-rebuild-${archivist.it.run}",
        "archivist.query.index-alias=it-rebuild-${archivist.it.run}",
        "spring.kafka.consumer.group-id=it-rebuild-${archivist.it.run}" })
class RebuildIT {

    private static final int BEFORE = 400;
    private static final int DURING = 100;
    private static final int DELETED = 20;
    private static final Duration WAIT = Duration.ofSeconds(60);

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
    void rebuildsTheSameArchiveFromTheLogWhileArticlesKeepComing() throws Exception {
        HttpProbe http = new HttpProbe(port);
        for (int n = 0; n < BEFORE; n++) {
            send(article("before-" + n, "Archived report " + n, "2026-11-25T10:00:00Z"));
        }
        // Newer versions of some, and deletions of others, one of them followed by an older version that must lose.
        for (int n = 0; n < DELETED; n++) {
            send(article("before-" + n, "Revised report " + n, "2026-11-25T11:00:00Z"));
            TopicProbe.send(Tombstones.record(settings.topic(), new Deletion("before-" + (BEFORE - 1 - n),
                    Instant.parse("2026-11-25T12:00:00Z"), "it")));
        }
        send(article("before-" + (BEFORE - 1), "Archived report, late redelivery", "2026-11-25T10:00:00Z"));
        send(article("marker", "Marker", "2026-11-25T10:00:00Z"));
        await().atMost(WAIT).until(() -> http.get("/api/articles/marker").statusCode() == 200);
        Map<String, String> before = versions(http, BEFORE);
        assertThat(before.values()).filteredOn("404"::equals).hasSize(DELETED);
        String previous = index();

        SearchWatch searches = SearchWatch.start(http, "/api/search?q=report&size=1", BEFORE - DELETED);
        Thread writer = Thread.ofPlatform().start(() -> {
            for (int n = 0; n < DURING; n++) {
                send(article("during-" + n, "Live report " + n, "2026-11-25T13:00:00Z"));
                sleep(10);
            }
        });

        HttpProbe admin = new HttpProbe(managementPort, TestKeys.ADMIN);
        HttpResponse<String> started = admin.post("/actuator/rebuild", "application/json", "");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() ->
                !json.readTree(admin.get("/actuator/rebuild").body()).get("running").asBoolean());
        writer.join();
        searches.stopAndCheck("rebuild");

        JsonNode status = json.readTree(admin.get("/actuator/rebuild").body());
        assertThat(status.get("phase").asString()).as(status.toString()).isEqualTo("DONE");
        assertThat(status.get("from").asString()).isEqualTo(previous);
        assertThat(status.get("to").asString()).isEqualTo(settings.indexAlias() + "-v2");
        assertThat(status.get("read").asLong()).isGreaterThanOrEqualTo(BEFORE + 2L * DELETED + 2);
        assertThat(index()).isEqualTo(settings.indexAlias() + "-v2");
        assertThat(versions(http, BEFORE)).isEqualTo(before);
        await().atMost(WAIT).untilAsserted(() -> assertThat(total(http, "live")).isEqualTo(DURING));
        assertThat(total(http, "revised")).isEqualTo(DELETED);
        assertThat(admin.get("/actuator/auditevents?type=REBUILD_REQUESTED").body())
                .contains("\"principal\":\"test-admin\"");
    }

    /** Per article, its stored {@code ingestedAt} (its version), or 404 when it is not there. */
    private Map<String, String> versions(HttpProbe http, int count) {
        Map<String, String> versions = new HashMap<>();
        for (int n = 0; n < count; n++) {
            HttpResponse<String> response = http.get("/api/articles/before-" + n);
            versions.put("before-" + n, response.statusCode() == 200
                    ? json.readTree(response.body()).get("ingestedAt").asString() : String.valueOf(response.statusCode()));
        }
        return versions;
    }

    private String index() throws IOException {
        List<String> indices = List.copyOf(client.indices().getAlias(a -> a.name(settings.indexAlias())).aliases()
                .keySet());
        assertThat(indices).hasSize(1);
        return indices.getFirst();
    }

    private long total(HttpProbe http, String q) {
        return json.readTree(http.get("/api/search?size=1&q=" + q).body()).get("total").asLong();
    }

    private void send(ObjectNode article) {
        TopicProbe.send(settings.topic(), article.get("id").asString(), article.toString());
    }

    private ObjectNode article(String id, String title, String ingestedAt) {
        ObjectNode article = json.createObjectNode();
        article.put("schemaVersion", 1).put("id", id).put("source", "it").put("title", title)
                .put("ingestedAt", ingestedAt).put("enrichedAt", ingestedAt).put("publishedAt", "2026-11-20");
        article.putArray("paragraphs").add("The report covers the week.");
        return article;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
