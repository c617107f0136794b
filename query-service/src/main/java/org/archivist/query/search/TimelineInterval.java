package org.archivist.query.search;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

import org.archivist.query.InvalidSearchException;

/**
 * The periods of the {@code publishedAt} timeline facet: calendar days, ISO weeks (Monday to Sunday), calendar
 * months and years, in UTC as Elasticsearch's {@code date_histogram} counts them. Plain Java.
 */
enum TimelineInterval {

    DAY, WEEK, MONTH, YEAR;

    /**
     * The {@code interval} parameter: null for automatic (absent, blank or {@code auto}), else the interval named.
     *
     * @throws InvalidSearchException for any other value
     */
    static TimelineInterval parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "auto" -> null;
            case "day" -> DAY;
            case "week" -> WEEK;
            case "month" -> MONTH;
            case "year" -> YEAR;
            default -> throw new InvalidSearchException("interval", "must be one of auto, day, week, month, year");
        };
    }

    /** The name in the API and in Elasticsearch's {@code calendar_interval}. */
    String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The first day of the period holding {@code date}. */
    LocalDate start(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
            case YEAR -> date.withDayOfYear(1);
        };
    }

    /** The first day of the period after the one starting on {@code start}. */
    LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case YEAR -> start.plusYears(1);
        };
    }

    /** The last day of the period starting on {@code start}. */
    LocalDate end(LocalDate start) {
        return next(start).minusDays(1);
    }

    /** How many periods there are from the one holding {@code first} to the one holding {@code last}, both counted. */
    long periods(LocalDate first, LocalDate last) {
        ChronoUnit unit = switch (this) {
            case DAY -> ChronoUnit.DAYS;
            case WEEK -> ChronoUnit.WEEKS;
            case MONTH -> ChronoUnit.MONTHS;
            case YEAR -> ChronoUnit.YEARS;
        };
        return unit.between(start(first), start(last)) + 1;
    }

    /** The label of the period starting on {@code start}: 2020-03-05, 2020-W10 (ISO week), 2020-03 or 2020. */
    String label(LocalDate start) {
        return switch (this) {
            case DAY -> start.toString();
            case WEEK -> String.format(Locale.ROOT, "%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> start.toString().substring(0, start.toString().length() - 3);
            case YEAR -> Integer.toString(start.getYear());
        };
    }
}
