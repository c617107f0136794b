package org.archivist.query.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.archivist.query.search.SearchCriteria;
import org.archivist.query.search.SearchMatch;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PitScanTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PitScan scan = new PitScan(JSON);

    private static SearchMatch match(String q, String sort) {
        return SearchMatch.of(new SearchCriteria(q, List.of("medtop:09000000"), null, List.of("BR"), null, "2024-01-01", null, sort));
    }

    private JsonNode request(SearchMatch match, List<String> fields, String after) {
        return JSON.readTree(scan.request(match, "pit-1", 500, fields, after));
    }

    private PitScan.Page read(String answer) throws IOException {
        return scan.read(new ByteArrayInputStream(answer.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void firstPageReadsThePointInTimeRenewingItsKeepAlive() {
        JsonNode request = request(match("harbour", null), List.of(), null);

        assertThat(request.at("/pit/id").asString()).isEqualTo("pit-1");
        assertThat(request.at("/pit/keep_alive").asString()).isEqualTo("1m");
        assertThat(request.get("size").asInt()).isEqualTo(500);
        assertThat(request.get("track_total_hits").asBoolean()).isFalse();
        assertThat(request.has("search_after")).isFalse();
        assertThat(request.has("_source")).isFalse();
        assertThat(request.has("aggregations")).isFalse();
        assertThat(request.has("highlight")).isFalse();
    }

    @Test
    void laterPagesContinueAfterThePreviousPagesLastSortValues() {
        JsonNode request = request(match(null, null), List.of(), "[1710115200000,42]");

        assertThat(request.get("search_after").toString()).isEqualTo("[1710115200000,42]");
    }

    @Test
    void asksOnlyForTheFieldsTheFormatNeeds() {
        JsonNode request = request(match(null, null), ArticleRows.FIELDS, null);

        assertThat(request.at("/_source/includes")).hasSize(ArticleRows.FIELDS.size());
        assertThat(request.at("/_source/includes/0").asString()).isEqualTo("id");
    }

    @Test
    void matchesAsTheSearchDoesWithTheShardDocTiebreak() {
        JsonNode request = request(match("harbour", null), List.of(), null);

        assertThat(request.at("/query/bool/must/0/simple_query_string/query").asString()).isEqualTo("harbour");
        assertThat(request.at("/query/bool/filter/0/range/publishedAt/gte").asString()).isEqualTo("2024-01-01");
        assertThat(request.at("/post_filter/bool/filter").toString())
                .contains("\"categories.code\":[\"medtop:09000000\"]").contains("\"places.code\":[\"BR\"]");
        assertThat(request.get("sort").toString()).isEqualTo("[{\"_score\":{\"order\":\"desc\"}},"
                + "{\"_shard_doc\":{\"order\":\"asc\"}}]");
    }

    @Test
    void ordersByPublicationWhenAsked() {
        assertThat(request(match(null, null), List.of(), null).get("sort").toString()).isEqualTo(
                "[{\"publishedAt\":{\"missing\":\"_last\",\"order\":\"desc\"}},{\"_shard_doc\":{\"order\":\"asc\"}}]");
        assertThat(request(match("harbour", "oldest"), List.of(), null).at("/sort/0/publishedAt/order").asString())
                .isEqualTo("asc");
    }

    @Test
    void readsArticlesTheLastSortValuesAndTheRenewedPointInTime() throws IOException {
        PitScan.Page page = read("""
                {"pit_id":"pit-2","took":3,"timed_out":false,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0},
                 "hits":{"total":{"value":2,"relation":"eq"},"max_score":null,"hits":[
                  {"_index":"articles-v1","_id":"a1","_score":null,"_source":{"id":"a1","title":"One",
                   "publishedAt":"2024-03-11","authors":["Ana Lima"]},"sort":[1710115200000,7]},
                  {"_index":"articles-v1","_id":"a2","_score":null,"_source":{"id":"a2","title":"Two"},
                   "sort":[-9223372036854775808,8]}]}}""");

        assertThat(page.pit()).isEqualTo("pit-2");
        assertThat(page.articles()).extracting("id").containsExactly("a1", "a2");
        assertThat(page.articles().getFirst().authors()).containsExactly("Ana Lima");
        assertThat(page.articles().getFirst().publishedAt()).hasToString("2024-03-11");
        assertThat(page.articles().get(1).footnoteLinks()).isEmpty();
        assertThat(page.after()).isEqualTo("[-9223372036854775808,8]");
    }

    @Test
    void readsTheFieldsTheCsvAsksFor() throws IOException {
        PitScan.Page page = read("""
                {"_shards":{"failed":0},"hits":{"hits":[{"_source":{"id":"a1","excerpt":false,
                 "categories":[{"code":"medtop:09000000","label":"labour","score":0.8,"origin":"inferred"}],
                 "places":[{"code":"BR","name":"Brazil","mentions":2}],"footnotes":[{"number":1},{"number":2}]},
                 "sort":[1]}]}}""");

        assertThat(ArticleRows.row(page.articles().getFirst())).containsExactly("a1", null, null, null, "", null, null,
                "labour", "BR", "2", "false", null, null);
    }

    @Test
    void readsAnEmptyPage() throws IOException {
        PitScan.Page page = read("""
                {"pit_id":"pit-3","_shards":{"total":1,"successful":1,"failed":0},"hits":{"hits":[]}}""");

        assertThat(page.articles()).isEmpty();
        assertThat(page.after()).isNull();
        assertThat(page.pit()).isEqualTo("pit-3");
    }

    @Test
    void failsWhenAShardFailedRatherThanLeaveItsMatchesOut() {
        assertThatThrownBy(() -> read("""
                {"pit_id":"p","_shards":{"total":2,"successful":1,"failed":1,"failures":[{"shard":1}]},
                 "hits":{"hits":[]}}""")).isInstanceOf(IOException.class).hasMessageContaining("1 shards failed");
    }
}
