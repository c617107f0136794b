package org.archivist.enrich.footnotes;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.archivist.text.MonthNames;

/**
 * Finds dates in citation text and renders them as ISO 8601 at the precision written. Month names from
 * {@link MonthNames}, the table ingest's date reading uses too. A numeric date whose day and month
 * cannot be told apart ({@code 03/04/2021}) keeps only its year rather than guess.
 */
final class CitationDates {

    /** A date found in a text: its span and its ISO form. */
    record DateMatch(int start, int end, String iso) {
    }


    /**
     * Any word that could be a month; the name is checked against {@link MonthNames} afterwards, which keeps the
     * pattern small and fast instead of trying a hundred month names at every position.
     */
    private static final String MONTH = "\\p{L}{3,12}";

    private static final String NO_LETTER_BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String NO_DIGIT_BEFORE = "(?<![\\p{N}./\\-–])";
    private static final String DAY_SUFFIX = "(?:st|nd|rd|th|er|\\.)?";
    private static final String RU_YEAR = "(?:\\s?г\\.|\\s?года|\\s?год)?";

    private static final Pattern DATE = Pattern.compile(
            // 2020-10-12, 2020-10, 2020/10/12
            NO_DIGIT_BEFORE + "(?<iy>\\d{4})[-/](?<im>\\d{1,2})(?:[-/](?<id>\\d{1,2}))?(?![\\p{N}\\-/])"
                    // 12.10.2020 (always day first)
                    + "|" + NO_DIGIT_BEFORE + "(?<nd>\\d{1,2})\\.(?<nm>\\d{1,2})\\.(?<ny>\\d{4})(?!\\p{N})"
                    // 12/10/2020 or 10/12/2020
                    + "|" + NO_DIGIT_BEFORE + "(?<sa>\\d{1,2})/(?<sb>\\d{1,2})/(?<sy>\\d{4})(?!\\p{N})"
                    // October 12, 2020 / Oct. 12 2020 / Monday, October 12th, 2020
                    + "|" + NO_LETTER_BEFORE + "(?<mdm>" + MONTH + ")\\.?\\s(?<mdd>\\d{1,2})(?:st|nd|rd|th)?,?\\s"
                    + "(?<mdy>\\d{4})(?!\\p{N})"
                    // 12 October 2020 / 12. Oktober 2020 / 12 de octubre de 2020 / 12 октября 2020 г.
                    + "|" + NO_DIGIT_BEFORE + "(?<dmd>\\d{1,2})" + DAY_SUFFIX + "\\s(?:de\\s)?(?<dmm>" + MONTH
                    + ")\\.?,?\\s(?:de\\s)?(?<dmy>\\d{4})(?!\\p{N})" + RU_YEAR
                    // October 2020 / Oct. 2020 / октябрь 2020 г.
                    + "|" + NO_LETTER_BEFORE + "(?<mym>" + MONTH + ")\\.?,?\\s(?:de\\s)?(?<myy>\\d{4})(?!\\p{N})"
                    + RU_YEAR
                    // 2020 (a year alone, not part of a range, number or identifier)
                    + "|" + "(?<![\\p{L}\\p{N}./\\-–#№])(?<yy>(?:1[89]|20)\\d{2})(?![\\p{N}]|[-–/]\\d|\\.\\d)" + RU_YEAR,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private CitationDates() {
    }

    /** All dates in {@code s}, left to right, non-overlapping; invalid calendar dates are skipped. */
    static List<DateMatch> find(String s) {
        return find(s, true);
    }

    /** {@link #find}, trying the pattern at every position: what the faster search must agree with (tests). */
    static List<DateMatch> findTryingEveryPosition(String s) {
        return find(s, false);
    }

    private static List<DateMatch> find(String s, boolean onlyWhereADateCanStart) {
        List<DateMatch> out = new ArrayList<>();
        if (!hasAsciiDigit(s)) {
            return out; // every shape has digits (\d is ASCII here): no need to try the pattern at each position
        }
        // Transparent bounds: a match tried at a region's start still sees the text before it (the lookbehinds).
        Matcher m = DATE.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        while (from <= s.length() && (onlyWhereADateCanStart ? findFrom(m, s, from) : m.find(from))) {
            if (!knownMonth(m)) {
                // "Spring 2021" or "Notes 12, 2020": not a month; look again one character further on.
                from = m.start() + 1;
                continue;
            }
            String iso = iso(m);
            if (iso != null) {
                out.add(new DateMatch(m.start(), m.end(), iso));
            }
            from = m.end();
        }
        return out;
    }

    /**
     * {@code m.find(from)}, but trying the pattern only where a date can start. Every shape starts with an ASCII
     * digit or with the first letter of a word (a month name), so the pattern, whose seven alternatives were
     * tried at every character, now runs at a few positions per citation. Non-ASCII characters are always tried.
     */
    private static boolean findFrom(Matcher m, String s, int from) {
        int n = s.length();
        for (int p = from; p < n; p++) {
            char c = s.charAt(p);
            boolean candidate = c >= '0' && c <= '9'
                    || (c >= 128 || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')
                            && (p == 0 || !Character.isLetterOrDigit(s.charAt(p - 1)));
            if (candidate) {
                m.region(p, n);
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasAsciiDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    private static boolean knownMonth(Matcher m) {
        for (String group : new String[] { "mdm", "dmm", "mym" }) {
            String word = m.group(group);
            if (word != null) {
                return MonthNames.number(word) > 0;
            }
        }
        return true;
    }

    private static String iso(Matcher m) {
        if (m.group("iy") != null) {
            return render(num(m.group("iy")), num(m.group("im")), m.group("id") == null ? 0 : num(m.group("id")));
        }
        if (m.group("ny") != null) {
            return render(num(m.group("ny")), num(m.group("nm")), num(m.group("nd")));
        }
        if (m.group("sy") != null) {
            int a = num(m.group("sa"));
            int b = num(m.group("sb"));
            int year = num(m.group("sy"));
            if (a > 12 && b <= 12) {
                return render(year, b, a);
            }
            if (b > 12 && a <= 12) {
                return render(year, a, b);
            }
            return a == b ? render(year, a, b) : validYear(year) ? String.valueOf(year) : null;
        }
        if (m.group("mdy") != null) {
            return render(num(m.group("mdy")), MonthNames.number(m.group("mdm")), num(m.group("mdd")));
        }
        if (m.group("dmy") != null) {
            return render(num(m.group("dmy")), MonthNames.number(m.group("dmm")), num(m.group("dmd")));
        }
        if (m.group("myy") != null) {
            return render(num(m.group("myy")), MonthNames.number(m.group("mym")), 0);
        }
        return String.valueOf(num(m.group("yy")));
    }

    /** ISO string for year, month (0 = absent) and day (0 = absent), or null when not a calendar date. */
    private static String render(int year, int month, int day) {
        if (!validYear(year) || month < 1 || month > 12) {
            return null;
        }
        if (day == 0) {
            return String.format(Locale.ROOT, "%04d-%02d", year, month);
        }
        if (day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
    }

    private static boolean validYear(int year) {
        return year >= 1000 && year <= 2999;
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }
}
