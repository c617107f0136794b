package org.archivist.query.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Search quality and the HTTP contract of {@code GET /api/search} against the real Elasticsearch node, over
 * the fixture corpus loaded once through Kafka. Expected sets are computed from the corpus file itself.
 */
class SearchIT extends CorpusStackTest {

    JsonNode search(String query) {
        HttpResponse<String> response = http.get("/api/search?" + query);
        assertThat(response.statusCode()).as(query + " → " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    static String q(String text) {
        return "size=100&q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static List<String> ids(JsonNode result) {
        List<String> ids = new ArrayList<>();
        result.get("hits").forEach(hit -> ids.add(hit.get("id").asString()));
        return ids;
    }

    static Map<String, Long> facet(JsonNode result, String name) {
        Map<String, Long> counts = new LinkedHashMap<>();
        result.at("/facets/" + name).forEach(value -> counts.put(value.get("value").asString(),
                value.get("count").asLong()));
        return counts;
    }

    /** Value counts of a facet over the corpus articles that satisfy the condition. */
    static Map<String, Long> expectedFacet(Predicate<JsonNode> condition, String arrayField, String objectField) {
        Map<String, Long> counts = new HashMap<>();
        for (JsonNode article : Corpus.articles()) {
            if (!condition.test(article)) {
                continue;
            }
            Set<String> values = new HashSet<>();
            JsonNode field = article.path(arrayField);
            if (field.isArray()) {
                field.forEach(element -> values.add((objectField == null ? element : element.get(objectField))
                        .asString()));
            } else {
                values.add(field.asString());
            }
            values.forEach(value -> counts.merge(value, 1L, Long::sum));
        }
        return counts;
    }

    static Predicate<JsonNode> place(String code) {
        return article -> Corpus.has(article, "places", "code", code);
    }

    static Predicate<JsonNode> category(String code) {
        return article -> Corpus.has(article, "categories", "code", code);
    }

    @Test
    void unaccentedTextFindsAccentedWords() {
        assertThat(ids(search(q("Sao Paulo")))).contains("br-saopaulo-water", "br-election-municipal");
        assertThat(ids(search(q("Erdogan")))).contains("tr-erdogan-runoff", "tr-lira-inflation", "tr-grain-deal");
        assertThat(ids(search(q("Muller budget")))).contains("de-mueller-budget");
        assertThat(ids(search(q("Kilicdaroglu")))).containsExactly("tr-erdogan-runoff");
    }

    @Test
    void quotedPhraseMatchesAcrossFoldingAndHighlightsIt() {
        JsonNode result = search(q("\"Sao Paulo\""));

        assertThat(ids(result)).contains("br-saopaulo-water", "br-amazon-fires", "br-football-palmeiras")
                .doesNotContain("br-lula-g20");
        assertThat(result.at("/hits/0/highlights").toString()).contains("<mark>São");
    }

    @Test
    void wordFormsMatchEachOther() {
        assertThat(ids(search(q("negotiation")))).contains("ye-geneva-negotiations", "co-peace-talks",
                "eg-gaza-talks");
        assertThat(ids(search(q("prisoner")))).contains("ua-prisoner-swap", "ua-prisoner-conditions");
        assertThat(ids(search(q("prisoners")))).contains("ua-prisoner-swap", "ua-prisoner-conditions");
    }

    @Test
    void titleMatchRanksAboveAPassingMention() {
        List<String> ids = ids(search(q("drought")));
        List<String> inTitle = Corpus.ids(article -> article.get("title").asString().toLowerCase().contains("drought"));

        assertThat(inTitle).contains("sahel-drought", "es-water-catalonia");
        assertThat(ids).contains("eu-farm-subsidies", "br-amazon-fires");
        assertThat(ids.subList(0, inTitle.size())).containsExactlyInAnyOrderElementsOf(inTitle);
    }

    @Test
    void phraseRequiresTheWordsTogether() {
        assertThat(ids(search(q("\"climate summit\"")))).containsExactly("climate-summit-belem");
        assertThat(ids(search(q("climate summit")))).contains("climate-summit-belem", "climate-finance-bonn");
    }

    @Test
    void minusOrNotExcludesAWord() {
        List<String> all = ids(search(q("election")));
        List<String> minus = ids(search(q("election -Turkey")));
        List<String> not = ids(search(q("election NOT Turkey")));

        assertThat(all).contains("tr-erdogan-runoff", "tr-istanbul-mayor", "pl-election");
        assertThat(minus).contains("pl-election", "gb-election-labour")
                .doesNotContain("tr-erdogan-runoff", "tr-istanbul-mayor");
        assertThat(not).containsExactlyInAnyOrderElementsOf(minus);
    }

    @Test
    void orAcceptsEitherWord() {
        List<String> either = ids(search(q("Kilicdaroglu OR Palmeiras")));

        assertThat(either).containsExactlyInAnyOrder("tr-erdogan-runoff", "br-football-palmeiras");
        assertThat(ids(search(q("Kilicdaroglu Palmeiras")))).isEmpty();
    }

    @Test
    void filtersCombineWithAndAcrossAndOrWithin() {
        JsonNode both = search("size=100&category=medtop:06000000&place=BR");
        JsonNode either = search("size=100&place=BR&place=TR");
        JsonNode author = search("size=100&author=" + URLEncoder.encode("Ana Müller", StandardCharsets.UTF_8)
                + "&source=dw-english");

        assertThat(ids(both)).containsExactlyInAnyOrderElementsOf(Corpus.ids(category("medtop:06000000")
                .and(place("BR"))));
        assertThat(ids(either)).containsExactlyInAnyOrderElementsOf(Corpus.ids(place("BR").or(place("TR"))));
        assertThat(ids(author)).containsExactlyInAnyOrderElementsOf(Corpus.ids(article ->
                Corpus.has(article, "authors", null, "Ana Müller")
                        && article.get("source").asString().equals("dw-english")));
        assertThat(ids(author)).isNotEmpty();
        assertThat(both.get("total").asLong()).isEqualTo(ids(both).size());
    }

    @Test
    void sourceCategoryCodesFilterToo() {
        assertThat(ids(search("category=source:environment"))).containsExactly("br-saopaulo-water");
    }

    @Test
    void eachFacetCountsAsIfItsOwnFilterWereNotSet() {
        JsonNode result = search("size=100&place=BR&category=medtop:06000000");

        // places: filtered by category only; categories: filtered by place only; the others: by both.
        assertThat(facet(result, "places")).containsExactlyInAnyOrderEntriesOf(
                expectedFacet(category("medtop:06000000"), "places", "code"));
        assertThat(facet(result, "categories")).containsExactlyInAnyOrderEntriesOf(
                expectedFacet(place("BR"), "categories", "code"));
        assertThat(facet(result, "authors")).containsExactlyInAnyOrderEntriesOf(
                expectedFacet(place("BR").and(category("medtop:06000000")), "authors", null));
        assertThat(facet(result, "sources")).containsExactlyInAnyOrderEntriesOf(
                expectedFacet(place("BR").and(category("medtop:06000000")), "source", null));
    }

    @Test
    void facetsFollowTheTextAndCarryLabels() {
        JsonNode result = search(q("Amazon"));

        assertThat(facet(result, "places")).containsEntry("BR", (long) ids(result).size());
        assertThat(result.at("/facets/categories").toString())
                .contains("{\"value\":\"medtop:06000000\",\"label\":\"environment\",\"count\":");
        assertThat(result.at("/facets/places/0/label").asString()).isEqualTo("Brazil");
    }

    @Test
    void dateRangeIsInclusive() {
        JsonNode result = search("size=100&from=2024-01-10&to=2024-03-20");

        assertThat(ids(result)).containsExactlyInAnyOrderElementsOf(Corpus.ids(article ->
                !article.get("publishedAt").isNull()
                        && article.get("publishedAt").asString().compareTo("2024-01-10") >= 0
                        && article.get("publishedAt").asString().compareTo("2024-03-20") <= 0));
        assertThat(ids(result)).contains("br-amazon-deforestation", "us-fed-rates");
    }

    @Test
    void listsNewestOrOldestFirstWithUndatedLast() {
        List<String> newest = dates(search("size=100"));
        List<String> oldest = dates(search("size=100&sort=oldest"));

        assertThat(newest).hasSize(Corpus.articles().size());
        assertThat(newest.getLast()).isEmpty();
        assertThat(newest.subList(0, newest.size() - 1)).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(oldest.getLast()).isEmpty();
        assertThat(oldest.subList(0, oldest.size() - 1)).isSorted();
        assertThat(dates(search(q("election") + "&sort=newest"))).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    static List<String> dates(JsonNode result) {
        List<String> dates = new ArrayList<>();
        result.get("hits").forEach(hit -> dates.add(hit.path("publishedAt").asString("")));
        return dates;
    }

    @Test
    void pageSizeIsBounded() {
        assertThat(ids(search("size=1"))).hasSize(1);
        assertThat(ids(search("size=100"))).hasSize(Corpus.articles().size());
        assertThat(ids(search(""))).hasSize(20);
        assertProblem("size=101", "size");
        assertProblem("size=0", "size");
    }

    @Test
    void badInputIsNeverAServerError() {
        for (String text : List.of("\"sao paulo", ")(*&^", "((((", "\"", "-", "OR", "a* *", "\\", "~2 ^3",
                "title:drought", "{\"match_all\":{}}", "<script>alert(1)</script>")) {
            HttpResponse<String> response = http.get("/api/search?" + q(text));
            assertThat(response.statusCode()).as(text).isEqualTo(200);
        }
        assertThat(ids(search(q("\"sao paulo")))).contains("br-saopaulo-water");
        assertProblem(q("drought ".repeat(800)), "q");
        // 10 KB of text: Tomcat refuses a request line over its 8 KB header limit before the application
        // sees it; still a 400, never a server error.
        assertThat(http.get("/api/search?" + q("drought ".repeat(1_300))).statusCode()).isEqualTo(400);
        assertProblem("cursor=bm90LWEtY3Vyc29y", "cursor");
        assertProblem("from=2024-02-30", "from");
        assertProblem("to=soon", "to");
        assertProblem("sort=random", "sort");
    }

    void assertProblem(String query, String parameter) {
        HttpResponse<String> response = http.get("/api/search?" + query);
        assertThat(response.statusCode()).as(query).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(response.body()).get("parameter").asString()).isEqualTo(parameter);
    }

    @Test
    void eachWordIsMarkedInEveryFieldItIsFoundIn() {
        JsonNode result = search(q("Kilicdaroglu AND presidential"));

        assertThat(ids(result)).containsExactly("tr-erdogan-runoff");
        List<String> highlights = new ArrayList<>();
        result.at("/hits/0/highlights").forEach(highlight -> highlights.add(highlight.asString()));
        // The title lacks the first word, which the search found in a paragraph: its own word is still marked.
        assertThat(highlights.getFirst()).isEqualTo("Erdoğan wins Turkey&#x27;s <mark>presidential</mark> run-off");
        assertThat(highlights).anySatisfy(highlight -> assertThat(highlight)
                .contains("<mark>Kılıçdaroğlu</mark>", "<mark>presidential</mark>"));
    }

    @Test
    void highlightsEscapeEverythingButTheMarks() {
        JsonNode result = search(q("embedded trackers"));

        assertThat(ids(result)).containsExactly("web-tracking-scandal");
        String highlights = result.at("/hits/0/highlights").toString();
        assertThat(highlights).contains("&lt;script&gt;", "<mark>embedded</mark>", "&amp;")
                .doesNotContain("<script>");
    }

    @Test
    void cursorPagesThroughEveryHitOnce() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = search("size=7" + (cursor == null ? "" : "&cursor=" + cursor));
            seen.addAll(ids(page));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
            pages++;
        } while (cursor != null && pages < 20);

        assertThat(seen).doesNotHaveDuplicates().hasSize(Corpus.articles().size());
        assertThat(pages).isEqualTo((Corpus.articles().size() + 6) / 7);
    }

    @Test
    void cursorRefusesADifferentSearch() {
        String cursor = search("q=election&size=2").get("nextCursor").asString();

        assertThat(ids(search("q=election&size=2&cursor=" + cursor))).hasSize(2);
        assertProblem("q=Amazon&size=2&cursor=" + cursor, "cursor");
        assertProblem("q=election&sort=oldest&size=2&cursor=" + cursor, "cursor");
    }

    @Test
    void apiDocsDescribeSearchAndItsProblems() {
        HttpResponse<String> response = http.get("/v3/api-docs");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode docs = JSON.readTree(response.body());
        assertThat(docs.at("/paths/~1api~1search/get/responses/400/content").has("application/problem+json"))
                .isTrue();
        assertThat(docs.at("/paths/~1api~1search/get/responses/503").isObject()).isTrue();
        assertThat(docs.at("/paths/~1api~1articles~1{id}~1similar/get/responses/404").isObject()).isTrue();
        assertThat(docs.at("/paths/~1api~1articles~1{id}~1cited-by/get/responses/404/content")
                .has("application/problem+json")).isTrue();
        assertThat(docs.at("/components/schemas/StoredArticle/properties/enrichmentVersion/type").asString())
                .isEqualTo("string");
        assertThat(http.get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
    }
}
