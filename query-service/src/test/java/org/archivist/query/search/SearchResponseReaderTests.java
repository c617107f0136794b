package org.archivist.query.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class SearchResponseReaderTests {

    private final SearchResponseReader reader = new SearchResponseReader(JsonMapper.builder().build());

    static InputStream response(String hits, String aggregations) {
        String json = """
                {"took":1,"timed_out":false,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0},
                 "hits":{"total":{"value":42,"relation":"eq"},"max_score":null,"hits":[%s]},
                 "aggregations":{%s}}
                """.formatted(hits, aggregations);
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    static String hit(String id, String highlight, String sort) {
        return """
                {"_index":"articles-v1","_id":"%s","_score":null,
                 "_source":{"id":"%s","title":"Title %s","authors":["Ana Müller"],"publishedAt":"2024-01-02",
                   "categories":[{"code":"medtop:06000000","label":"environment","score":0.9,"origin":"inferred",
                     "evidence":["drought"]}]},
                 "highlight":%s,"sort":%s}
                """.formatted(id, id, id, highlight, sort);
    }

    @Test
    void readsHitsWithHighlightsInTitleParagraphFootnoteOrder() {
        InputStream response = response(hit("a", """
                {"footnotes.text":["note <mark>x</mark>"],"paragraphs":["p1 <mark>x</mark>","p2"],
                 "title":["<mark>X</mark> title"]}""", "[1.5,\"a\"]"), "");

        SearchResponseReader.Page page = reader.read(response, 10);

        assertThat(page.total()).isEqualTo(42);
        assertThat(page.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.id()).isEqualTo("a");
            assertThat(hit.title()).isEqualTo("Title a");
            assertThat(hit.authors()).containsExactly("Ana Müller");
            assertThat(hit.publishedAt()).isEqualTo("2024-01-02");
            assertThat(hit.categories()).singleElement().satisfies(category -> {
                assertThat(category.code()).isEqualTo("medtop:06000000");
                assertThat(category.evidence()).containsExactly("drought");
            });
            assertThat(hit.highlights()).containsExactly("<mark>X</mark> title", "p1 <mark>x</mark>", "p2",
                    "note <mark>x</mark>");
        });
    }

    @Test
    void extraHitMeansANextPageAfterTheLastHitShown() {
        InputStream response = response(String.join(",", hit("a", "{}", "[3.0,\"a\"]"),
                hit("b", "{}", "[2.0,\"b\"]"), hit("c", "{}", "[1.0,\"c\"]")), "");

        SearchResponseReader.Page page = reader.read(response, 2);

        assertThat(page.hits()).extracting(SearchResult.Hit::id).containsExactly("a", "b");
        assertThat(page.nextAfter()).hasSize(2);
        assertThat(page.nextAfter().get(0).doubleValue()).isEqualTo(2.0);
        assertThat(page.nextAfter().get(1).stringValue()).isEqualTo("b");
    }

    @Test
    void noExtraHitMeansLastPage() {
        InputStream response = response(String.join(",", hit("a", "{}", "[3.0,\"a\"]"),
                hit("b", "{}", "[2.0,\"b\"]")), "");

        SearchResponseReader.Page page = reader.read(response, 2);

        assertThat(page.hits()).hasSize(2);
        assertThat(page.nextAfter()).isNull();
    }

    @Test
    void readsFacetCountsAndLabelsFromTheBucketsDocument() {
        String aggregations = """
                "filter#categories":{"doc_count":5,"sterms#values":{"doc_count_error_upper_bound":0,
                  "sum_other_doc_count":0,"buckets":[
                   {"key":"medtop:06000000","doc_count":4,"top_hits#label":{"hits":{"total":{"value":4,"relation":"eq"},
                     "max_score":1.0,"hits":[{"_index":"i","_id":"a","_score":1.0,"_source":{"categories":[
                       {"code":"medtop:17000000","label":"weather"},{"code":"medtop:06000000","label":"environment"}]}}]}}},
                   {"key":"source:odd","doc_count":1,"top_hits#label":{"hits":{"total":{"value":1,"relation":"eq"},
                     "max_score":1.0,"hits":[{"_index":"i","_id":"b","_score":1.0,"_source":{"categories":[]}}]}}}]}},
                "filter#authors":{"doc_count":5,"sterms#values":{"doc_count_error_upper_bound":0,
                  "sum_other_doc_count":0,"buckets":[{"key":"Ana Müller","doc_count":3}]}},
                "filter#places":{"doc_count":5,"sterms#values":{"doc_count_error_upper_bound":0,
                  "sum_other_doc_count":0,"buckets":[
                   {"key":"BR","doc_count":2,"top_hits#label":{"hits":{"total":{"value":2,"relation":"eq"},
                     "max_score":1.0,"hits":[{"_index":"i","_id":"a","_score":1.0,"_source":{"places":[
                       {"code":"BR","name":"Brazil"}]}}]}}}]}},
                "filter#sources":{"doc_count":5,"sterms#values":{"doc_count_error_upper_bound":0,
                  "sum_other_doc_count":0,"buckets":[]}}
                """;

        SearchResult.Facets facets = reader.read(response("", aggregations), 10).facets();

        assertThat(facets.categories()).containsExactly(
                new SearchResult.FacetValue("medtop:06000000", "environment", 4),
                new SearchResult.FacetValue("source:odd", "source:odd", 1));
        assertThat(facets.authors()).containsExactly(new SearchResult.FacetValue("Ana Müller", null, 3));
        assertThat(facets.places()).containsExactly(new SearchResult.FacetValue("BR", "Brazil", 2));
        assertThat(facets.sources()).isEmpty();
    }

    @Test
    void readsFacetsWithoutOtherFiltersFromTheirTermsAlone() {
        String aggregations = """
                "sterms#authors":{"doc_count_error_upper_bound":0,"sum_other_doc_count":0,
                  "buckets":[{"key":"Ana Müller","doc_count":3},{"key":"Rui Costa","doc_count":1}]},
                "filter#places":{"doc_count":2,"sterms#values":{"doc_count_error_upper_bound":0,
                  "sum_other_doc_count":0,"buckets":[{"key":"BR","doc_count":2}]}},
                "sterms#sources":{"doc_count_error_upper_bound":0,"sum_other_doc_count":0,"buckets":[]}
                """;

        SearchResult.Facets facets = reader.read(response("", aggregations), 10).facets();

        assertThat(facets.authors()).containsExactly(new SearchResult.FacetValue("Ana Müller", null, 3),
                new SearchResult.FacetValue("Rui Costa", null, 1));
        assertThat(facets.places()).containsExactly(new SearchResult.FacetValue("BR", null, 2));
        assertThat(facets.sources()).isEmpty();
        assertThat(facets.categories()).isEmpty();
    }

    @Test
    void bucketsWithoutADocumentHaveNoLabelYet() {
        String aggregations = """
                "filter#places":{"doc_count":2,"sterms#values":{"doc_count_error_upper_bound":0,
                  "sum_other_doc_count":0,"buckets":[{"key":"BR","doc_count":2}]}}
                """;

        assertThat(reader.read(response("", aggregations), 10).facets().places())
                .containsExactly(new SearchResult.FacetValue("BR", null, 2));
    }

    @Test
    void missingAggregationsGiveEmptyFacets() {
        assertThat(reader.read(response("", ""), 10).facets()).isEqualTo(SearchResult.Facets.EMPTY);
    }

    @Test
    void readsThePointInTimeTheResponseNames() {
        String json = """
                {"pit_id":"pit-2","hits":{"total":{"value":0,"relation":"eq"},"hits":[]}}""";

        SearchResponseReader.Page page = reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                10);

        assertThat(page.pit()).isEqualTo("pit-2");
        assertThat(page.total()).isZero();
    }

    @Test
    void responseWithoutPointInTimeHasNone() {
        assertThat(reader.read(response("", ""), 10).pit()).isNull();
    }

    @Test
    void integralSortValuesAreLongsAndOtherNumbersDoubles() {
        InputStream response = response(String.join(",", hit("a", "{}", "[7,-9223372036854775808,1.5,\"id-7\",true,null]"),
                hit("b", "{}", "[1,\"b\"]")), "");

        var values = reader.read(response, 1).nextAfter();

        assertThat(values).hasSize(6);
        assertThat(values.get(0).isLong()).isTrue();
        assertThat(values.get(0).longValue()).isEqualTo(7L);
        assertThat(values.get(1).longValue()).isEqualTo(Long.MIN_VALUE);
        assertThat(values.get(2).isDouble()).isTrue();
        assertThat(values.get(2).doubleValue()).isEqualTo(1.5);
        assertThat(values.get(3).stringValue()).isEqualTo("id-7");
        assertThat(values.get(4).booleanValue()).isTrue();
        assertThat(values.get(5).isNull()).isTrue();
    }

    @Test
    void skipsFieldsItDoesNotKnowAtAnyDepth() {
        InputStream response = response("""
                {"_id":"a","_ignored":["x"],"fields":{"deep":[{"a":[1,{"b":2}]}]},
                 "_source":{"title":"T","unknown":{"nested":[1,2]},"authors":["A"],
                   "categories":[{"code":"c","label":"l","score":1,"origin":"source","evidence":[],"extra":{"x":1}}]},
                 "highlight":{"other":["o"],"title":["<mark>T</mark>"]},"sort":[1.0,"a"]}""", "");

        assertThat(reader.read(response, 10).hits()).singleElement().satisfies(hit -> {
            assertThat(hit.title()).isEqualTo("T");
            assertThat(hit.authors()).containsExactly("A");
            assertThat(hit.categories()).containsExactly(new org.archivist.contract.Category("c", "l", 1.0, "source",
                    java.util.List.of()));
            assertThat(hit.highlights()).containsExactly("<mark>T</mark>");
        });
    }

    @Test
    void hitWithoutSourceOrHighlightHasEmptyLists() {
        SearchResponseReader.Page page = reader.read(response("""
                {"_index":"articles-v1","_id":"a","_score":1.0}""", ""), 10);

        assertThat(page.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.id()).isEqualTo("a");
            assertThat(hit.title()).isNull();
            assertThat(hit.authors()).isEmpty();
            assertThat(hit.categories()).isEmpty();
            assertThat(hit.highlights()).isEmpty();
        });
    }

    // -- the publishedAt facet's counts and the hits' addresses -------------------------------------------------

    static final String TIMELINE = """
            "filter#publishedAt":{"doc_count":17,
              "min#publishedAt.first":{"value":1.5779808E12,"value_as_string":"2020-01-02"},
              "max#publishedAt.last":{"value":1.5856416E12,"value_as_string":"2020-03-31"},
              "date_histogram#publishedAt.periods":{"buckets":[
                {"key_as_string":"2020-01-01","key":1577836800000,"doc_count":12},
                {"key_as_string":"2020-03-01","key":1583020800000,"doc_count":5}]}}""";

    @Test
    void readsTheTimelinesFirstAndLastDatesAndPeriods() {
        Timeline.Counts counts = reader.read(response("", TIMELINE), 10).timeline();

        assertThat(counts.first()).isEqualTo(LocalDate.parse("2020-01-02"));
        assertThat(counts.last()).isEqualTo(LocalDate.parse("2020-03-31"));
        assertThat(counts.periods()).isEqualTo(Map.of(LocalDate.parse("2020-01-01"), 12L,
                LocalDate.parse("2020-03-01"), 5L));
        assertThat(counts.source()).isNull();
    }

    @Test
    void readsTheTimelineBesideTheFacetsWhenNoFilterAggregationHoldsIt() {
        String aggregations = """
                "sterms#sources":{"doc_count_error_upper_bound":0,"sum_other_doc_count":0,
                  "buckets":[{"key":"wire","doc_count":17}]},
                "min#publishedAt.first":{"value":1.5779808E12,"value_as_string":"2020-01-02"},
                "date_histogram#publishedAt.periods":{"buckets":[
                  {"key_as_string":"2020-01-01","key":1577836800000,"doc_count":12},
                  {"key_as_string":"2020-03-01","key":1583020800000,"doc_count":5}]},
                "max#publishedAt.last":{"value":1.5856416E12,"value_as_string":"2020-03-31"}""";

        SearchResponseReader.Page page = reader.read(response("", aggregations), 10);

        assertThat(page.timeline()).isEqualTo(reader.read(response("", TIMELINE), 10).timeline());
        assertThat(page.facets().sources()).containsExactly(new SearchResult.FacetValue("wire", null, 17));
    }

    @Test
    void timelineBesideOtherFacetsLeavesThemAsTheyWere() {
        String aggregations = """
                "filter#sources":{"doc_count":5,"sterms#values":{"doc_count_error_upper_bound":0,
                  "sum_other_doc_count":0,"buckets":[{"key":"wire","doc_count":5}]}},""" + TIMELINE;

        SearchResponseReader.Page page = reader.read(response("", aggregations), 10);

        assertThat(page.facets().sources()).containsExactly(new SearchResult.FacetValue("wire", null, 5));
        assertThat(page.timeline().periods()).hasSize(2);
    }

    @Test
    void noDatedArticleGivesNoFirstOrLastDate() {
        String aggregations = """
                "filter#publishedAt":{"doc_count":3,"min#publishedAt.first":{"value":null},"max#publishedAt.last":{"value":null},
                  "date_histogram#publishedAt.periods":{"buckets":[]}}""";

        Timeline.Counts counts = reader.read(response("", aggregations), 10).timeline();

        assertThat(counts.first()).isNull();
        assertThat(counts.last()).isNull();
        assertThat(counts.periods()).isEmpty();
    }

    @Test
    void responseWithoutTimelineHasNoCounts() {
        assertThat(reader.read(response("", ""), 10).timeline()).isEqualTo(Timeline.Counts.NONE);
    }

    @Test
    void readsATimelineRequestsPeriodsAlone() {
        String json = """
                {"took":1,"hits":{"total":{"value":0,"relation":"eq"},"hits":[]},"aggregations":{
                 "filter#publishedAt":{"doc_count":2,"date_histogram#publishedAt.periods":{"buckets":[
                   {"key_as_string":"2020-03-02","key":1583107200000,"doc_count":2}]}}}}""";

        Timeline.Counts counts = reader.timeline(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

        assertThat(counts.periods()).isEqualTo(Map.of(LocalDate.parse("2020-03-02"), 2L));
    }

    @Test
    void readsEachHitsAddressInHitOrderAndStartsItsCitedByCountAtZero() {
        String hits = String.join(",", hit("a", "{}", "[2,\"a\"]"), """
                {"_id":"b","_source":{"id":"b","url":"https://example.org/b","title":"B"},"sort":[1,"b"]}""");

        SearchResponseReader.Page page = reader.read(response(hits, ""), 10);

        assertThat(page.urls()).containsExactly(null, "https://example.org/b");
        assertThat(page.hits()).extracting(SearchResult.Hit::citedByCount).containsExactly(0L, 0L);
    }

    @Test
    void addressesOfTheExtraHitAreLeftOutWithIt() {
        String hits = String.join(",", hit("a", "{}", "[2,\"a\"]"), hit("b", "{}", "[1,\"b\"]"));

        assertThat(reader.read(response(hits, ""), 1).urls()).hasSize(1);
    }
}
