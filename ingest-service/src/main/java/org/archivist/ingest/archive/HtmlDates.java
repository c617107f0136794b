package org.archivist.ingest.archive;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication dates found in pages: ISO timestamps from markup ({@code 2022-09-14T08:00:00+02:00}
 * counts as the 14th, the date as the page wrote it) and the written dates of themes and bylines
 * ("September 14, 2022", "14 Sep 2022", "14.09.2022", "14 сентября 2022").
 */
final class HtmlDates {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern COMPACT_ISO = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:T|$)");
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(\\p{L}{3,})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?(\\p{L}{3,})\\.?,?\\s+(\\d{4})", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern DOTTED = Pattern.compile("(?<!\\d)(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d)");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12),
            Map.entry("янв", 1), Map.entry("фев", 2), Map.entry("мар", 3), Map.entry("апр", 4),
            Map.entry("мая", 5), Map.entry("май", 5), Map.entry("июн", 6), Map.entry("июл", 7),
            Map.entry("авг", 8), Map.entry("сен", 9), Map.entry("окт", 10), Map.entry("ноя", 11),
            Map.entry("дек", 12), Map.entry("ene", 1), Map.entry("abr", 4), Map.entry("ago", 8),
            Map.entry("dic", 12), Map.entry("janv", 1), Map.entry("févr", 2), Map.entry("mars", 3),
            Map.entry("avr", 4), Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juil", 7),
            Map.entry("août", 8), Map.entry("déc", 12), Map.entry("mär", 3), Map.entry("okt", 10),
            Map.entry("dez", 12));

    private HtmlDates() {
    }

    /** The date in a machine-readable attribute value, or null. */
    static LocalDate fromIso(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        Matcher iso = ISO.matcher(trimmed);
        if (iso.find() && iso.start() < 3) {
            return date(iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher compact = COMPACT_ISO.matcher(trimmed);
        if (compact.find()) {
            return date(compact.group(1), compact.group(2), compact.group(3));
        }
        return null;
    }

    /** The first date written in a piece of text (ISO or words), or null. */
    static LocalDate fromText(String text) {
        if (text == null || text.isBlank() || text.length() > 400) {
            return null;
        }
        Matcher iso = ISO.matcher(text);
        if (iso.find()) {
            LocalDate found = date(iso.group(1), iso.group(2), iso.group(3));
            if (found != null) {
                return found;
            }
        }
        Matcher monthFirst = MONTH_FIRST.matcher(text);
        while (monthFirst.find()) {
            LocalDate found = date(monthFirst.group(3), month(monthFirst.group(1)), monthFirst.group(2));
            if (found != null) {
                return found;
            }
        }
        Matcher dayFirst = DAY_FIRST.matcher(text);
        while (dayFirst.find()) {
            LocalDate found = date(dayFirst.group(3), month(dayFirst.group(2)), dayFirst.group(1));
            if (found != null) {
                return found;
            }
        }
        Matcher dotted = DOTTED.matcher(text);
        if (dotted.find()) {
            return date(dotted.group(3), dotted.group(2), dotted.group(1));
        }
        return null;
    }

    private static String month(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (int length = Math.min(4, lower.length()); length >= 3; length--) {
            Integer number = MONTHS.get(lower.substring(0, length));
            if (number != null) {
                return number.toString();
            }
        }
        return null;
    }

    private static LocalDate date(String year, String month, String day) {
        if (month == null) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
