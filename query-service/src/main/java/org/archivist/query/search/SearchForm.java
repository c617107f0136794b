package org.archivist.query.search;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.archivist.query.InvalidSearchException;

/**
 * The query parameters of {@code GET /api/search} exactly as the client sent them: the criteria it shares with
 * the export, and its page and timeline parameters. {@link #validate}
 * turns them into {@link SearchParameters} or says, naming the parameter, what is wrong.
 */
record SearchForm(SearchCriteria criteria, String size, String cursor, String interval) {

    /** Longer text is a paste accident, and would make a query with thousands of clauses. */
    static final int MAX_TEXT_LENGTH = 1_000;
    static final int MAX_VALUES_PER_FILTER = 50;
    static final int MAX_VALUE_LENGTH = 256;

    /** A form with text only, the rest absent. */
    static SearchForm ofText(String q) {
        return new SearchForm(new SearchCriteria(q, null, null, null, null, null, null, null), null, null, null);
    }

    /**
     * @param defaultSize hits per page when {@code size} is absent
     * @param maxSize     the largest {@code size} accepted
     * @throws InvalidSearchException naming the first parameter that is wrong
     */
    SearchParameters validate(int defaultSize, int maxSize) {
        return validate(defaultSize, maxSize, Clock.systemUTC());
    }

    /** As {@link #validate(int, int)}, judging a cursor's expiry by {@code clock}. */
    SearchParameters validate(int defaultSize, int maxSize, Clock clock) {
        String text = text(criteria.q());
        LocalDate fromDate = date("from", criteria.from());
        LocalDate toDate = date("to", criteria.to());
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw new InvalidSearchException("from", "must not be after 'to' (" + toDate + ")");
        }
        SearchFilters filters = new SearchFilters(values("category", criteria.category()),
                values("author", criteria.author()), values("place", criteria.place()),
                values("source", criteria.source()), fromDate, toDate);
        SearchSort order = SearchSort.parse(criteria.sort(), text != null);
        int pageSize = size(size, defaultSize, maxSize);
        TimelineInterval timeline = TimelineInterval.parse(interval);
        SearchParameters parameters = new SearchParameters(text, filters, order, pageSize, null, timeline);
        if (cursor == null || cursor.isBlank()) {
            return parameters;
        }
        SearchCursor decoded = SearchCursor.decode(cursor.strip());
        if (decoded.expiredAt(clock.instant())) {
            throw new InvalidSearchException("cursor", "has expired (a cursor lasts "
                    + SearchCursor.VALIDITY.toMinutes() + " minutes after its page): start again without a cursor");
        }
        if (decoded.sort() != order || !decoded.search().equals(parameters.fingerprint())) {
            throw new InvalidSearchException("cursor", "belongs to a different search: send the same q, filters "
                    + "and sort as the page it came from, or start again without a cursor");
        }
        return new SearchParameters(text, filters, order, pageSize, decoded, timeline);
    }

    private static String text(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        String text = q.strip();
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new InvalidSearchException("q", "must be at most " + MAX_TEXT_LENGTH + " characters long");
        }
        return text;
    }

    private static List<String> values(String parameter, List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        Set<String> values = new LinkedHashSet<>();
        for (String value : raw) {
            if (value == null || value.isBlank()) {
                continue;
            }
            String stripped = value.strip();
            if (stripped.length() > MAX_VALUE_LENGTH) {
                throw new InvalidSearchException(parameter, "values must be at most " + MAX_VALUE_LENGTH
                        + " characters long");
            }
            values.add(stripped);
        }
        if (values.size() > MAX_VALUES_PER_FILTER) {
            throw new InvalidSearchException(parameter, "may be given at most " + MAX_VALUES_PER_FILTER + " times");
        }
        return List.copyOf(values);
    }

    private static LocalDate date(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidSearchException(parameter, "must be an ISO date such as 2024-03-31, not '"
                    + abbreviate(value) + "'");
        }
    }

    private static int size(String value, int defaultSize, int maxSize) {
        if (value == null || value.isBlank()) {
            return defaultSize;
        }
        int size;
        try {
            size = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidSearchException("size", "must be a whole number between 1 and " + maxSize);
        }
        if (size < 1 || size > maxSize) {
            throw new InvalidSearchException("size", "must be between 1 and " + maxSize);
        }
        return size;
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
