package org.archivist.query.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.archivist.query.InvalidSearchException;
import org.junit.jupiter.api.Test;

class TimelineTests {

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    static SearchFilters dates(String from, String to) {
        return new SearchFilters(List.of(), List.of(), List.of(), List.of(), from == null ? null : day(from),
                to == null ? null : day(to));
    }

    static Timeline.Counts counts(String first, String last, TimelineInterval source, Map<String, Long> periods) {
        Map<LocalDate, Long> byDate = new java.util.HashMap<>();
        periods.forEach((date, count) -> byDate.put(day(date), count));
        return new Timeline.Counts(day(first), day(last), source, byDate);
    }

    static List<String> values(SearchResult.DateFacet facet) {
        return facet.buckets().stream().map(SearchResult.DateBucket::value).toList();
    }

    static List<Long> countsOf(SearchResult.DateFacet facet) {
        return facet.buckets().stream().map(SearchResult.DateBucket::count).toList();
    }

    // -- which counts a search reads up front ----------------------------------------------------------------

    @Test
    void countsByMonthUpFrontWhenTheDatesAreOpen() {
        assertThat(Timeline.sourceInterval(null, SearchFilters.NONE)).isEqualTo(TimelineInterval.MONTH);
        assertThat(Timeline.sourceInterval(TimelineInterval.MONTH, SearchFilters.NONE)).isEqualTo(TimelineInterval.MONTH);
        assertThat(Timeline.sourceInterval(TimelineInterval.YEAR, dates("2020-01-01", null)))
                .isEqualTo(TimelineInterval.MONTH);
    }

    @Test
    void countsByDayUpFrontWhenFromAndToSpanAtMost840Days() {
        assertThat(Timeline.sourceInterval(null, dates("2020-03-01", "2020-03-31"))).isEqualTo(TimelineInterval.DAY);
        assertThat(Timeline.sourceInterval(TimelineInterval.YEAR, dates("2020-01-01", "2020-12-31")))
                .isEqualTo(TimelineInterval.DAY);
        LocalDate from = day("2020-01-01");
        assertThat(Timeline.sourceInterval(null, dates(from.toString(), from.plusDays(839).toString())))
                .isEqualTo(TimelineInterval.DAY);
        assertThat(Timeline.sourceInterval(null, dates(from.toString(), from.plusDays(840).toString())))
                .isEqualTo(TimelineInterval.MONTH);
    }

    @Test
    void readsOnlyTheDateRangeUpFrontForDaysOrWeeksOverAnOpenRange() {
        assertThat(Timeline.sourceInterval(TimelineInterval.DAY, SearchFilters.NONE)).isNull();
        assertThat(Timeline.sourceInterval(TimelineInterval.WEEK, dates(null, "2020-01-01"))).isNull();
    }

    @Test
    void daysSumUpToAnythingMonthsToYearsAndNothingToWeeks() {
        for (TimelineInterval interval : TimelineInterval.values()) {
            assertThat(Timeline.sumsUpTo(TimelineInterval.DAY, interval)).isTrue();
            assertThat(Timeline.sumsUpTo(interval, interval)).isTrue();
            assertThat(Timeline.sumsUpTo(null, interval)).isFalse();
        }
        assertThat(Timeline.sumsUpTo(TimelineInterval.MONTH, TimelineInterval.YEAR)).isTrue();
        assertThat(Timeline.sumsUpTo(TimelineInterval.MONTH, TimelineInterval.WEEK)).isFalse();
        assertThat(Timeline.sumsUpTo(TimelineInterval.MONTH, TimelineInterval.DAY)).isFalse();
        assertThat(Timeline.sumsUpTo(TimelineInterval.WEEK, TimelineInterval.MONTH)).isFalse();
        assertThat(Timeline.sumsUpTo(TimelineInterval.YEAR, TimelineInterval.MONTH)).isFalse();
    }

    // -- choosing the interval -----------------------------------------------------------------------------

