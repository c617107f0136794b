package org.archivist.ingest.archive.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.archivist.text.MonthNames;

/**
 * Dates as archive pages write them: {@code March 3, 2021}, {@code Mar 3, 2021}, {@code 3 March 2021},
 * {@code 3 марта 2021}, {@code 3 de março de 2021}, {@code 2021-03-03}. Callers pass short strings only
 * (a byline, a footer part), so the patterns never see a long line.
 */
final class TextDates {

    /** A date found in a string, with where it was. */
    record Found(LocalDate date, int start, int end) {
    }

    static final int MAX_INPUT = 400;

    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?<!\\p{L})(\\p{L}{3,12})\\.?\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?,?\\s{1,3}(\\d{4})");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er|\\.)?\\s{1,3}(?:de\\s{1,3})?(\\p{L}{3,12})\\.?,?\\s{1,3}(?:de\\s{1,3})?(\\d{4})");
    private static final Pattern NUMERIC = Pattern.compile("(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
    private static final Pattern WEEKDAY_PREFIX = Pattern.compile("\\p{L}{2,12}\\.?,?");
    private static final Pattern TIME_OR_READING_SUFFIX = Pattern.compile(
            "(?i)(?:(?:at|@|,|-|–|—|·|\\|)?\\s{0,3}\\d{1,2}[:.h]\\d{2}(?:\\s?[ap]\\.?m\\.?)?)?"
                    + "\\s{0,3}(?:[·|•–—-]\\s{0,3}\\d{1,3}\\s?min(?:ute)?s?\\s(?:read|de lecture|de leitura))?\\.?");

    /** Matchers are reused per thread: this runs for most short lines, and a fresh matcher per call was most of the parse's garbage. */
    private static final ThreadLocal<Matcher[]> MATCHERS = ThreadLocal.withInitial(
            () -> new Matcher[] {MONTH_FIRST.matcher(""), DAY_FIRST.matcher(""), NUMERIC.matcher("")});

    private TextDates() {
    }

    /** The first valid date in {@code s}, or null. */
    static Found find(String s) {
        if (s == null || s.length() > MAX_INPUT || !hasFourDigits(s)) {
            return null;
        }
        Matcher[] matchers = MATCHERS.get();
        Found best = first(matchers[0].reset(s), 1, 2, 3, true);
        Found dayFirst = first(matchers[1].reset(s), 2, 1, 3, true);
        Found numeric = first(matchers[2].reset(s), 2, 3, 1, false);
        best = earlier(best, dayFirst);
        return earlier(best, numeric);
    }

    /**
     * The date when the whole string is one, allowing a weekday or a word like {@code Updated}
     * before it and a time or reading time after it; else null.
     */
    static LocalDate whole(String s) {
        if (s == null || s.length() > 80) {
            return null;
        }
        Found found = find(s);
        if (found == null) {
            return null;
        }
        boolean alone = isDatePrefix(s.substring(0, found.start())) && isDateSuffix(s.substring(found.end()));
        return alone ? found.date() : null;
    }

    /** Whether {@code s} may stand before a date: empty, or one word such as a weekday or {@code Updated}. */
    static boolean isDatePrefix(String s) {
        String t = s.strip();
        return t.isEmpty() || t.length() <= 20 && WEEKDAY_PREFIX.matcher(t).matches();
    }

    /** Whether {@code s} may follow a date: empty, a time of day or a reading time. */
    static boolean isDateSuffix(String s) {
        String t = s.strip();
        return t.isEmpty() || t.length() <= 60 && TIME_OR_READING_SUFFIX.matcher(t).matches();
    }

    /** Every date here has a four-digit year; most lines have none, and this scan is far cheaper than the patterns. */
    private static boolean hasFourDigits(String s) {
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }

    private static Found first(Matcher m, int monthGroup, int dayGroup, int yearGroup, boolean monthIsName) {
        while (m.find()) {
            String monthText = m.group(monthGroup);
            int month = monthIsName ? MonthNames.number(monthText) : Integer.parseInt(monthText);
            if (month == 0) {
                continue;
            }
            LocalDate date = date(Integer.parseInt(m.group(yearGroup)), month, Integer.parseInt(m.group(dayGroup)));
            if (date != null) {
                return new Found(date, m.start(), m.end());
            }
        }
        return null;
    }

    private static LocalDate date(int year, int month, int day) {
        if (year < 1000 || year > 2999) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Found earlier(Found a, Found b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.start() < a.start() ? b : a;
    }
}
