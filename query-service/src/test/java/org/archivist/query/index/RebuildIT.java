package org.archivist.query.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.archivist.contract.Deletion;
import org.archivist.contract.EnrichedArticle;
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
 * never fail meanwhile. After a re-enrichment pass, which the live index leaves alone, the rebuild holds the pass's
 * enrichment: of two records of an article at the same version, the later.
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
    /** Articles a re-enrichment pass goes over, the first {@link #PASS_DELETED} of them deleted before it. */
    private static final int PASS = 300;
    private static final int PASS_DELETED = 10;
    /** Articles only the index holds: more than a rebuild's allowance for what is still on its way. */
    private static final int ORPHANS = (int) LogRebuilder.CAUGHT_UP_LAG + 100;

    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    QuerySettings settings;

    @Autowired
    ElasticsearchClient client;

    @Autowired
    ArticleIndexer indexer;

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
        JsonNode status = rebuild(admin, "");
        writer.join();
        searches.stopAndCheck("rebuild");

        assertThat(status.get("phase").asString()).as(status.toString()).isEqualTo("DONE");
        assertThat(status.get("from").asString()).isEqualTo(previous);
        // Each case of this class rebuilds the same alias, in any order.
        assertThat(status.get("to").asString()).isEqualTo(ArticleIndex.nextVersion(settings.indexAlias(), previous));
        assertThat(status.get("read").asLong()).isGreaterThanOrEqualTo(BEFORE + 2L * DELETED + 2);
        assertThat(index()).isEqualTo(status.get("to").asString());
        assertThat(versions(http, BEFORE)).isEqualTo(before);
        await().atMost(WAIT).untilAsserted(() -> assertThat(total(http, "live")).isEqualTo(DURING));
        assertThat(total(http, "revised")).isEqualTo(DELETED);
        assertThat(admin.get("/actuator/auditevents?type=REBUILD_REQUESTED").body())
                .contains("\"principal\":\"test-admin\"");
    }

    @Test
    void aReenrichmentPassReachesTheIndexThroughTheRebuildOnly() throws Exception {
        HttpProbe http = new HttpProbe(port);
        for (int n = 0; n < PASS; n++) {
            send(enriched("pass-" + n, "A", "arts"));
        }
        for (int n = 0; n < PASS_DELETED; n++) {
            TopicProbe.send(Tombstones.record(settings.topic(), passDeletion(n)));
        }
        await().atMost(WAIT).untilAsserted(() -> assertThat(total(http, "bulletin")).isEqualTo(PASS - PASS_DELETED));

        // The pass: every article again with its ingestedAt (so at the same version) and the new enrichment, and
        // every tombstone again, all marked; then ordinary new articles, one per partition, after the pass in each.
        for (int n = PASS_DELETED; n < PASS; n++) {
            ObjectNode article = enriched("pass-" + n, "B", "science");
            TopicProbe.send(reenriched(new ProducerRecord<>(settings.topic(), article.get("id").asString(),
                    article.toString())));
        }
        for (int n = 0; n < PASS_DELETED; n++) {
            TopicProbe.send(reenriched(Tombstones.record(settings.topic(), passDeletion(n))));
        }
        for (int p = 0; p < settings.partitions(); p++) {
            ObjectNode article = enriched("pass-new-" + p, "B", "science");
            TopicProbe.send(new ProducerRecord<>(settings.topic(), p, article.get("id").asString(),
                    article.toString()));
        }
        int stored = PASS - PASS_DELETED + settings.partitions();
        await().atMost(WAIT).untilAsserted(() -> assertThat(total(http, "bulletin")).isEqualTo(stored));
        // Each partition's pass was read before its new article: the live index left the pass alone.
        assertThat(enrichments(http)).isEqualTo(Map.of("A arts", PASS - PASS_DELETED, "deleted", PASS_DELETED));
        await().atMost(WAIT).untilAsserted(() ->
                assertThat(prometheus("archivist_index_reenriched_skipped_total")).isEqualTo(PASS));

        SearchWatch searches = SearchWatch.start(http, "/api/search?q=bulletin&size=1", stored);
        JsonNode status = rebuild(new HttpProbe(managementPort, TestKeys.ADMIN), "");
        searches.stopAndCheck("rebuild after a re-enrichment pass");

        assertThat(status.get("phase").asString()).as(status.toString()).isEqualTo("DONE");
        assertThat(enrichments(http)).isEqualTo(Map.of("B science", PASS - PASS_DELETED, "deleted", PASS_DELETED));
        for (int p = 0; p < settings.partitions(); p++) {
            assertThat(enrichment(http, "pass-new-" + p)).isEqualTo("B science");
        }
        assertThat(total(http, "bulletin")).isEqualTo(stored);
    }

    @Test
    void aLogThatYieldsFewerDocumentsThanTheIndexLeavesTheAliasAloneUnlessForced() throws Exception {
        HttpProbe http = new HttpProbe(port);
        // Articles the index holds but the log does not, as after records were lost from Kafka.
        List<EnrichedArticle> orphans = new java.util.ArrayList<>();
        for (int n = 0; n < ORPHANS; n++) {
            orphans.add(json.treeToValue(article("orphan-" + n, "Orphaned notice " + n, "2026-11-27T10:00:00Z"),
                    EnrichedArticle.class));
        }
        indexer.index(orphans);
        await().atMost(WAIT).untilAsserted(() -> assertThat(total(http, "orphaned")).isEqualTo(ORPHANS));
        String previous = index();
        HttpProbe admin = new HttpProbe(managementPort, TestKeys.ADMIN);

        JsonNode refused = rebuild(admin, "");
        assertThat(refused.get("phase").asString()).isEqualTo("FAILED");
        assertThat(refused.get("error").asString()).contains("Kafka may have lost records", "--force");
        assertThat(index()).isEqualTo(previous);
        assertThat(total(http, "orphaned")).isEqualTo(ORPHANS);

        JsonNode forced = rebuild(admin, "?force=true");
        assertThat(forced.get("phase").asString()).as(forced.toString()).isEqualTo("DONE");
        assertThat(index()).isNotEqualTo(previous);
        assertThat(total(http, "orphaned")).isZero();
    }

    /** Starts a rebuild, with {@code query} on its start, and returns its status once it has ended. */
    private JsonNode rebuild(HttpProbe admin, String query) {
        HttpResponse<String> started = admin.post("/actuator/rebuild" + query, "application/json", "");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() ->
                !json.readTree(admin.get("/actuator/rebuild").body()).get("running").asBoolean());
        return json.readTree(admin.get("/actuator/rebuild").body());
    }

    /** How many articles of the pass hold each enrichment (version and first category label), or are deleted. */
    private Map<String, Integer> enrichments(HttpProbe http) {
        Map<String, Integer> enrichments = new HashMap<>();
        for (int n = 0; n < PASS; n++) {
            enrichments.merge(Objects.requireNonNullElse(enrichment(http, "pass-" + n), "deleted"), 1, Integer::sum);
        }
        return enrichments;
    }

    /** The article's enrichment version and first category label, or null when it is not stored. */
    private String enrichment(HttpProbe http, String id) {
        HttpResponse<String> response = http.get("/api/articles/" + id);
        if (response.statusCode() == 404) {
            return null;
        }
        JsonNode article = json.readTree(response.body());
        return article.get("enrichmentVersion").asString() + " " + article.get("categories").get(0).get("label")
                .asString();
    }

    private double prometheus(String counter) {
        String body = new HttpProbe(managementPort, TestKeys.ADMIN).get("/actuator/prometheus").body();
        return body.lines().filter(line -> line.startsWith(counter + " ") || line.startsWith(counter + "{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private static Deletion passDeletion(int n) {
        return new Deletion("pass-" + n, Instant.parse("2026-11-26T12:00:00Z"), "it");
    }

    private static <V> ProducerRecord<String, V> reenriched(ProducerRecord<String, V> record) {
        record.headers().add(EnrichedArticle.REENRICHED_HEADER, "B".getBytes(StandardCharsets.UTF_8));
        return record;
    }

    /** An article of the pass case, enriched by {@code enrichmentVersion} into one category. */
    private ObjectNode enriched(String id, String enrichmentVersion, String category) {
        ObjectNode article = article(id, "Harvest bulletin " + id, "2026-11-26T10:00:00Z");
        article.put("enrichmentVersion", enrichmentVersion);
        article.putArray("categories").addObject().put("code", "medtop:" + category).put("label", category)
                .put("score", 0.9).put("origin", "inferred").putArray("evidence");
        return article;
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
