package org.archivist.query.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch._types.FieldValue;
import org.archivist.query.QuerySettings;
import org.archivist.testing.HttpProbe;
import org.archivist.testing.StackIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cursor paging over 1,000 articles generated here and produced through Kafka: every article exactly once,
 * for each sort, including many equal scores and equal dates that only the tie-breaker orders.
 */
@StackIntegrationTest(properties = {
        "archivist.query.topic=it-paging-${archivist.it.run}",
        "archivist.query.index-alias=it-paging-${archivist.it.run}",
        "spring.kafka.consumer.group-id=it-paging-${archivist.it.run}" })
class SearchPagingIT {

    static final int ARTICLES = 1_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static boolean loaded;

    @LocalServerPort
    int port;

    @Autowired
    QuerySettings settings;

    HttpProbe http;

    @BeforeEach
    void loadOnce() {
        http = new HttpProbe(port);
        if (!loaded) {
            List<Map.Entry<String, String>> records = new ArrayList<>();
            for (int i = 0; i < ARTICLES; i++) {
                String id = "gen-%04d".formatted(i);
                // 50 distinct dates and two wordings: plenty of ties in every sort order.
                String date = LocalDate.of(2024, 1, 1).plusDays(i % 50).toString();
                String paragraph = i % 2 == 0 ? "Harbour bulletin number " + i + " reports calm seas."
                        : "Harbour bulletin number " + i + " reports storms and delays at the harbour.";
                String json = """
                        {"schemaVersion":1,"id":"%s","source":"gen-%d","title":"Harbour bulletin %d",
                         "authors":["Port Authority"],"publishedAt":"%s","paragraphs":["%s"],
                         "ingestedAt":"2025-01-01T00:00:00Z","enrichedAt":"2025-01-01T00:00:01Z",
                         "categories":[],"places":[]}
                        """.formatted(id, i % 3, i, date, paragraph);
                records.add(Map.entry(id, json));
            }
            Corpus.produce(settings.topic(), records);
            Corpus.awaitSearchable(http, ARTICLES);
            loaded = true;
        }
    }

    JsonNode get(String query) {
        HttpResponse<String> response = http.get("/api/search?" + query);
        assertThat(response.statusCode()).as(query + " → " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** Follows nextCursor from the first page to the last; returns the ids in the order served. */
    List<String> pageThrough(String query) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = get(query + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.get("total").asLong()).isEqualTo(ARTICLES);
            page.get("hits").forEach(hit -> ids.add(hit.get("id").asString()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
            pages++;
        } while (cursor != null && pages <= ARTICLES / 100 + 1);
        assertThat(pages).isEqualTo(ARTICLES / 100);
        return ids;
    }

    @Test
    void newestFirstServesEveryArticleOnce() {
        List<String> ids = pageThrough("size=100");

        assertThat(ids).hasSize(ARTICLES).doesNotHaveDuplicates();
    }

    @Test
    void relevanceServesEveryArticleOnceDespiteEqualScores() {
        List<String> ids = pageThrough("size=100&q=harbour%20bulletin");

        assertThat(ids).hasSize(ARTICLES).doesNotHaveDuplicates();
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < ARTICLES; i++) {
            expected.add("gen-%04d".formatted(i));
        }
        assertThat(ids).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void oldestFirstWithFacetFilterServesEveryMatchingArticleOnce() {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = get("size=100&sort=oldest&source=gen-0&source=gen-1"
                    + (cursor == null ? "" : "&cursor=" + cursor));
            page.get("hits").forEach(hit -> ids.add(hit.get("id").asString()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
        } while (cursor != null);

        assertThat(ids).doesNotHaveDuplicates().hasSize(667).allMatch(id ->
                Integer.parseInt(id.substring(4)) % 3 != 2);
    }

    @Test
    void cursorWithUnknownPointInTimeIsA400Problem() {
        SearchParameters parameters = SearchForm.ofText(null).validate(20, 100);
        String cursor = SearchCursor.issued("bm90LWEtcGl0", List.of(FieldValue.of(1_704_067_200_000L),
                FieldValue.of("gen-0000")), parameters.sort(), parameters.fingerprint(), Instant.now()).encode();

        HttpResponse<String> response = http.get("/api/search?cursor=" + cursor);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(response.body()).get("parameter").asString()).isEqualTo("cursor");
    }
}