    @Test
    void autoPicksDaysUpTo120Days() {
        assertThat(Timeline.choose(null, day("2020-01-01"), day("2020-01-01"))).isEqualTo(TimelineInterval.DAY);
        assertThat(Timeline.choose(null, day("2020-01-01"), day("2020-01-01").plusDays(119)))
                .isEqualTo(TimelineInterval.DAY);
        assertThat(Timeline.choose(null, day("2020-01-01"), day("2020-01-01").plusDays(120)))
                .isEqualTo(TimelineInterval.WEEK);
    }

    @Test
    void autoPicksWeeksThenMonthsThenYears() {
        LocalDate monday = day("2020-01-06");
        assertThat(Timeline.choose(null, monday, monday.plusWeeks(119).plusDays(6))).isEqualTo(TimelineInterval.WEEK);
        assertThat(Timeline.choose(null, monday, monday.plusWeeks(120))).isEqualTo(TimelineInterval.MONTH);
        assertThat(Timeline.choose(null, day("2020-01-01"), day("2029-12-31"))).isEqualTo(TimelineInterval.MONTH);
        assertThat(Timeline.choose(null, day("2020-01-01"), day("2030-01-01"))).isEqualTo(TimelineInterval.YEAR);
    }

    @Test
    void autoStaysWithYearsBeyond120Years() {
        assertThat(Timeline.choose(null, day("1800-01-01"), day("2024-01-01"))).isEqualTo(TimelineInterval.YEAR);
    }

    @Test
    void autoWithoutAnyDateIsDay() {
        assertThat(Timeline.choose(null, null, null)).isEqualTo(TimelineInterval.DAY);
        assertThat(Timeline.choose(TimelineInterval.MONTH, null, null)).isEqualTo(TimelineInterval.MONTH);
    }

    @Test
    void requestedIntervalIsKeptWhenItFitsEvenIfAFinerOneWould() {
        assertThat(Timeline.choose(TimelineInterval.YEAR, day("2020-03-01"), day("2020-03-02")))
                .isEqualTo(TimelineInterval.YEAR);
        assertThat(Timeline.choose(TimelineInterval.DAY, day("2020-01-01"), day("2020-04-29")))
                .isEqualTo(TimelineInterval.DAY);
    }

    @Test
    void requestedIntervalGivingMoreThan120BarsIsRefusedNamingTheInterval() {
        assertThatThrownBy(() -> Timeline.choose(TimelineInterval.DAY, day("2020-01-01"), day("2020-04-30")))
                .isInstanceOfSatisfying(InvalidSearchException.class, e -> {
                    assertThat(e.parameter()).isEqualTo("interval");
                    assertThat(e.getMessage()).contains("'day' would give 121 bars", "2020-01-01", "2020-04-30",
                            "more than 120", "coarser interval");
                });
        assertThatThrownBy(() -> Timeline.choose(TimelineInterval.MONTH, day("2000-01-01"), day("2010-01-01")))
                .isInstanceOf(InvalidSearchException.class);
    }

    // -- buckets -----------------------------------------------------------------------------------------------

    @Test
    void monthsBetweenTheFirstAndLastDateAreAllThereEmptyOnesWithZero() {
        SearchResult.DateFacet facet = Timeline.facet(TimelineInterval.MONTH, counts("2020-01-15", "2020-04-02",
                TimelineInterval.MONTH, Map.of("2020-01-01", 3L, "2020-04-01", 1L)), SearchFilters.NONE);

        assertThat(facet.interval()).isEqualTo("month");
        assertThat(values(facet)).containsExactly("2020-01", "2020-02", "2020-03", "2020-04");
        assertThat(countsOf(facet)).containsExactly(3L, 0L, 0L, 1L);
        assertThat(facet.buckets().get(1)).isEqualTo(new SearchResult.DateBucket("2020-02", "2020-02-01",
                "2020-02-29", 0));
    }

