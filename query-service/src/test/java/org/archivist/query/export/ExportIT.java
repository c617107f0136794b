package org.archivist.query.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.archivist.contract.EnrichedArticle;
import org.archivist.query.index.ArticleIndexer;
import org.archivist.query.search.Corpus;
import org.archivist.testing.HttpProbe;
import org.archivist.testing.StackIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /api/export} on the real Elasticsearch node, over seven articles of its own index read two at a time
 * ({@code archivist.query.export-page-size=2}), so that every export pages through its point in time.
 */
@StackIntegrationTest(properties = {
        "archivist.query.topic=it-export-${archivist.it.run}",
        "archivist.query.index-alias=it-export-${archivist.it.run}",
        "spring.kafka.consumer.group-id=it-export-${archivist.it.run}",
        "archivist.query.export-page-size=2" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CSV_HEADER = "id,url,source,title,authors,publishedAt,language,categories,places,"
            + "footnotes,excerpt,ingestedAt,indexedAt";
    private static final String CITATIONS_HEADER = "citing_id,footnote_number,cited_id,citation_title,"
            + "citation_authors,citation_publication,citation_date,citation_url";

    @LocalServerPort
    int port;

    @Autowired
    ArticleIndexer indexer;

    HttpProbe http;

    private static ObjectNode article(String id, String title, String publishedAt, String place) {
        ObjectNode article = JSON.createObjectNode();
        article.put("schemaVersion", 1).put("id", id).put("source", "it")
                .put("url", "https://ledger.example.com/" + id).put("title", title).put("language", "en")
                .put("ingestedAt", "2026-11-25T10:00:00Z").put("enrichedAt", "2026-11-25T10:00:01Z");
        if (publishedAt != null) {
            article.put("publishedAt", publishedAt);
        }
        article.putArray("paragraphs").add("A paragraph about " + title + ".");
        article.putArray("places").addObject().put("code", place).put("name", place).put("mentions", 1);
        return article;
    }

    private static EnrichedArticle enriched(ObjectNode article) {
        return JSON.treeToValue(article, EnrichedArticle.class);
    }

    /**
     * ex-1 cites ex-2 by its address (as written, with a tracking parameter) and a book no stored article is; it is
     * indexed alone and first, so its link to ex-2 is decided when read, as {@code GET /api/articles/{id}} does.
     */
    @BeforeAll
    void indexSevenArticles() throws IOException {
        http = new HttpProbe(port);
        ObjectNode citing = article("ex-1", "Harbour strike, week two: the \"long\" wait", "2024-03-11", "BR");
        citing.putArray("authors").add("Ana Lima").add("Tom Berg");
        citing.putArray("categories").addObject().put("code", "medtop:09000000").put("label", "labour")
                .put("score", 0.8).put("origin", "inferred");
        ArrayNode footnotes = citing.putArray("footnotes");
        footnotes.addObject().put("number", 1).put("text", "[1] The Ledger, https://LEDGER.example.com/ex-2?utm_source=x");
        footnotes.addObject().put("number", 2).put("text", "[2] Maria Souza, Dockworkers and the State, Labour Review, 2019.");
        ArrayNode links = citing.putArray("footnoteLinks");
        ObjectNode resolvable = links.addObject().put("number", 1);
        resolvable.putArray("markers");
        resolvable.putObject("citation").put("publication", "The Ledger")
                .put("url", "https://LEDGER.example.com/ex-2?utm_source=x").putArray("authors");
        resolvable.putNull("resolvedArticleId");
        ObjectNode unresolved = links.addObject().put("number", 2);
        unresolved.putArray("markers");
        ObjectNode book = unresolved.putObject("citation").put("title", "Dockworkers and the State")
                .put("publication", "Labour Review").put("date", "2019");
        book.putArray("authors").add("Maria Souza");
        unresolved.putNull("resolvedArticleId");
        indexer.index(List.of(enriched(citing)));

        indexer.index(List.of(
                enriched(article("ex-2", "Port wages report", "2023-10-02", "BR")),
                enriched(article("ex-3", "=HYPERLINK(\"http://evil.example\",\"click\")", "2024-01-05", "PT")),
                enriched(article("ex-4", "Harbour reopens", "2024-03-20", "PT")),
                enriched(article("ex-5", "Undated harbour notes", null, "FR")),
                enriched(article("ex-6", "Grain prices", "2022-05-01", "US")),
                enriched(article("ex-7", "Rail strike", "2022-06-01", "BR"))));
        Corpus.awaitSearchable(http, 7);
    }

    private HttpResponse<String> export(String query) {
        return http.get("/api/export?" + query);
    }

    private HttpResponse<String> exported(String query) {
        HttpResponse<String> response = export(query);
        assertThat(response.statusCode()).as(query + " → " + response.body()).isEqualTo(200);
        return response;
    }

    private static List<JsonNode> lines(HttpResponse<String> ndjson) {
        List<JsonNode> lines = new ArrayList<>();
        assertThat(ndjson.body()).endsWith("\n");
        for (String line : ndjson.body().split("\n")) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    private static List<String> ids(HttpResponse<String> ndjson) {
        return lines(ndjson).stream().map(line -> line.get("id").asString()).toList();
    }

    @Test
    void ndjsonStreamsEveryMatchNewestFirstEachAsTheArticleEndpointReturnsIt() {
        HttpResponse<String> response = exported("");

        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/x-ndjson");
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).matches("attachment; filename=\"archivist-export-\\d{8}-\\d{6}\\.ndjson\""));
        List<JsonNode> lines = lines(response);
        assertThat(lines).extracting(line -> line.get("id").asString())
                .containsExactly("ex-4", "ex-1", "ex-3", "ex-2", "ex-7", "ex-6", "ex-5");
        for (JsonNode line : lines) {
            HttpResponse<String> stored = http.get("/api/articles/" + line.get("id").asString());
            assertThat(line).isEqualTo(JSON.readTree(stored.body()));
        }
        assertThat(lines.get(1).at("/footnoteLinks/0/resolvedArticleId").asString()).isEqualTo("ex-2");
        assertThat(lines.get(1).at("/footnoteLinks/1/resolvedArticleId").isNull()).isTrue();
    }

    @Test
    void exportsWhatTheSearchWithTheSameParametersFinds() {
        assertThat(ids(exported("place=BR&from=2023-01-01"))).containsExactly("ex-1", "ex-2");
        assertThat(ids(exported("q=harbour&sort=oldest"))).containsExactly("ex-1", "ex-4", "ex-5");

        JsonNode search = JSON.readTree(http.get("/api/search?q=harbour&size=100").body());
        List<String> searched = new ArrayList<>();
        search.get("hits").forEach(hit -> searched.add(hit.get("id").asString()));
        assertThat(ids(exported("q=harbour"))).containsExactlyElementsOf(searched);
    }

    @Test
    void csvHasAHeaderQuotesAsRfc4180AndDisarmsFormulas() {
        HttpResponse<String> response = exported("format=csv&place=BR&place=PT&from=2024-01-01&sort=oldest");

        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).matches("attachment; filename=\"archivist-export-\\d{8}-\\d{6}\\.csv\""));
        String[] rows = response.body().split("\r\n", -1);
        assertThat(rows).hasSize(5);
        assertThat(rows[0]).isEqualTo(CSV_HEADER);
        assertThat(rows[1]).isEqualTo("ex-3,https://ledger.example.com/ex-3,it,"
                + "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",,2024-01-05,en,,PT,0,false,"
                + "2026-11-25T10:00:00Z," + indexedAt("ex-3"));
        assertThat(rows[2]).isEqualTo("ex-1,https://ledger.example.com/ex-1,it,"
                + "\"Harbour strike, week two: the \"\"long\"\" wait\",Ana Lima; Tom Berg,2024-03-11,en,labour,BR,2,"
                + "false,2026-11-25T10:00:00Z," + indexedAt("ex-1"));
        assertThat(rows[3]).startsWith("ex-4,");
        assertThat(rows[4]).isEmpty();
    }

    private String indexedAt(String id) {
        return JSON.readTree(http.get("/api/articles/" + id).body()).get("indexedAt").asString();
    }

    @Test
    void citationsListEachFootnoteLinkResolvedOrNot() {
        HttpResponse<String> response = exported("format=citations&q=strike");

        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(response.body()).isEqualTo(CITATIONS_HEADER + "\r\n"
                + "ex-1,1,ex-2,,,The Ledger,,https://LEDGER.example.com/ex-2?utm_source=x\r\n"
                + "ex-1,2,,Dockworkers and the State,Maria Souza,Labour Review,2019,\r\n");
    }

    @Test
    void emptyExportHasOnlyTheHeader() {
        assertThat(exported("format=csv&place=JP").body()).isEqualTo(CSV_HEADER + "\r\n");
        assertThat(exported("place=JP").body()).isEmpty();
    }

    @Test
    void unknownFormatOrBadParameterIsAProblem() {
        HttpResponse<String> response = export("format=xlsx");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("parameter").asString()).isEqualTo("format");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/export");

        HttpResponse<String> badDate = export("format=csv&to=" + URLEncoder.encode("31/12/2024", StandardCharsets.UTF_8));
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badDate.body()).get("parameter").asString()).isEqualTo("to");
        assertThat(badDate.headers().firstValue("Content-Disposition")).isEmpty();
    }

    @Test
    void headAnswersTheHeadersWithoutReadingAndOpenApiDescribesIt() {
        HttpResponse<String> head = http.send("HEAD", "/api/export?format=csv&place=BR", null);
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(head.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).matches("attachment; filename=\"archivist-export-\\d{8}-\\d{6}\\.csv\""));
        assertThat(head.body()).isEmpty();
        HttpResponse<String> bad = http.send("HEAD", "/api/export?format=xlsx", null);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type")).hasValue("application/problem+json");

        JsonNode paths = JSON.readTree(http.get("/v3/api-docs").body()).at("/paths/~1api~1export");
        JsonNode operation = paths.get("head");
        assertThat(operation.get("operationId").asString()).isEqualTo("exportHeaders");
        assertThat(operation.at("/responses/200/headers/Content-Disposition/required").asBoolean()).isTrue();
        assertThat(operation.at("/responses/400/content").isMissingNode()).isTrue();
        assertThat(operation.get("parameters")).isEqualTo(paths.at("/get/parameters"));
    }

    @Test
    void openApiDescribesTheMediaTypesParametersAndProblems() {
        JsonNode operation = JSON.readTree(http.get("/v3/api-docs").body()).at("/paths/~1api~1export/get");

        assertThat(operation.at("/responses/200/content").propertyNames()).containsExactlyInAnyOrder(
                "application/x-ndjson", "text/csv");
        assertThat(operation.at("/responses/200/content/text~1csv/examples").propertyNames())
                .containsExactlyInAnyOrder("csv", "citations");
        assertThat(operation.at("/responses/200/headers/Content-Disposition").isMissingNode()).isFalse();
        assertThat(operation.at("/responses/400/content").propertyNames()).containsExactly("application/problem+json");
        List<String> parameters = new ArrayList<>();
        operation.get("parameters").forEach(parameter -> parameters.add(parameter.get("name").asString()));
        assertThat(parameters).containsExactly("q", "category", "author", "place", "source", "from", "to", "sort",
                "format");
        assertThat(operation.at("/parameters/8/schema/enum").toString()).isEqualTo("[\"ndjson\",\"csv\",\"citations\"]");
        assertThat(operation.at("/parameters/0/schema/maxLength").asInt()).isEqualTo(1000);
    }
}
