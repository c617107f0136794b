package org.archivist.ingest.fetch;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a {@code Retry-After} header (RFC 9110, section 10.2.3): either a number of seconds or an HTTP-date. Dates
 * are read in the preferred IMF-fixdate form and in the two obsolete forms recipients must still accept (RFC 850 and
 * asctime, section 5.6.7).
 */
public final class RetryAfter {

    /** {@code Sun Nov  6 08:49:37 1994}: the day is padded with a space, and the time is in GMT. */
    private static final DateTimeFormatter ASCTIME = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss uuuu", Locale.US);
    /** More digits than this would not fit a long. */
    private static final int MAX_DIGITS = 18;

    private RetryAfter() {
    }

    /**
     * How long to wait: the delay as given, or from {@code now} until the date, {@link Duration#ZERO} for a date
     * already past. Empty for a missing, negative or unreadable value, including a delay too large for a long and a
     * date whose weekday does not match it.
     */
    public static Optional<Duration> parse(String headerValue, Instant now) {
        if (headerValue == null || headerValue.isBlank()) {
            return Optional.empty();
        }
        String value = headerValue.strip();
        if (value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return value.length() > MAX_DIGITS ? Optional.empty() : Optional.of(Duration.ofSeconds(Long.parseLong(value)));
        }
        return date(value, now).map(date -> date.isAfter(now) ? Duration.between(now, date) : Duration.ZERO);
    }

    private static Optional<Instant> date(String value, Instant now) {
        for (DateTimeFormatter format : new DateTimeFormatter[] {DateTimeFormatter.RFC_1123_DATE_TIME, rfc850(now)}) {
            try {
                return Optional.of(ZonedDateTime.parse(value, format).toInstant());
            } catch (DateTimeException e) {
                // try the next form
            }
        }
        try {
            return Optional.of(LocalDateTime.parse(value, ASCTIME).toInstant(ZoneOffset.UTC));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * {@code Sunday, 06-Nov-94 08:49:37 GMT}. RFC 9110 reads a two-digit year that would be more than 50 years ahead
     * as the latest past year with those digits, so the century depends on when the header is read.
     */
    private static DateTimeFormatter rfc850(Instant now) {
        int year = now.atOffset(ZoneOffset.UTC).getYear();
        return new DateTimeFormatterBuilder()
                .appendPattern("EEEE, dd-MMM-")
                .appendValueReduced(ChronoField.YEAR, 2, 2, year - 49)
                .appendPattern(" HH:mm:ss 'GMT'")
                .toFormatter(Locale.US)
                .withZone(ZoneOffset.UTC);
    }
}