    @Test
    void monthsSumUpToYears() {
        SearchResult.DateFacet facet = Timeline.facet(TimelineInterval.YEAR, counts("2019-12-31", "2021-01-01",
                TimelineInterval.MONTH, Map.of("2019-12-01", 2L, "2020-03-01", 4L, "2020-11-01", 1L,
                        "2021-01-01", 5L)), SearchFilters.NONE);

        assertThat(values(facet)).containsExactly("2019", "2020", "2021");
        assertThat(countsOf(facet)).containsExactly(2L, 5L, 5L);
        assertThat(facet.buckets().get(1).from()).isEqualTo("2020-01-01");
        assertThat(facet.buckets().get(1).to()).isEqualTo("2020-12-31");
    }

    @Test
    void daysSumUpToIsoWeeksFromMondayToSunday() {
        SearchResult.DateFacet facet = Timeline.facet(TimelineInterval.WEEK, counts("2020-03-01", "2020-03-16",
                TimelineInterval.DAY, Map.of("2020-03-01", 1L, "2020-03-02", 2L, "2020-03-08", 3L,
                        "2020-03-16", 1L)), SearchFilters.NONE);

        assertThat(values(facet)).containsExactly("2020-W09", "2020-W10", "2020-W11", "2020-W12");
        assertThat(countsOf(facet)).containsExactly(1L, 5L, 0L, 1L);
        assertThat(facet.buckets().get(1)).isEqualTo(new SearchResult.DateBucket("2020-W10", "2020-03-02",
                "2020-03-08", 5));
    }

    @Test
    void daysAreTheirOwnPeriods() {
        SearchResult.DateFacet facet = Timeline.facet(TimelineInterval.DAY, counts("2020-02-28", "2020-03-01",
                TimelineInterval.DAY, Map.of("2020-02-28", 2L, "2020-03-01", 1L)), SearchFilters.NONE);

        assertThat(facet.buckets()).containsExactly(
                new SearchResult.DateBucket("2020-02-28", "2020-02-28", "2020-02-28", 2),
                new SearchResult.DateBucket("2020-02-29", "2020-02-29", "2020-02-29", 0),
                new SearchResult.DateBucket("2020-03-01", "2020-03-01", "2020-03-01", 1));
    }

    @Test
    void bucketsAreNarrowedToTheSearchsOwnFromAndTo() {
        SearchResult.DateFacet facet = Timeline.facet(TimelineInterval.MONTH, counts("2020-01-20", "2020-03-02",
                TimelineInterval.DAY, Map.of("2020-01-20", 1L, "2020-03-02", 1L)), dates("2020-01-10", "2020-03-05"));

        assertThat(facet.buckets()).containsExactly(
                new SearchResult.DateBucket("2020-01", "2020-01-10", "2020-01-31", 1),
                new SearchResult.DateBucket("2020-02", "2020-02-01", "2020-02-29", 0),
                new SearchResult.DateBucket("2020-03", "2020-03-01", "2020-03-05", 1));
    }

    @Test
    void noDatesGiveNoBuckets() {
        SearchResult.DateFacet facet = Timeline.facet(TimelineInterval.DAY, Timeline.Counts.NONE, SearchFilters.NONE);

        assertThat(facet.interval()).isEqualTo("day");
        assertThat(facet.buckets()).isEmpty();
    }

    @Test
    void countsThatCannotSumUpToTheIntervalAreAMistake() {
        Timeline.Counts byMonth = counts("2020-01-01", "2020-02-01", TimelineInterval.MONTH, Map.of("2020-01-01", 1L));

        assertThatThrownBy(() -> Timeline.facet(TimelineInterval.WEEK, byMonth, SearchFilters.NONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countedByKeepsTheDateRange() {
        Timeline.Counts read = new Timeline.Counts(day("2020-01-01"), day("2020-02-01"), null, Map.of());

        Timeline.Counts counted = read.countedBy(TimelineInterval.WEEK, Map.of(day("2019-12-30"), 4L));

        assertThat(counted.first()).isEqualTo(day("2020-01-01"));
        assertThat(counted.last()).isEqualTo(day("2020-02-01"));
        assertThat(counted.source()).isEqualTo(TimelineInterval.WEEK);
        assertThat(counted.periods()).containsEntry(day("2019-12-30"), 4L);
    }
}
