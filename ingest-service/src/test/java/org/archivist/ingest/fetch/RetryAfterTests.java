package org.archivist.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterTests {

    /** Sun, 06 Nov 1994 08:49:37 GMT, the example date of RFC 9110. */
    private static final Instant NOW = Instant.parse("1994-11-06T08:49:37Z");

    @Test
    void readsDelaySeconds() {
        assertThat(RetryAfter.parse("120", NOW)).hasValue(Duration.ofMinutes(2));
    }

    @Test
    void readsZeroSeconds() {
        assertThat(RetryAfter.parse("0", NOW)).hasValue(Duration.ZERO);
    }

    @Test
    void toleratesSurroundingWhitespace() {
        assertThat(RetryAfter.parse("  3 \t", NOW)).hasValue(Duration.ofSeconds(3));
    }

    @Test
    void readsAVeryLargeDelay() {
        assertThat(RetryAfter.parse("999999999999999999", NOW)).hasValue(Duration.ofSeconds(999_999_999_999_999_999L));
    }

    @Test
    void aDelayTooLargeForALongIsUnreadable() {
        assertThat(RetryAfter.parse("9999999999999999999", NOW)).isEmpty();
    }

    @Test
    void readsAnImfFixdateInTheFuture() {
        assertThat(RetryAfter.parse("Sun, 06 Nov 1994 08:51:07 GMT", NOW)).hasValue(Duration.ofSeconds(90));
    }

    @Test
    void anImfFixdateNowIsZero() {
        assertThat(RetryAfter.parse("Sun, 06 Nov 1994 08:49:37 GMT", NOW)).hasValue(Duration.ZERO);
    }

    @Test
    void aDateInThePastIsZero() {
        assertThat(RetryAfter.parse("Sat, 05 Nov 1994 08:49:37 GMT", NOW)).hasValue(Duration.ZERO);
    }

    @Test
    void readsTheObsoleteRfc850Form() {
        assertThat(RetryAfter.parse("Monday, 07-Nov-94 08:49:37 GMT", NOW)).hasValue(Duration.ofDays(1));
    }

    @Test
    void anRfc850YearMoreThanFiftyYearsAheadIsInThePastCentury() {
        Instant now = Instant.parse("2030-01-01T00:00:00Z");

        // 81 would be 2081, more than 50 years ahead, so it is 1981: past.
        assertThat(RetryAfter.parse("Thursday, 01-Jan-81 00:00:00 GMT", now)).hasValue(Duration.ZERO);
        // 80 is 2080, exactly 50 years ahead.
        assertThat(RetryAfter.parse("Monday, 01-Jan-80 00:00:00 GMT", now))
                .hasValue(Duration.between(now, Instant.parse("2080-01-01T00:00:00Z")));
        // 31 is 2031, a year ahead.
        assertThat(RetryAfter.parse("Wednesday, 01-Jan-31 00:00:00 GMT", now)).hasValue(Duration.ofDays(365));
    }

    @Test
    void readsTheObsoleteAsctimeFormWithItsSpacePaddedDay() {
        assertThat(RetryAfter.parse("Sun Nov  6 08:50:37 1994", NOW)).hasValue(Duration.ofMinutes(1));
        assertThat(RetryAfter.parse("Wed Nov 16 08:49:37 1994", NOW)).hasValue(Duration.ofDays(10));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "-1", "-120", "+5", "1.5", "12s", "soon", "0x10", "Sun, 06 Nov 1994",
            "Sun, 32 Nov 1994 08:49:37 GMT", "Mon, 06 Nov 1994 08:49:37 GMT", "2024-05-01T10:00:00Z"})
    void unreadableValuesAreEmpty(String value) {
        assertThat(RetryAfter.parse(value, NOW)).isEmpty();
    }
}
