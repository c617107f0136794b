package org.archivist.query.citations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.archivist.contract.EnrichedArticle;
import org.archivist.query.QuerySettings;
import org.archivist.query.index.ArticleIndexer;
import org.archivist.testing.HttpProbe;
import org.archivist.testing.StackIntegrationTest;
import org.archivist.testing.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Footnotes resolve to the stored articles they cite whatever order the articles arrive in, on the real broker
 * and Elasticsearch node. Every test uses titles and addresses of its own, since all share one index. Tests that
 * must know the resolution pass has finished (a negative result, one batch) call the indexer directly, which
 * returns only after the pass; the others go through Kafka.
 */
@StackIntegrationTest(properties = {
        "archivist.query.topic=it-citations-${archivist.it.run}",
        "archivist.query.index-alias=it-citations-${archivist.it.run}",
        "spring.kafka.consumer.group-id=it-citations-${archivist.it.run}" })
class CitationGraphIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    QuerySettings settings;

    @Autowired
    ArticleIndexer indexer;

    HttpProbe http;

    @BeforeEach
    void setUp() {
        http = new HttpProbe(port);
    }

    /** A footnote: its text and the citation enrich-service parsed from it. */
    record Note(String text, String title, String publication, String date, String url) {
    }

    private ObjectNode article(String id, String url, String title, String publishedAt, String ingestedAt,
            Note... notes) {
        ObjectNode article = json.createObjectNode();
        article.put("schemaVersion", 1).put("id", id).put("source", "it").put("url", url).put("title", title)
                .put("publishedAt", publishedAt).put("ingestedAt", ingestedAt).put("enrichedAt", ingestedAt);
        article.putArray("paragraphs").add("A paragraph citing its sources.");
        ArrayNode footnotes = article.putArray("footnotes");
        ArrayNode links = article.putArray("footnoteLinks");
        for (int i = 0; i < notes.length; i++) {
            Note note = notes[i];
            footnotes.addObject().put("number", i + 1).put("text", note.text());
            ObjectNode link = links.addObject().put("number", i + 1);
            link.putArray("markers");
            link.putObject("citation").put("title", note.title()).put("publication", note.publication())
                    .put("date", note.date()).put("url", note.url()).putArray("authors");
            link.putNull("resolvedArticleId");
        }
        return article;
    }

    private void send(ObjectNode article) {
        TopicProbe.send(settings.topic(), article.get("id").asString(), article.toString());
    }

    private void indexTogether(ObjectNode... articles) throws IOException {
        List<EnrichedArticle> batch = new ArrayList<>();
        for (ObjectNode article : articles) {
            batch.add(json.treeToValue(article, EnrichedArticle.class));
        }
        indexer.index(batch);
    }

    private JsonNode stored(String id) {
        HttpResponse<String> response = http.get("/api/articles/" + id);
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private String resolved(String id, int link) {
        JsonNode value = stored(id).get("footnoteLinks").get(link).get("resolvedArticleId");
        return value == null || value.isNull() ? null : value.asString();
    }

    private JsonNode citedBy(String id) {
        HttpResponse<String> response = http.get("/api/articles/" + id + "/cited-by");
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }

    /** Cited-by is a search: it sees a resolution once the index has refreshed, within the refresh interval. */
    private JsonNode citedByOnceSearchable(String id, int expected) {
        await().atMost(WAIT).untilAsserted(() -> assertThat(citedBy(id).get("citedBy")).hasSize(expected));
        return citedBy(id);
    }

    @Test
    void citedArticleFirstThenCitingOneResolvesByAddressDespiteTrackingParametersFragmentAndWww() {
        send(article("cf-cited", "https://civicledger.example.com/2020/10/12/lobby", "How Utilities Lobby",
                "2020-10-12", "2026-11-25T10:00:00Z"));
        await().atMost(WAIT).untilAsserted(() -> assertThat(http.get("/api/articles/cf-cited").statusCode())
                .isEqualTo(200));

        send(article("cf-citing", "https://example.org/prices", "Why Power Prices Rose", "2021-01-05",
                "2026-11-25T10:01:00Z", new Note("[1] Lobbying, The Civic Ledger, https://WWW.civicledger.example.com/"
                        + "2020/10/12/lobby/?utm_source=x#comments", null, "The Civic Ledger", null,
                        "https://WWW.civicledger.example.com/2020/10/12/lobby/?utm_source=x#comments"),
                        new Note("[2] An unrelated note.", null, null, null, null)));

        await().atMost(WAIT).untilAsserted(() -> assertThat(resolved("cf-citing", 0)).isEqualTo("cf-cited"));
        assertThat(resolved("cf-citing", 1)).isNull();
        JsonNode citedBy = citedByOnceSearchable("cf-cited", 1);
        assertThat(citedBy.get("id").asString()).isEqualTo("cf-cited");
        JsonNode entry = citedBy.get("citedBy").get(0);
        assertThat(entry.get("id").asString()).isEqualTo("cf-citing");
        assertThat(entry.get("title").asString()).isEqualTo("Why Power Prices Rose");
        assertThat(entry.get("publishedAt").asString()).isEqualTo("2021-01-05");
        assertThat(entry.get("footnotes").toString()).isEqualTo("[{\"number\":1,\"text\":\"[1] Lobbying, The Civic "
                + "Ledger, https://WWW.civicledger.example.com/2020/10/12/lobby/?utm_source=x#comments\"}]");
    }

    @Test
    void citingArticleFirstThenCitedOneResolvesByTitleWithAPublicationSuffix() {
        send(article("cs-citing", "https://example.org/grid", "Grid Plans Under Review", "2021-02-01",
                "2026-11-25T10:00:00Z", new Note("“How Grid Operators Plan - The Civic Ledger”, The Civic Ledger.",
                        "How Grid Operators Plan - The Civic Ledger", "The Civic Ledger", null, null)));
        await().atMost(WAIT).untilAsserted(() -> assertThat(http.get("/api/articles/cs-citing").statusCode())
                .isEqualTo(200));
        assertThat(resolved("cs-citing", 0)).isNull();

        send(article("cs-cited", "https://civicledger.example.com/grid-plans", "How Grid Operators Plan",
                "2020-06-01", "2026-11-25T10:01:00Z"));

        await().atMost(WAIT).untilAsserted(() -> assertThat(resolved("cs-citing", 0)).isEqualTo("cs-cited"));
        assertThat(citedByOnceSearchable("cs-cited", 1).get("citedBy").get(0).get("id").asString())
                .isEqualTo("cs-citing");
    }

    @Test
    void citingAndCitedArticleInOneBatchResolveEitherWayRound() throws IOException {
        indexTogether(
                article("ob-citing", "https://example.org/ob", "Storage Rules Debated", "2021-03-01",
                        "2026-11-25T10:00:00Z", new Note("“Storage Rules Approved”, Grid Weekly.",
                                "Storage Rules Approved", "Grid Weekly", null, null)),
                article("ob-cited", "https://gridweekly.example.com/rules", "Storage Rules Approved | Grid Weekly",
                        "2021-02-01", "2026-11-25T10:00:00Z"));

        indexTogether(
                article("ob-cited-2", "https://gridweekly.example.com/tariffs", "Tariff Reform Stalls", "2021-02-02",
                        "2026-11-25T10:00:00Z"),
                article("ob-citing-2", "https://example.org/ob2", "Tariffs, Explained", "2021-03-02",
                        "2026-11-25T10:00:00Z", new Note("Grid Weekly, https://gridweekly.example.com/tariffs/", null,
                                "Grid Weekly", null, "https://gridweekly.example.com/tariffs/")));

        assertThat(resolved("ob-citing", 0)).isEqualTo("ob-cited");
        assertThat(resolved("ob-citing-2", 0)).isEqualTo("ob-cited-2");
    }

    @Test
    void repostingTheCitingOrTheCitedArticleKeepsTheResolution() {
        send(article("rp-cited", "https://example.net/wind", "Offshore Wind Auction Results", "2022-01-01",
                "2026-11-25T10:00:00Z"));
        send(article("rp-citing", "https://example.org/wind", "Wind Costs Keep Falling", "2022-02-01",
                "2026-11-25T10:00:00Z", new Note("Auction results, https://example.net/wind", null, null, null,
                        "http://example.net/wind")));
        await().atMost(WAIT).untilAsserted(() -> assertThat(resolved("rp-citing", 0)).isEqualTo("rp-cited"));

        send(article("rp-citing", "https://example.org/wind", "Wind Costs Keep Falling, Updated", "2022-02-01",
                "2026-11-25T11:00:00Z", new Note("Auction results, https://example.net/wind", null, null, null,
                        "http://example.net/wind")));
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(stored("rp-citing").get("title").asString()).isEqualTo("Wind Costs Keep Falling, Updated");
            assertThat(resolved("rp-citing", 0)).isEqualTo("rp-cited");
        });

        send(article("rp-cited", "https://example.net/wind", "Offshore Wind Auction Results (corrected)",
                "2022-01-01", "2026-11-25T11:00:00Z"));
        await().atMost(WAIT).untilAsserted(() -> assertThat(stored("rp-cited").get("title").asString())
                .isEqualTo("Offshore Wind Auction Results (corrected)"));
        assertThat(resolved("rp-citing", 0)).isEqualTo("rp-cited");
        assertThat(citedByOnceSearchable("rp-cited", 1).get("citedBy").get(0).get("id").asString())
                .isEqualTo("rp-citing");
    }

    @Test
    void retitlingTheCitedArticleReleasesTheLinkAndItsCitedBy() {
        send(article("rt-cited", "https://example.net/tides", "Tidal Power Finally Pays", "2022-03-01",
                "2026-11-25T10:00:00Z"));
        send(article("rt-citing", "https://example.org/tides", "Energy From the Sea", "2022-04-01",
                "2026-11-25T10:00:00Z", new Note("“Tidal Power Finally Pays”, Sea Desk.", "Tidal Power Finally Pays",
                        "Sea Desk", null, null)));
        await().atMost(WAIT).untilAsserted(() -> assertThat(resolved("rt-citing", 0)).isEqualTo("rt-cited"));
        citedByOnceSearchable("rt-cited", 1);

        send(article("rt-cited", "https://example.net/tides-corrected", "Tidal Power Still Loses Money",
                "2022-03-01", "2026-11-25T11:00:00Z"));

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(resolved("rt-citing", 0)).isNull();
            assertThat(citedBy("rt-cited").get("citedBy")).isEmpty();
        });
    }

    /**
     * A search hit's {@code citedByCount} is the length of its cited-by list: a citation naming the headline two
     * stored articles share counts for the one its date agrees with only, and an article citing twice counts once.
     */
    @Test
    void searchHitsCountTheArticlesCitingThemAsCitedByListsThem() throws IOException {
        indexTogether(
                article("sc-cited", "https://example.net/solar-crops", "Solar Farms Crowd Out Crops", "2022-08-01",
                        "2026-11-25T10:00:00Z"),
                article("sc-twin", "https://example.com/2019/solar-crops", "Solar Farms Crowd Out Crops",
                        "2019-05-01", "2026-11-25T10:00:00Z"));
        indexTogether(
                article("sc-by-url", "https://example.org/land", "Land Use Rows", "2022-09-01", "2026-11-25T10:00:00Z",
                        new Note("Crops, https://example.net/solar-crops", null, null, null,
                                "https://example.net/solar-crops")),
                article("sc-by-title", "https://example.org/fields", "Fields or Panels", "2022-09-02",
                        "2026-11-25T10:00:00Z", new Note("“Solar Farms Crowd Out Crops”, Farm Desk, August 2022.",
                                "Solar Farms Crowd Out Crops", "Farm Desk", "2022-08", null)),
                article("sc-twice", "https://example.org/twice", "Panels Again", "2022-09-03", "2026-11-25T10:00:00Z",
                        new Note("“Solar Farms Crowd Out Crops”, 2022.", "Solar Farms Crowd Out Crops", null, "2022",
                                null),
                        new Note("https://example.net/solar-crops", null, null, null, "https://example.net/solar-crops")),
                article("sc-old", "https://example.org/old", "An Old Debate", "2019-06-01", "2026-11-25T10:00:00Z",
                        new Note("“Solar Farms Crowd Out Crops”, 2019.", "Solar Farms Crowd Out Crops", null, "2019",
                                null)));

        Map<String, Long> expected = Map.of("sc-cited", 3L, "sc-twin", 1L, "sc-by-url", 0L, "sc-by-title", 0L,
                "sc-twice", 0L, "sc-old", 0L);
        await().atMost(WAIT).untilAsserted(() -> {
            HttpResponse<String> response = http.get("/api/search?size=100&q=solar+crops");
            assertThat(response.statusCode()).isEqualTo(200);
            Map<String, Long> counts = new HashMap<>();
            json.readTree(response.body()).get("hits").forEach(hit -> counts.put(hit.get("id").asString(),
                    hit.get("citedByCount").asLong()));
            assertThat(counts).isEqualTo(expected);
        });
        assertThat(citedBy("sc-cited").get("citedBy")).hasSize(3);
        assertThat(citedBy("sc-twin").get("citedBy")).hasSize(1);
    }

    @Test
    void citationOfADifferentTitleResolvesToNothing() throws IOException {
        indexTogether(article("nf-cited", "https://example.com/heat", "Heat Pump Sales Double", "2022-05-01",
                "2026-11-25T10:00:00Z"));
        indexTogether(article("nf-citing", "https://example.org/heat", "Heating After Gas", "2022-06-01",
                "2026-11-25T10:00:00Z", new Note("“Heat Pump Sales Double Again”, Energy Desk.",
                        "Heat Pump Sales Double Again", "Energy Desk", null, null)));

        // Each batch's resolution pass starts with a refresh, so after one more batch every earlier write is searchable.
        indexTogether(article("nf-later", "https://example.org/later", "A Later Unrelated Story", "2022-07-01",
                "2026-11-25T10:00:00Z"));

        assertThat(resolved("nf-citing", 0)).isNull();
        assertThat(citedBy("nf-cited").get("citedBy")).isEmpty();
    }

    @Test
    void citedByListsCitingArticlesNewestFirstWithTheirFootnotes() throws IOException {
        Note note = new Note("“Hydrogen Hub Plans”, Port Gazette, 2021.", "Hydrogen Hub Plans", "Port Gazette",
                "2021", null);
        indexTogether(article("cb-cited", "https://portgazette.example.com/hydrogen", "Hydrogen Hub Plans",
                        "2021-03-03", "2026-11-25T10:00:00Z"),
                article("cb-older", "https://example.org/h1", "Ports and Hydrogen", "2021-04-01",
                        "2026-11-25T10:00:00Z", note),
                article("cb-newer", "https://example.org/h2", "Hydrogen, a Year On", "2022-04-01",
                        "2026-11-25T10:00:00Z", new Note("An aside.", null, null, null, null), note));

        JsonNode citedBy = citedByOnceSearchable("cb-cited", 2).get("citedBy");

        assertThat(citedBy).extracting(entry -> entry.get("id").asString()).containsExactly("cb-newer", "cb-older");
        assertThat(citedBy.get(0).get("footnotes").toString())
                .isEqualTo("[{\"number\":2,\"text\":\"“Hydrogen Hub Plans”, Port Gazette, 2021.\"}]");
    }

    @Test
    void storedArticleDoesNotShowTheIndexOnlyKeys() throws IOException {
        indexTogether(article("ik-citing", "https://example.org/keys", "Index Keys Stay Hidden", "2022-01-01",
                "2026-11-25T10:00:00Z", new Note("“Some Cited Story”.", "Some Cited Story", null, null, null)));

        JsonNode stored = stored("ik-citing");

        assertThat(stored.has("citationTargets")).isFalse();
        assertThat(stored.get("footnoteLinks").get(0).has("citationKeys")).isFalse();
        assertThat(stored.get("indexedAt").asString()).isNotBlank();
    }

    @Test
    void citedByOfAnUnknownArticleIsA404Problem() {
        HttpResponse<String> response = http.get("/api/articles/does-not-exist/cited-by");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }
}
