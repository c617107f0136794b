package org.archivist.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class BenchDocumentsTests {

    private static final String QUERY = "{\"term\":{\"source\":\"bench-corpus\"}}";

    @Test
    void firstIdPageSortsByIdWithoutSearchAfter() {
        JsonNode page = StackClient.JSON.readTree(BenchDocuments.idPage(QUERY, null));

        assertThat(page.path("sort").toString()).isEqualTo("[{\"id\":\"asc\"}]");
        assertThat(page.path("query")).isEqualTo(StackClient.JSON.readTree(QUERY));
        assertThat(page.path("_source").asBoolean(true)).isFalse();
        assertThat(page.has("search_after")).isFalse();
    }

    @Test
    void nextIdPageStartsAfterTheLastHitsSortValues() {
        JsonNode after = StackClient.JSON.readTree("[\"bp-0999\"]");

        JsonNode page = StackClient.JSON.readTree(BenchDocuments.idPage(QUERY, after));

        assertThat(page.path("search_after")).isEqualTo(after);
        assertThat(page.path("size").asInt()).isPositive();
    }

    @Test
    void markerQueryFindsOnlyTheIdsThatAreDeletionMarkers() {
        JsonNode body = StackClient.JSON.readTree(BenchDocuments.markerQuery(List.of("a\"1", "b2")));

        assertThat(body.path("size").asInt()).isEqualTo(2);
        assertThat(body.path("seq_no_primary_term").asBoolean()).isTrue();
        assertThat(body.path("query").toString()).isEqualTo("{\"bool\":{\"filter\":["
                + "{\"ids\":{\"values\":[\"a\\\"1\",\"b2\"]}},{\"exists\":{\"field\":\"deletedAt\"}}]}}");
    }

    @Test
    void markerDeletesAreOneConditionalDeleteLinePerHit() {
        JsonNode hits = StackClient.JSON.readTree("""
                [{"_index": "articles-v2", "_id": "x1", "_seq_no": 17, "_primary_term": 1},
                 {"_index": "articles-v1", "_id": "x\\"2", "_seq_no": 4, "_primary_term": 3}]
                """);

        String body = BenchDocuments.conditionalDeletes(hits);

        assertThat(body).endsWith("\n");
        assertThat(body.lines().map(StackClient.JSON::readTree).toList()).containsExactly(
                StackClient.JSON.readTree("""
                        {"delete": {"_index": "articles-v2", "_id": "x1", "if_seq_no": 17, "if_primary_term": 1}}
                        """),
                StackClient.JSON.readTree("""
                        {"delete": {"_index": "articles-v1", "_id": "x\\"2", "if_seq_no": 4, "if_primary_term": 3}}
                        """));
    }

    @Test
    void countsDeletedMarkersAndSkipsThoseGoneOrChangedSince() {
        JsonNode answer = StackClient.JSON.readTree("""
                {"errors": true, "items": [
                  {"delete": {"_id": "a", "status": 200, "result": "deleted"}},
                  {"delete": {"_id": "b", "status": 404, "result": "not_found"}},
                  {"delete": {"_id": "c", "status": 409, "error": {"type": "version_conflict_engine_exception"}}},
                  {"delete": {"_id": "d", "status": 200, "result": "deleted"}}]}
                """);

        assertThat(BenchDocuments.deletedCount(answer)).isEqualTo(2);
    }

    @Test
    void anyOtherFailedDeleteFails() {
        JsonNode answer = StackClient.JSON.readTree("""
                {"errors": true, "items": [
                  {"delete": {"_id": "a", "status": 200, "result": "deleted"}},
                  {"delete": {"_id": "b", "status": 429, "error": {"type": "es_rejected_execution_exception"}}}]}
                """);

        assertThatIllegalStateException().isThrownBy(() -> BenchDocuments.deletedCount(answer))
                .withMessageContaining("es_rejected_execution_exception");
    }
}
