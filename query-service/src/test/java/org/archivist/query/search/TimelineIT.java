package org.archivist.query.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The {@code publishedAt} facet of {@code GET /api/search} against the real Elasticsearch node, over the fixture
 * corpus. Expected counts are computed from the corpus file itself.
 */
class TimelineIT extends CorpusStackTest {

    JsonNode search(String query) {
        HttpResponse<String> response = http.get("/api/search?" + query);
        assertThat(response.statusCode()).as(query + " → " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    static List<LocalDate> dates(Predicate<JsonNode> condition) {
        List<LocalDate> dates = new ArrayList<>();
        for (JsonNode article : Corpus.articles()) {
            if (condition.test(article) && !article.path("publishedAt").isNull()) {
                dates.add(LocalDate.parse(article.get("publishedAt").asString()));
            }
        }
        return dates;
    }

    /** Expected non-empty buckets: label → count. */
    static Map<String, Long> expected(List<LocalDate> dates, Function<LocalDate, String> label) {
        Map<String, Long> counts = new TreeMap<>();
        dates.forEach(date -> counts.merge(label.apply(date), 1L, Long::sum));
        return counts;
    }

    /** The facet's buckets: label → count, in response order. */
    static Map<String, Long> buckets(JsonNode result) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        result.at("/facets/publishedAt/buckets").forEach(bucket -> counts.put(bucket.get("value").asString(),
                bucket.get("count").asLong()));
        return counts;
    }

    static Map<String, Long> nonEmpty(Map<String, Long> buckets) {
        Map<String, Long> counts = new TreeMap<>();
        buckets.forEach((value, count) -> {
            if (count > 0) {
                counts.put(value, count);
            }
        });
        return counts;
    }

    static String week(LocalDate date) {
        return String.format("%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    @Test
    void countsPerMonthFromTheFirstMonthToTheLastWithEmptyMonthsIncluded() {
        JsonNode result = search("size=1&interval=month");

        List<LocalDate> dates = dates(article -> true);
        Map<String, Long> buckets = buckets(result);
        assertThat(result.at("/facets/publishedAt/interval").asString()).isEqualTo("month");
        assertThat(nonEmpty(buckets)).isEqualTo(expected(dates, date -> date.toString().substring(0, 7)));
        assertThat(buckets.keySet()).first().isEqualTo("2023-02");
        assertThat(buckets.keySet()).last().isEqualTo("2025-05");
        assertThat(buckets).hasSize(28).containsValue(0L);
        JsonNode february = result.at("/facets/publishedAt/buckets/0");
        assertThat(february.get("from").asString()).isEqualTo("2023-02-01");
        assertThat(february.get("to").asString()).isEqualTo("2023-02-28");
        // The undated article is a hit but in no bucket.
        assertThat(buckets.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(result.get("total").asLong() - 1);
    }

    @Test
    void countsPerYear() {
        JsonNode result = search("size=1&interval=year");

        assertThat(result.at("/facets/publishedAt/interval").asString()).isEqualTo("year");
        assertThat(buckets(result)).isEqualTo(expected(dates(article -> true), date -> Integer.toString(date.getYear())));
        assertThat(result.at("/facets/publishedAt/buckets/0/from").asString()).isEqualTo("2023-01-01");
        assertThat(result.at("/facets/publishedAt/buckets/0/to").asString()).isEqualTo("2023-12-31");
    }

    @Test
    void autoPicksTheFinestIntervalWithinTheBound() {
        // 2023-02-06 to 2025-05-02: 817 days, 117 ISO weeks.
        JsonNode result = search("size=1");

        Map<String, Long> buckets = buckets(result);
        assertThat(result.at("/facets/publishedAt/interval").asString()).isEqualTo("week");
        assertThat(buckets).hasSize(117);
        assertThat(nonEmpty(buckets)).isEqualTo(expected(dates(article -> true), TimelineIT::week));
        JsonNode first = result.at("/facets/publishedAt/buckets/0");
        assertThat(first.get("value").asString()).isEqualTo("2023-W06");
        assertThat(LocalDate.parse(first.get("from").asString()).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(LocalDate.parse(first.get("to").asString()).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
    }

    @Test
    void timelineFollowsTheTextAndFacetFilters() {
        JsonNode result = search("size=1&interval=year&q=election&source=dw-english");

        List<String> hits = SearchIT.ids(search("size=100&q=election&source=dw-english"));
        Predicate<JsonNode> matching = article -> hits.contains(article.get("id").asString());
        assertThat(hits).isNotEmpty();
        assertThat(nonEmpty(buckets(result))).isEqualTo(expected(dates(matching),
                date -> Integer.toString(date.getYear())));
        assertThat(buckets(result).values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(result.get("total").asLong());
    }

    @Test
    void aBucketsFromAndToFilterToExactlyItsCount() {
        JsonNode monthly = search("size=1&interval=month");
        JsonNode busiest = null;
        for (JsonNode bucket : monthly.at("/facets/publishedAt/buckets")) {
            if (busiest == null || bucket.get("count").asLong() > busiest.get("count").asLong()) {
                busiest = bucket;
            }
        }

        JsonNode filtered = search("size=100&from=" + busiest.get("from").asString() + "&to="
                + busiest.get("to").asString());

        assertThat(busiest.get("count").asLong()).isGreaterThan(1);
        assertThat(filtered.get("total").asLong()).isEqualTo(busiest.get("count").asLong());
        // Within one month, auto shows days, counted along with the hits.
        assertThat(filtered.at("/facets/publishedAt/interval").asString()).isEqualTo("day");
        assertThat(buckets(filtered).values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(busiest.get("count").asLong());
        for (JsonNode week : search("size=1").at("/facets/publishedAt/buckets")) {
            if (week.get("count").asLong() > 0) {
                assertThat(search("size=1&from=" + week.get("from").asString() + "&to=" + week.get("to").asString())
                        .get("total").asLong()).as(week.toString()).isEqualTo(week.get("count").asLong());
            }
        }
    }

    @Test
    void bucketsAreNarrowedToTheSearchsOwnDates() {
        JsonNode result = search("size=1&interval=month&from=2024-01-10&to=2024-03-20");

        JsonNode buckets = result.at("/facets/publishedAt/buckets");
        assertThat(buckets.get(0).get("value").asString()).isEqualTo("2024-01");
        assertThat(buckets.get(0).get("from").asString()).isEqualTo("2024-01-10");
        assertThat(buckets.get(buckets.size() - 1).get("to").asString()).isEqualTo("2024-03-20");
        LocalDate lastDay = LocalDate.parse("2024-02-01").with(TemporalAdjusters.lastDayOfMonth());
        assertThat(buckets.get(1).get("to").asString()).isEqualTo(lastDay.toString());
    }

    @Test
    void searchWithoutDatedHitsHasNoBuckets() {
        JsonNode result = search("q=fact-checkers+viral+video");

        assertThat(SearchIT.ids(result)).containsExactly("undated-analysis");
        assertThat(result.at("/facets/publishedAt/buckets")).isEmpty();
        assertThat(result.at("/facets/publishedAt/interval").isString()).isTrue();
    }

    @Test
    void otherFacetsAreAsTheyWere() {
        JsonNode result = search("size=1");

        assertThat(result.get("facets").propertyNames()).containsExactly("categories", "authors", "places", "sources",
                "publishedAt");
        assertThat(result.at("/facets/sources/0/value").isString()).isTrue();
    }

    @Test
    void unknownIntervalOrOneGivingTooManyBarsIsAProblemNamingInterval() {
        for (String query : List.of("interval=quarter", "interval=day")) {
            HttpResponse<String> response = http.get("/api/search?" + query);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
            assertThat(JSON.readTree(response.body()).get("parameter").asString()).isEqualTo("interval");
        }
        assertThat(JSON.readTree(http.get("/api/search?interval=day").body()).get("detail").asString())
                .contains("'day' would give 817 bars", "more than 120");
        assertThat(search("interval=day&from=2024-01-01&to=2024-03-31").at("/facets/publishedAt/interval").asString())
                .isEqualTo("day");
    }
}
