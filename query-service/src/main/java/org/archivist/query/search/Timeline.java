package org.archivist.query.search;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.archivist.query.InvalidSearchException;

/**
 * The {@code publishedAt} facet: how many matching articles were published in each day, ISO week, month or year,
 * from the period of the first matching publication date to the period of the last, periods without any included
 * (count 0) so a chart shows the gaps. Plain Java, no I/O.
 *
 * <p>At most {@value #MAX_BUCKETS} periods. The automatic interval is the finest that fits the matching articles'
 * dates within that bound; an interval the client names that does not fit is refused. The one exception: when even
 * years do not fit (dates spread over more than {@value #MAX_BUCKETS} years), the automatic interval is still
 * {@code year}, there being nothing coarser.
 *
 * <p>The interval depends on the first and last matching dates, which the search itself reads ({@code min} and
 * {@code max}). So that a search needs no second request in the usual cases, it also counts by a <em>source</em>
 * interval from which the chosen one can be summed up ({@link #sourceInterval}): by day when {@code from} and
 * {@code to} bound the search to at most {@value #MAX_SOURCE_DAYS} days (a bar clicked in the chart), else by
 * month. Only when the dates then turn out to need days or weeks that the source cannot give does a second,
 * hit-less request count by the chosen interval.
 */
final class Timeline {

    static final int MAX_BUCKETS = 120;
    /** Days counted at most when counting by day up front: enough for 120 weeks. */
    static final int MAX_SOURCE_DAYS = MAX_BUCKETS * 7;

    private Timeline() {
    }

    /**
     * The counts a search reads for its timeline.
     *
     * @param first   the first matching publication date, or null when no matching article has one
     * @param last    the last matching publication date, or null likewise
     * @param source  the interval {@code periods} are counted by, or null when none were counted
     * @param periods the non-empty periods' first days and counts
     */
    record Counts(LocalDate first, LocalDate last, TimelineInterval source, Map<LocalDate, Long> periods) {

        static final Counts NONE = new Counts(null, null, null, Map.of());

        Counts {
            periods = Map.copyOf(periods);
        }

        /** The same first and last dates with periods counted by another interval. */
        Counts countedBy(TimelineInterval interval, Map<LocalDate, Long> counted) {
            return new Counts(first, last, interval, counted);
        }
    }

    /**
     * The interval a search counts by along with its hits, or null to read only the first and last dates: by day
     * when {@code from} and {@code to} span at most {@value #MAX_SOURCE_DAYS} days, else by month unless the client
     * asked for days or weeks, which a month cannot give.
     */
    static TimelineInterval sourceInterval(TimelineInterval requested, SearchFilters filters) {
        if (filters.from() != null && filters.to() != null
                && ChronoUnit.DAYS.between(filters.from(), filters.to()) < MAX_SOURCE_DAYS) {
            return TimelineInterval.DAY;
        }
        return requested == TimelineInterval.DAY || requested == TimelineInterval.WEEK ? null : TimelineInterval.MONTH;
    }

    /**
     * The interval to show: the requested one, or with none requested the finest of day, week, month and year that
     * gives at most {@value #MAX_BUCKETS} periods from {@code first} to {@code last} (year when none does).
     *
     * @param requested the {@code interval} parameter, null for automatic
     * @param first     the first matching date, or null when there is none
     * @param last      the last matching date, or null when there is none
     * @throws InvalidSearchException when the requested interval would give more than {@value #MAX_BUCKETS} periods
     */
    static TimelineInterval choose(TimelineInterval requested, LocalDate first, LocalDate last) {
        if (first == null || last == null) {
            return requested == null ? TimelineInterval.DAY : requested;
        }
        if (requested != null) {
            long periods = requested.periods(first, last);
            if (periods > MAX_BUCKETS) {
                throw new InvalidSearchException("interval", "'" + requested.value() + "' would give " + periods
                        + " bars for articles published from " + first + " to " + last + ", more than "
                        + MAX_BUCKETS + ": choose a coarser interval, 'auto', or a shorter from/to range");
            }
            return requested;
        }
        for (TimelineInterval interval : TimelineInterval.values()) {
            if (interval.periods(first, last) <= MAX_BUCKETS) {
                return interval;
            }
        }
        return TimelineInterval.YEAR;
    }

    /** Whether counts by {@code source} sum up to counts by {@code interval}: days to anything, months to years. */
    static boolean sumsUpTo(TimelineInterval source, TimelineInterval interval) {
        if (source == null) {
            return false;
        }
        return source == interval || source == TimelineInterval.DAY
                || source == TimelineInterval.MONTH && interval == TimelineInterval.YEAR;
    }

    /**
     * The facet by {@code interval}, from counts whose source interval sums up to it ({@link #sumsUpTo}). Each
     * bucket's {@code from} and {@code to} are its period's first and last day, narrowed to the search's own
     * {@code from} and {@code to}, so they can be sent back as those filters and find exactly the bucket's count.
     */
    static SearchResult.DateFacet facet(TimelineInterval interval, Counts counts, SearchFilters filters) {
        if (counts.first() == null || counts.last() == null) {
            return new SearchResult.DateFacet(interval.value(), List.of());
        }
        if (!counts.periods().isEmpty() && !sumsUpTo(counts.source(), interval)) {
            throw new IllegalArgumentException("Counts by " + counts.source() + " do not sum up to " + interval);
        }
        Map<LocalDate, Long> byPeriod = new TreeMap<>();
        counts.periods().forEach((start, count) -> byPeriod.merge(interval.start(start), count, Long::sum));
        List<SearchResult.DateBucket> buckets = new ArrayList<>();
        LocalDate end = interval.start(counts.last());
        for (LocalDate start = interval.start(counts.first()); !start.isAfter(end); start = interval.next(start)) {
            LocalDate from = filters.from() != null && filters.from().isAfter(start) ? filters.from() : start;
            LocalDate periodEnd = interval.end(start);
            LocalDate to = filters.to() != null && filters.to().isBefore(periodEnd) ? filters.to() : periodEnd;
            buckets.add(new SearchResult.DateBucket(interval.label(start), from.toString(), to.toString(),
                    byPeriod.getOrDefault(start, 0L)));
        }
        return new SearchResult.DateFacet(interval.value(), buckets);
    }
}
