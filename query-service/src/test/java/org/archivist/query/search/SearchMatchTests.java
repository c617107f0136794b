package org.archivist.query.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.archivist.query.InvalidSearchException;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SearchMatchTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode written(SearchMatch match) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            match.writeQuery(g);
            match.writeScanSort(g);
            g.writeEndObject();
        }
        return JSON.readTree(out.toByteArray());
    }

    private static JsonNode search(SearchForm form) {
        return JSON.readTree(new SearchQueryBuilder("articles").build(form.validate(20, 100), null).json());
    }

    @Test
    void matchesWhatTheSearchWithTheSameParametersMatches() {
        SearchCriteria criteria = new SearchCriteria("harbour -strike", List.of("medtop:09000000"),
                List.of("Ana Lima"), List.of("BR", "PT"), List.of("civic-ledger"), "2024-01-01", "2024-12-31", "oldest");
        JsonNode search = search(new SearchForm(criteria, null, null, null));

        JsonNode match = written(SearchMatch.of(criteria));

        assertThat(match.get("query")).isEqualTo(search.get("query"));
        assertThat(match.get("post_filter")).isEqualTo(search.get("post_filter"));
    }

    @Test
    void matchesEverythingWithoutTextOrFilters() {
        JsonNode match = written(match(null, null, null));

        assertThat(match.get("query").toString()).isEqualTo("{\"match_all\":{}}");
        assertThat(match.has("post_filter")).isFalse();
    }

    @Test
    void ordersAsTheSearchThenByShardDoc() {
        assertThat(match(null, null, null).sort()).isEqualTo("newest");
        assertThat(match("harbour", null, null).sort()).isEqualTo("relevance");
        JsonNode sort = written(match("harbour", null, "oldest")).get("sort");
        assertThat(sort.get(0).at("/publishedAt/order").asString()).isEqualTo("asc");
        assertThat(sort.get(1).at("/_shard_doc/order").asString()).isEqualTo("asc");
        assertThat(sort).hasSize(2);
    }

    @Test
    void rejectsWhatTheSearchRejects() {
        assertThatThrownBy(() -> match(null, "yesterday", null))
                .isInstanceOfSatisfying(InvalidSearchException.class, e -> assertThat(e.parameter()).isEqualTo("from"));
        assertThatThrownBy(() -> match(null, null, "random"))
                .isInstanceOfSatisfying(InvalidSearchException.class, e -> assertThat(e.parameter()).isEqualTo("sort"));
        assertThatThrownBy(() -> match("x".repeat(1001), null, null))
                .isInstanceOfSatisfying(InvalidSearchException.class, e -> assertThat(e.parameter()).isEqualTo("q"));
    }

    /** A match by text, start date and sort, without filters. */
    private static SearchMatch match(String q, String from, String sort) {
        return SearchMatch.of(new SearchCriteria(q, null, null, null, null, from, null, sort));
    }
}
