package org.archivist.ingest.archive.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.archivist.text.MonthNames;

/**
 * Reads the publication dates found in pages: ISO timestamps from markup ({@code 2022-09-14T08:00:00+02:00}
 * counts as the 14th, the date as the page wrote it), the written dates of themes and bylines
 * ("September 14, 2022", "14 Sep 2022", "14.09.2022", "14 сентября 2022", "3 de março de 2021",
 * "2019年11月18日") and the dates in article URLs ({@code /2019/11/18/}). Month names come from
 * {@link MonthNames}, the one table every parser in the product reads.
 */
final class HtmlDates {

    /** Placeholders such as {@code 0001-01-01} are no publication date; nothing on the web predates this. */
    private static final int MIN_YEAR = 1800;
    private static final int MAX_YEAR = 2999;

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern COMPACT_ISO = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:T|$)");
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?<!\\p{L})(\\p{L}{3,12})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er)?\\.?\\s+(?:of\\s+|de\\s+)?(\\p{L}{3,12})\\.?,?\\s+(?:de\\s+)?(\\d{4})",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern DOTTED = Pattern.compile("(?<!\\d)(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d)");
    /** Chinese, Japanese and Korean dates write the numbers with unit signs: 2019年11月18日, 2019년 11월 18일. */
    private static final Pattern CJK = Pattern.compile("(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]");

    /** {@code /2019/11/18/}, {@code /2019/nov/18/}, {@code /2019-11-18-slug}, {@code /20191118/}, {@code -20191115/}. */
    private static final Pattern URL_SPLIT = Pattern.compile(
            "[/_-]((?:19|20)\\d{2})[/_-](\\d{1,2}|\\p{L}{3,9})[/_-](\\d{1,2})(?=[/_.-]|$)");
    private static final Pattern URL_COMPACT = Pattern.compile("[/_-]((?:19|20)\\d{2})(\\d{2})(\\d{2})(?=[/_.-]|$)");

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
        Matcher cjk = CJK.matcher(text);
        if (cjk.find()) {
            return date(cjk.group(1), cjk.group(2), cjk.group(3));
        }
        Matcher dotted = DOTTED.matcher(text);
        if (dotted.find()) {
            return date(dotted.group(3), dotted.group(2), dotted.group(1));
        }
        return null;
    }

    /** The date in an article URL's path, or null; the host and query are never read (ids there look like dates). */
    static LocalDate fromUrl(String url) {
        if (url == null || url.length() > 2000) {
            return null;
        }
        String path = path(url);
        Matcher split = URL_SPLIT.matcher(path);
        while (split.find()) {
            String month = split.group(2);
            LocalDate found = date(split.group(1), Character.isDigit(month.charAt(0)) ? month : month(month),
                    split.group(3));
            if (found != null) {
                return found;
            }
        }
        Matcher compact = URL_COMPACT.matcher(path);
        while (compact.find()) {
            LocalDate found = date(compact.group(1), compact.group(2), compact.group(3));
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String path(String url) {
        int scheme = url.indexOf("://");
        int start = scheme < 0 ? 0 : url.indexOf('/', scheme + 3);
        if (start < 0) {
            return "";
        }
        int end = url.length();
        for (char stop : new char[] {'?', '#'}) {
            int at = url.indexOf(stop, start);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return url.substring(start, end);
    }

    private static String month(String word) {
        int number = MonthNames.number(word);
        return number == 0 ? null : Integer.toString(number);
    }

    private static LocalDate date(String year, String month, String day) {
        if (month == null) {
            return null;
        }
        try {
            int y = Integer.parseInt(year);
            return y < MIN_YEAR || y > MAX_YEAR ? null
                    : LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
