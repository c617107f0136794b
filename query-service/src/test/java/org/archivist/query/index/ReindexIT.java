package org.archivist.query.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.archivist.contract.EnrichedArticle;
import org.archivist.query.QuerySettings;
import org.archivist.testing.HttpProbe;
import org.archivist.testing.TestKeys;
import org.archivist.testing.StackIntegrationTest;
import org.archivist.testing.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /actuator/reindex} on the real node: every article reaches the new index version, including those
 * written while it runs; newer versions of stored articles written while it runs are not undone by the copy; searches
 * never fail or miss stored articles meanwhile; versions and the index-only citation keys survive the copy.
 */
@StackIntegrationTest(properties = {
        "archivist.query.topic=it-reindex-${archivist.it.run}",
        "archivist.query.index-alias=it-reindex-${archivist.it.run}",
        "spring.kafka.consumer.group-id=it-reindex-${archivist.it.run}" })
class ReindexIT {

    private static final int BEFORE = 600;
    private static final int DURING = 100;
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    QuerySettings settings;

    @Autowired
    ArticleIndexer indexer;

    @Autowired
    ElasticsearchClient client;

    @Test
    void copiesEverythingIntoANewVersionWithoutSearchDowntime() throws Exception {
        HttpProbe http = new HttpProbe(port);
        List<EnrichedArticle> before = new ArrayList<>();
        for (int n = 0; n < BEFORE; n++) {
            before.add(article("before-" + n, "Archived report " + n, "2026-11-25T10:00:00Z", null));
        }
        // Cites an article that only arrives after the reindex: resolving it needs this article's citation keys,
        // which are not in _source and must have been set again by the copy.
        before.add(article("citing", "Citing report", "2026-11-25T10:00:00Z", "https://example.org/late"));
        before.add(article("versioned", "Newer title", "2026-11-25T12:00:00Z", null));
        for (int from = 0; from < before.size(); from += 200) {
            indexer.index(before.subList(from, Math.min(before.size(), from + 200)));
        }
        long stored = before.size();
        client.indices().refresh(r -> r.index(settings.indexAlias()));
        String previous = index();

        SearchWatch searches = SearchWatch.start(http, "/api/search?q=report&size=1", stored);
        Thread writer = Thread.ofPlatform().start(() -> {
            for (int n = 0; n < DURING; n++) {
                // A newer version of an article already stored: whether it lands before the copy reads the article,
                // after, or after the alias moved, the copy must not put the older version back.
                TopicProbe.send(settings.topic(), "before-" + n, json.writeValueAsString(
                        article("before-" + n, "Revised report " + n, "2026-11-25T11:00:00Z", null)));
                TopicProbe.send(settings.topic(), "during-" + n, json.writeValueAsString(
                        article("during-" + n, "Live report " + n, "2026-11-25T11:00:00Z", null)));
                sleep(20);
            }
        });

        HttpProbe admin = new HttpProbe(managementPort, TestKeys.ADMIN);
        HttpResponse<String> started = admin.post("/actuator/reindex", "application/json", "");
        assertThat(started.statusCode()).isEqualTo(200);
        assertThat(json.readTree(started.body()).get("phase").asString()).isEqualTo("COPYING");
        await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() ->
                !json.readTree(admin.get("/actuator/reindex").body()).get("running").asBoolean());
        writer.join();
        searches.stopAndCheck("reindex");

        JsonNode status = json.readTree(admin.get("/actuator/reindex").body());
        assertThat(status.get("phase").asString()).as(status.toString()).isEqualTo("DONE");
        assertThat(status.get("from").asString()).isEqualTo(previous);
        assertThat(status.get("to").asString()).isEqualTo(settings.indexAlias() + "-v2");
        assertThat(status.get("copied").asLong()).isGreaterThanOrEqualTo(stored);
        assertThat(index()).isEqualTo(settings.indexAlias() + "-v2");
        await().atMost(WAIT).untilAsserted(() -> assertThat(total(http, "report"))
                .isEqualTo(BEFORE + 2 + DURING));
        assertThat(total(http, "live")).isEqualTo(DURING);
        await().atMost(WAIT).untilAsserted(() -> assertThat(total(http, "revised")).isEqualTo(DURING));
        assertThat(total(http, "archived")).isEqualTo(BEFORE - DURING);
        assertThat(json.readTree(http.get("/api/articles/before-" + (DURING - 1)).body()).get("title").asString())
                .isEqualTo("Revised report " + (DURING - 1));

        assertThat(indexer.index(List.of(article("versioned", "Older title", "2026-11-25T09:00:00Z", null))))
                .extracting(BulkOutcome::kind).containsExactly(BulkOutcome.Kind.SUPERSEDED);
        assertThat(json.readTree(http.get("/api/articles/versioned").body()).get("title").asString())
                .isEqualTo("Newer title");

        indexer.index(List.of(article("late", "Late arrival", "2026-11-25T13:00:00Z", null, "https://example.org/late")));
        await().atMost(WAIT).untilAsserted(() -> assertThat(json.readTree(http.get("/api/articles/late/cited-by")
                .body()).get("citedBy").findValuesAsString("id")).containsExactly("citing"));
    }

    private String index() throws IOException {
        return client.indices().getAlias(a -> a.name(settings.indexAlias())).aliases().keySet().iterator().next();
    }

    private long total(HttpProbe http, String q) {
        return json.readTree(http.get("/api/search?size=1&q=" + q).body()).get("total").asLong();
    }

    private EnrichedArticle article(String id, String title, String ingestedAt, String cites) {
        return article(id, title, ingestedAt, cites, null);
    }

    private EnrichedArticle article(String id, String title, String ingestedAt, String cites, String url) {
        var article = json.createObjectNode();
        article.put("schemaVersion", 1).put("id", id).put("source", "it").put("title", title)
                .put("ingestedAt", ingestedAt).put("enrichedAt", ingestedAt).put("publishedAt", "2026-11-20");
        if (url != null) {
            article.put("url", url);
        }
        article.putArray("paragraphs").add("The report covers the week.");
        if (cites != null) {
            article.putArray("footnotes").addObject().put("number", 1).put("text", "[1] " + cites);
            var link = article.putArray("footnoteLinks").addObject().put("number", 1);
            link.putArray("markers");
            link.putObject("citation").put("url", cites).putArray("authors");
        }
        return json.treeToValue(article, EnrichedArticle.class);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
