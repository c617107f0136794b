package org.archivist.query.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SearchQueryBuilderTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Jackson3JsonpMapper MAPPER = new Jackson3JsonpMapper();

    private final SearchQueryBuilder builder = new SearchQueryBuilder("articles");

    static SearchParameters search(String text, SearchFilters filters, SearchSort sort) {
        return new SearchParameters(text, filters, sort, 20, null);
    }

    static SearchFilters filters(List<String> categories, List<String> authors, List<String> places,
            List<String> sources) {
        return new SearchFilters(categories, authors, places, sources, null, null);
    }

    JsonNode body(SearchParameters parameters, String pit) {
        return JSON.readTree(builder.build(parameters, pit).json());
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asString()));
        return texts;
    }

    @Test
    void textGoesThroughSimpleQueryStringWithEveryWordRequired() {
        JsonNode body = body(search("Erdogan OR Lula", SearchFilters.NONE, SearchSort.RELEVANCE), null);

        JsonNode sqs = body.at("/query/bool/must/0/simple_query_string");
        assertThat(sqs.get("query").asString()).isEqualTo("Erdogan | Lula");
        assertThat(texts(sqs.get("fields"))).containsExactly("title^3", "title.folded^2", "paragraphs",
                "footnotes.text");
        assertThat(sqs.get("default_operator").asString()).isEqualToIgnoringCase("and");
        assertThat(sqs.get("flags").asString()).doesNotContain("FUZZY", "NEAR", "SLOP", "ALL")
                .contains("PHRASE", "NOT", "OR");
        assertThat(sqs.get("lenient").asBoolean()).isTrue();
    }

    @Test
    void noTextMatchesAllWithoutHighlight() {
        JsonNode body = body(search(null, SearchFilters.NONE, SearchSort.NEWEST), null);

        assertThat(body.at("/query/match_all").isObject()).isTrue();
        assertThat(body.has("highlight")).isFalse();
        assertThat(body.has("post_filter")).isFalse();
    }

    @Test
    void highlightsEscapeHtmlAndMarkMatches() {
        JsonNode highlight = body(search("x", SearchFilters.NONE, SearchSort.RELEVANCE), null).get("highlight");

        assertThat(highlight.get("encoder").asString()).isEqualTo("html");
        assertThat(texts(highlight.get("pre_tags"))).containsExactly("<mark>");
        assertThat(texts(highlight.get("post_tags"))).containsExactly("</mark>");
        assertThat(highlight.at("/fields/0/title/number_of_fragments").asInt()).isZero();
        assertThat(highlight.at("/fields/1/paragraphs/number_of_fragments").asInt()).isEqualTo(3);
        assertThat(highlight.at("/fields/2/footnotes.text").isObject()).isTrue();
    }

    @Test
    void eachHighlightedFieldHasAQueryOnThatFieldAlone() {
        JsonNode fields = body(search("grid storage", SearchFilters.NONE, SearchSort.RELEVANCE), null)
                .at("/highlight/fields");

        assertThat(fields.size()).isEqualTo(3);
        for (int i = 0; i < fields.size(); i++) {
            String field = fields.get(i).propertyNames().iterator().next();
            JsonNode query = fields.get(i).get(field).at("/highlight_query/simple_query_string");
            assertThat(texts(query.get("fields"))).containsExactly(field);
            assertThat(query.get("query").asString()).isEqualTo("grid storage");
        }
    }

    @Test
    void highlightQueriesMarkAnyWordSoARequiredWordFoundInAnotherFieldStillShows() {
        JsonNode query = body(search("grid AND storage", SearchFilters.NONE, SearchSort.RELEVANCE), null)
                .at("/highlight/fields/1/paragraphs/highlight_query/simple_query_string");

        assertThat(query.get("default_operator").asString()).isEqualTo("or");
        assertThat(query.get("query").asString()).isEqualTo("grid + storage");
        assertThat(query.get("flags").asString().split("\\|")).doesNotContain("AND").contains("OR", "NOT", "PHRASE",
                "PREFIX");
    }

    @Test
    void dateRangeNarrowsTheQueryInclusively() {
        SearchFilters filters = new SearchFilters(List.of(), List.of(), List.of(), List.of(),
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30));

        JsonNode range = body(search(null, filters, SearchSort.NEWEST), null)
                .at("/query/bool/filter/0/range/publishedAt");

        assertThat(range.get("gte").asString()).isEqualTo("2024-01-01");
        assertThat(range.get("lte").asString()).isEqualTo("2024-06-30");
    }

    @Test
    void openEndedDateRangeHasOneBound() {
        SearchFilters filters = new SearchFilters(List.of(), List.of(), List.of(), List.of(),
                LocalDate.of(2024, 1, 1), null);

        JsonNode range = body(search("x", filters, SearchSort.RELEVANCE), null)
                .at("/query/bool/filter/0/range/publishedAt");

        assertThat(range.has("gte")).isTrue();
        assertThat(range.has("lte")).isFalse();
    }

    @Test
    void facetFiltersGoToPostFilterAndCombineWithAnd() {
        SearchFilters filters = filters(List.of("medtop:06000000"), List.of(), List.of("BR", "TR"),
                List.of("field-notes"));

        JsonNode body = body(search("x", filters, SearchSort.RELEVANCE), null);

        assertThat(body.at("/query/bool/filter").isEmpty()).isTrue();
        JsonNode clauses = body.at("/post_filter/bool/filter");
        assertThat(clauses).hasSize(3);
        assertThat(texts(clauses.get(0).at("/terms/categories.code"))).containsExactly("medtop:06000000");
        assertThat(texts(clauses.get(1).at("/terms/places.code"))).containsExactly("BR", "TR");
        assertThat(texts(clauses.get(2).at("/terms/source"))).containsExactly("field-notes");
    }

    @Test
    void eachFacetCountsWithEveryFilterButItsOwn() {
        SearchFilters filters = filters(List.of("medtop:06000000"), List.of("Ana Müller"), List.of("BR"), List.of());

        JsonNode aggregations = body(search(null, filters, SearchSort.NEWEST), null).get("aggregations");

        assertThat(aggregations.at("/places/filter/bool/filter").toString())
                .contains("categories.code", "authors.keyword").doesNotContain("places.code");
        assertThat(aggregations.at("/categories/filter/bool/filter").toString())
                .contains("places.code", "authors.keyword").doesNotContain("categories.code\":");
        assertThat(aggregations.at("/authors/filter/bool/filter").toString())
                .contains("places.code", "categories.code").doesNotContain("authors.keyword\":");
        assertThat(aggregations.at("/sources/filter/bool/filter")).hasSize(3);
    }

    @Test
    void facetWithoutOtherFiltersCountsEverythingMatched() {
        SearchFilters filters = filters(List.of(), List.of(), List.of("BR"), List.of());

        JsonNode aggregations = body(search(null, filters, SearchSort.NEWEST), null).get("aggregations");

        assertThat(aggregations.at("/places/terms/field").asString()).isEqualTo("places.code");
        assertThat(aggregations.at("/places/filter").isMissingNode()).isTrue();
    }

    @Test
    void facetTermsCountKeywordFieldsWithoutReadingDocuments() {
        JsonNode aggregations = body(search(null, SearchFilters.NONE, SearchSort.NEWEST), null).get("aggregations");

        assertThat(aggregations.at("/categories/terms/field").asString()).isEqualTo("categories.code");
        assertThat(aggregations.at("/authors/terms/field").asString()).isEqualTo("authors.keyword");
        assertThat(aggregations.at("/places/terms/field").asString()).isEqualTo("places.code");
        assertThat(aggregations.at("/sources/terms/field").asString()).isEqualTo("source");
        assertThat(aggregations.at("/categories/terms/size").asInt()).isEqualTo(SearchQueryBuilder.FACET_SIZE);
        for (Facet facet : Facet.values()) {
            assertThat(aggregations.at("/" + facet.key() + "/aggregations").isMissingNode()).as(facet.key()).isTrue();
        }
    }

    @Test
    void labelRequestReadsOneDocumentPerUnknownCode() {
        JsonNode body = JSON.readTree(JsonpUtils.toJsonString(builder.labels(new java.util.EnumMap<>(Map.of(
                Facet.CATEGORIES, List.of("medtop:06000000", "source:odd"), Facet.PLACES, List.of("BR")))), MAPPER));

        assertThat(body.get("size").asInt()).isZero();
        assertThat(body.at("/query/bool/minimum_should_match").asString()).isEqualTo("1");
        assertThat(texts(body.at("/query/bool/should/0/terms/categories.code")))
                .containsExactly("medtop:06000000", "source:odd");
        JsonNode categories = body.at("/aggregations/categories/aggregations/values");
        assertThat(texts(categories.at("/terms/include"))).containsExactly("medtop:06000000", "source:odd");
        assertThat(categories.at("/terms/size").asInt()).isEqualTo(2);
        assertThat(categories.at("/aggregations/label/top_hits/size").asInt()).isEqualTo(1);
        assertThat(body.at("/aggregations/places/aggregations/values/aggregations/label/top_hits/_source/includes/0")
                .asString()).isEqualTo("places");
        assertThat(body.at("/aggregations/authors").isMissingNode()).isTrue();
    }

    @Test
    void asksOneHitMoreThanThePageToKnowWhetherAnotherFollows() {
        assertThat(body(search("x", SearchFilters.NONE, SearchSort.RELEVANCE), null).get("size").asInt())
                .isEqualTo(21);
    }

    @Test
    void countsTotalExactlyAndReturnsOnlyHitFields() {
        JsonNode body = body(search("x", SearchFilters.NONE, SearchSort.RELEVANCE), null);

        assertThat(body.get("track_total_hits").asBoolean()).isTrue();
        assertThat(texts(body.at("/_source/includes"))).containsExactly("id", "url", "title", "authors",
                "publishedAt", "categories");
    }

    @Test
    void relevanceSortsByScoreThenId() {
        JsonNode sort = body(search("x", SearchFilters.NONE, SearchSort.RELEVANCE), null).get("sort");

        assertThat(sort.toString()).isEqualTo("[{\"_score\":{\"order\":\"desc\"}},{\"id\":{\"order\":\"asc\"}}]");
    }

    @Test
    void newestAndOldestSortByPublicationWithUndatedLastThenId() {
        JsonNode newest = body(search(null, SearchFilters.NONE, SearchSort.NEWEST), null).get("sort");
        JsonNode oldest = body(search("x", SearchFilters.NONE, SearchSort.OLDEST), null).get("sort");

        assertThat(newest.at("/0/publishedAt/order").asString()).isEqualTo("desc");
        assertThat(newest.at("/0/publishedAt/missing").asString()).isEqualTo("_last");
        assertThat(oldest.at("/0/publishedAt/order").asString()).isEqualTo("asc");
        assertThat(oldest.at("/0/publishedAt/missing").asString()).isEqualTo("_last");
        assertThat(newest.at("/1/id/order").asString()).isEqualTo("asc");
        assertThat(oldest.at("/1/id/order").asString()).isEqualTo("asc");
    }

    @Test
    void withoutPointInTimeSearchesTheAlias() {
        assertThat(builder.build(search("x", SearchFilters.NONE, SearchSort.RELEVANCE), null).index())
                .containsExactly("articles");
    }

    @Test
    void withPointInTimeNamesNoIndexAndKeepsItAlive() {
        var request = builder.build(search("x", SearchFilters.NONE, SearchSort.RELEVANCE), "pit-123");
        JsonNode body = JSON.readTree(request.json());

        assertThat(request.index()).isEmpty();
        assertThat(body.at("/pit/id").asString()).isEqualTo("pit-123");
        assertThat(body.at("/pit/keep_alive").asString()).isEqualTo("2m");
    }

    @Test
    void cursorContinuesAfterItsSortValues() {
        SearchCursor cursor = SearchCursor.issued("pit", List.of(FieldValue.of(1_700_000_000_000L), FieldValue.of("id-7")),
                SearchSort.NEWEST, "f", Instant.now());
        SearchParameters parameters = new SearchParameters(null, SearchFilters.NONE, SearchSort.NEWEST, 20, cursor);

        JsonNode body = body(parameters, "pit");

        assertThat(body.get("search_after").toString()).isEqualTo("[1700000000000,\"id-7\"]");
    }

    @Test
    void firstPageHasNoSearchAfter() {
        assertThat(body(search("x", SearchFilters.NONE, SearchSort.RELEVANCE), null).has("search_after")).isFalse();
    }

    @Test
    void textWithQuotesBackslashesAndControlCharactersStaysOneString() {
        JsonNode body = body(search("\"a\\\" OR b\u2028}", SearchFilters.NONE, SearchSort.RELEVANCE), null);

        assertThat(body.at("/query/bool/must/0/simple_query_string/query").asString())
                .isEqualTo(UserQueryText.toSimpleQueryString("\"a\\\" OR b\u2028}"));
    }

    @Test
    void filterValuesAreWrittenAsTheyWereGiven() {
        SearchFilters filters = filters(List.of(), List.of("Ana \"Müller\"\\", "O'Brien"), List.of(), List.of());

        JsonNode body = body(search(null, filters, SearchSort.NEWEST), null);

        assertThat(texts(body.at("/post_filter/bool/filter/0/terms/authors.keyword")))
                .containsExactly("Ana \"Müller\"\\", "O'Brien");
        assertThat(texts(body.at("/aggregations/places/filter/bool/filter/0/terms/authors.keyword")))
                .containsExactly("Ana \"Müller\"\\", "O'Brien");
    }

    @Test
    void cursorKeepsScoresAsDecimals() {
        SearchCursor cursor = SearchCursor.issued(null, List.of(FieldValue.of(2.5), FieldValue.of("id-7")),
                SearchSort.RELEVANCE, "f", Instant.now());

        JsonNode body = body(new SearchParameters("x", SearchFilters.NONE, SearchSort.RELEVANCE, 20, cursor), "pit");

        assertThat(body.get("search_after").toString()).isEqualTo("[2.5,\"id-7\"]");
    }

    @Test
    void dateRangeAndTextShareOneBoolQuery() {
        SearchFilters filters = new SearchFilters(List.of(), List.of(), List.of(), List.of(), null,
                LocalDate.of(2024, 6, 30));

        JsonNode bool = body(search("x", filters, SearchSort.RELEVANCE), null).at("/query/bool");

        assertThat(bool.get("must")).hasSize(1);
        assertThat(bool.get("filter")).hasSize(1);
        assertThat(bool.at("/filter/0/range/publishedAt/format").asString()).isEqualTo("strict_date");
        assertThat(bool.at("/filter/0/range/publishedAt/lte").asString()).isEqualTo("2024-06-30");
    }

    // -- the publishedAt facet -------------------------------------------------------------------------------

    static SearchParameters withInterval(SearchFilters filters, TimelineInterval interval) {
        return new SearchParameters(null, filters, SearchSort.NEWEST, 20, null, interval);
    }

    static SearchFilters dates(String from, String to) {
        return new SearchFilters(List.of(), List.of(), List.of(), List.of(), LocalDate.parse(from),
                LocalDate.parse(to));
    }

    @Test
    void timelineReadsTheFirstAndLastDatesAndCountsByMonthOverAnOpenRange() {
        JsonNode timeline = body(search(null, SearchFilters.NONE, SearchSort.NEWEST), null).at("/aggregations");

        // Without facet filters, beside the facets: no filter aggregation of match_all around them.
        assertThat(timeline.has("publishedAt")).isFalse();
        assertThat(timeline.at("/publishedAt.first/min/field").asString()).isEqualTo("publishedAt");
        assertThat(timeline.at("/publishedAt.first/min/format").asString()).isEqualTo("strict_date");
        assertThat(timeline.at("/publishedAt.last/max/field").asString()).isEqualTo("publishedAt");
        JsonNode histogram = timeline.at("/publishedAt.periods/date_histogram");
        assertThat(histogram.get("field").asString()).isEqualTo("publishedAt");
        assertThat(histogram.get("calendar_interval").asString()).isEqualTo("month");
        assertThat(histogram.get("min_doc_count").asInt()).isEqualTo(1);
        assertThat(histogram.get("format").asString()).isEqualTo("strict_date");
    }

    @Test
    void timelineCountsByDayWhenFromAndToAreClose() {
        JsonNode timeline = body(withInterval(dates("2020-03-01", "2020-03-31"), null), null).at("/aggregations");

        assertThat(timeline.at("/publishedAt.periods/date_histogram/calendar_interval").asString()).isEqualTo("day");
    }

    @Test
    void timelineReadsOnlyTheDatesWhenDaysAreAskedForOverAnOpenRange() {
        JsonNode timeline = body(withInterval(SearchFilters.NONE, TimelineInterval.DAY), null).at("/aggregations");

        assertThat(timeline.at("/publishedAt.first").isObject()).isTrue();
        assertThat(timeline.at("/publishedAt.periods").isMissingNode()).isTrue();
    }

    @Test
    void timelineCountsWhatTheHitsAreEveryFacetFilterApplied() {
        SearchFilters filters = filters(List.of("medtop:06000000"), List.of(), List.of("BR"), List.of());

        JsonNode body = body(search(null, filters, SearchSort.NEWEST), null);

        assertThat(body.at("/aggregations/publishedAt/filter")).isEqualTo(body.at("/post_filter"));
        assertThat(body.at("/aggregations/publishedAt/filter/bool/filter")).hasSize(2);
        assertThat(body.at("/aggregations/publishedAt/aggregations").propertyNames())
                .containsExactlyInAnyOrder("publishedAt.first", "publishedAt.last", "publishedAt.periods");
        assertThat(body.at("/aggregations").has("publishedAt.first")).isFalse();
    }

    @Test
    void timelineRequestCountsByTheIntervalWithTheSameQueryAndNoHits() {
        SearchFilters filters = new SearchFilters(List.of(), List.of("Ana Müller"), List.of(), List.of(),
                LocalDate.parse("2020-01-01"), null);
        SearchParameters parameters = new SearchParameters("drought", filters, SearchSort.RELEVANCE, 20, null);

        SearchQueryBuilder.Request request = builder.timeline(parameters, TimelineInterval.WEEK, null);
        JsonNode body = JSON.readTree(request.json());

        assertThat(request.index()).containsExactly("articles");
        assertThat(body.get("size").asInt()).isZero();
        assertThat(body.get("track_total_hits").asBoolean()).isFalse();
        assertThat(body.get("query")).isEqualTo(body(parameters, null).get("query"));
        JsonNode timeline = body.at("/aggregations/publishedAt");
        assertThat(timeline.at("/aggregations/publishedAt.periods/date_histogram/calendar_interval").asString())
                .isEqualTo("week");
        assertThat(timeline.at("/aggregations/publishedAt.first").isMissingNode()).isTrue();
        assertThat(timeline.at("/filter/bool/filter/0/terms/authors.keyword/0").asString()).isEqualTo("Ana Müller");
        assertThat(body.has("highlight")).isFalse();
        assertThat(body.has("sort")).isFalse();
        assertThat(body.at("/aggregations").size()).isEqualTo(1);
    }

    @Test
    void timelineRequestReadsThePointInTimeOfItsPage() {
        SearchQueryBuilder.Request request = builder.timeline(withInterval(SearchFilters.NONE, null),
                TimelineInterval.DAY, "pit-9");

        assertThat(request.index()).isEmpty();
        assertThat(JSON.readTree(request.json()).at("/pit/id").asString()).isEqualTo("pit-9");
    }
}
