package org.archivist.query.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.archivist.query.InvalidSearchException;
import org.junit.jupiter.api.Test;

class TimelineIntervalTests {

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void parsesTheNamesInAnyCaseAndAutoOrNothingAsAutomatic() {
        assertThat(TimelineInterval.parse("day")).isEqualTo(TimelineInterval.DAY);
        assertThat(TimelineInterval.parse(" Week ")).isEqualTo(TimelineInterval.WEEK);
        assertThat(TimelineInterval.parse("MONTH")).isEqualTo(TimelineInterval.MONTH);
        assertThat(TimelineInterval.parse("year")).isEqualTo(TimelineInterval.YEAR);
        assertThat(TimelineInterval.parse("auto")).isNull();
        assertThat(TimelineInterval.parse("")).isNull();
        assertThat(TimelineInterval.parse(null)).isNull();
    }

    @Test
    void rejectsOtherIntervalsNamingTheParameter() {
        for (String value : new String[] { "quarter", "1M", "days", "hour" }) {
            assertThatThrownBy(() -> TimelineInterval.parse(value)).as(value)
                    .isInstanceOfSatisfying(InvalidSearchException.class, e -> {
                        assertThat(e.parameter()).isEqualTo("interval");
                        assertThat(e.getMessage()).contains("auto, day, week, month, year");
                    });
        }
    }

    @Test
    void weeksStartOnMonday() {
        assertThat(TimelineInterval.WEEK.start(day("2020-03-05"))).isEqualTo(day("2020-03-02"));
        assertThat(TimelineInterval.WEEK.start(day("2020-03-02"))).isEqualTo(day("2020-03-02"));
        assertThat(TimelineInterval.WEEK.start(day("2020-03-08"))).isEqualTo(day("2020-03-02"));
        assertThat(TimelineInterval.WEEK.end(day("2020-03-02"))).isEqualTo(day("2020-03-08"));
    }

    @Test
    void monthsAndYearsRunToTheirLastDay() {
        assertThat(TimelineInterval.MONTH.start(day("2020-02-17"))).isEqualTo(day("2020-02-01"));
        assertThat(TimelineInterval.MONTH.end(day("2020-02-01"))).isEqualTo(day("2020-02-29"));
        assertThat(TimelineInterval.YEAR.start(day("2020-07-04"))).isEqualTo(day("2020-01-01"));
        assertThat(TimelineInterval.YEAR.end(day("2020-01-01"))).isEqualTo(day("2020-12-31"));
        assertThat(TimelineInterval.DAY.end(day("2020-02-29"))).isEqualTo(day("2020-02-29"));
    }

    @Test
    void labelsDaysMonthsYearsAndIsoWeeks() {
        assertThat(TimelineInterval.DAY.label(day("2020-03-05"))).isEqualTo("2020-03-05");
        assertThat(TimelineInterval.WEEK.label(day("2020-03-02"))).isEqualTo("2020-W10");
        assertThat(TimelineInterval.MONTH.label(day("2020-03-01"))).isEqualTo("2020-03");
        assertThat(TimelineInterval.YEAR.label(day("2020-01-01"))).isEqualTo("2020");
    }

    @Test
    void weekLabelsUseTheWeekBasedYearAcrossNewYear() {
        // 2019-12-30 is the Monday of ISO week 1 of 2020; 2021-01-01 falls in week 53 of 2020.
        assertThat(TimelineInterval.WEEK.label(TimelineInterval.WEEK.start(day("2020-01-01")))).isEqualTo("2020-W01");
        assertThat(TimelineInterval.WEEK.label(TimelineInterval.WEEK.start(day("2021-01-01")))).isEqualTo("2020-W53");
        assertThat(TimelineInterval.WEEK.label(day("2024-01-01"))).isEqualTo("2024-W01");
    }

    @Test
    void countsPeriodsFromTheFirstDatesToTheLastDatesBothIncluded() {
        assertThat(TimelineInterval.DAY.periods(day("2020-03-05"), day("2020-03-05"))).isEqualTo(1);
        assertThat(TimelineInterval.DAY.periods(day("2020-02-28"), day("2020-03-01"))).isEqualTo(3);
        // Sunday to the next Monday: two weeks, though one day apart.
        assertThat(TimelineInterval.WEEK.periods(day("2020-03-08"), day("2020-03-09"))).isEqualTo(2);
        assertThat(TimelineInterval.MONTH.periods(day("2020-01-31"), day("2020-02-01"))).isEqualTo(2);
        assertThat(TimelineInterval.MONTH.periods(day("2020-01-01"), day("2029-12-31"))).isEqualTo(120);
        assertThat(TimelineInterval.YEAR.periods(day("2020-12-31"), day("2021-01-01"))).isEqualTo(2);
    }

    @Test
    void valueIsTheLowerCaseName() {
        assertThat(TimelineInterval.WEEK.value()).isEqualTo("week");
    }
}
