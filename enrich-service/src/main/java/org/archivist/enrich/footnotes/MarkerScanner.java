package org.archivist.enrich.footnotes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Finds footnote markers in paragraphs in one pass. The rules (why each exists is in
 * docs/QUALITY-footnotes.md):
 * <ul>
 * <li>{@code [n]}, 1 to 3 digits without a leading zero, spaces inside allowed: {@code [0]}, {@code [01]},
 * {@code [2021]} and {@code [sic]} are text;</li>
 * <li>groups {@code [1, 2]}, {@code [1; 2]} and ranges {@code [2–4]}, {@code [2-4]}, {@code [2—4]}, expanded
 * when ascending and at most {@value #MAX_RANGE_SPAN} apart; a group with any item outside these rules is text
 * as a whole. Every number of a group gets the offset of the group's {@code [};</li>
 * <li>a bracket inside a URL ({@code https://host/a[1]}, {@code www.host/a[1]}) is part of the URL;</li>
 * <li>superscript digits ({@code ¹²³}) count only when a footnote of that number exists, they do not follow a
 * digit (an exponent), are not followed by a letter or digit, and {@code ²}/{@code ³} do not follow a word of
 * one or two letters ({@code m²}, {@code km³}, {@code x²}). A superscript with no footnote is far more often
 * an exponent or ordinal than a lost marker, so it is never reported as unmatched.</li>
 * </ul>
 */
final class MarkerScanner {

    static final int MAX_RANGE_SPAN = 9;

    /** A marker for one footnote number; a group {@code [1, 2]} yields one per number, at the same offset. */
    record Marker(int number, int paragraph, int offset) {
    }

    private MarkerScanner() {
    }

    static List<Marker> scan(List<String> paragraphs, IntPredicate hasFootnote) {
        List<Marker> out = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            String text = paragraphs.get(p);
            if (text != null) {
                scanParagraph(text, p, hasFootnote, out);
            }
        }
        return out;
    }

    private static void scanParagraph(String s, int paragraph, IntPredicate hasFootnote, List<Marker> out) {
        int n = s.length();
        // Start of the current whitespace-free token and the last "://" seen: together they tell in O(1)
        // whether a bracket sits inside a URL.
        int tokenStart = 0;
        int lastScheme = -1;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                tokenStart = i + 1;
                i++;
            } else if (c == ':' && i + 2 < n && s.charAt(i + 1) == '/' && s.charAt(i + 2) == '/') {
                lastScheme = i;
                i++;
            } else if (c == '[') {
                boolean inUrl = lastScheme >= tokenStart || startsWithWww(s, tokenStart);
                int end = inUrl ? -1 : bracketGroup(s, i, paragraph, out);
                if (end > 0) {
                    tokenStart = end;
                    i = end;
                } else {
                    i++;
                }
            } else if (superscriptValue(c) >= 0) {
                int j = i;
                while (j < n && superscriptValue(s.charAt(j)) >= 0) {
                    j++;
                }
                superscriptMarker(s, i, j, paragraph, hasFootnote, out);
                i = j;
            } else {
                i++;
            }
        }
    }

    private static boolean startsWithWww(String s, int tokenStart) {
        int k = tokenStart;
        if (k < s.length() && (s.charAt(k) == '(' || s.charAt(k) == '<')) {
            k++;
        }
        return s.regionMatches(true, k, "www.", 0, 4);
    }

    /**
     * Parses a bracket group starting at {@code open}; adds its markers and returns the index after the closing
     * bracket, or -1 (adding nothing) when the brackets hold anything but small numbers.
     */
    private static int bracketGroup(String s, int open, int paragraph, List<Marker> out) {
        int n = s.length();
        int i = skipSpaces(s, open + 1);
        int[] numbers = new int[8];
        int count = 0;
        while (true) {
            int start = i;
            int lo = 0;
            while (i < n && i - start < 4 && isAsciiDigit(s.charAt(i))) {
                lo = lo * 10 + (s.charAt(i) - '0');
                i++;
            }
            if (!validNumber(s, start, i)) {
                return -1;
            }
            int hi = lo;
            int afterLo = skipSpaces(s, i);
            if (afterLo < n && isDash(s.charAt(afterLo))) {
                i = skipSpaces(s, afterLo + 1);
                int hiStart = i;
                hi = 0;
                while (i < n && i - hiStart < 4 && isAsciiDigit(s.charAt(i))) {
                    hi = hi * 10 + (s.charAt(i) - '0');
                    i++;
                }
                if (!validNumber(s, hiStart, i) || hi <= lo || hi - lo > MAX_RANGE_SPAN) {
                    return -1;
                }
            }
            for (int v = lo; v <= hi; v++) {
                if (count == numbers.length) {
                    numbers = java.util.Arrays.copyOf(numbers, count * 2);
                }
                numbers[count++] = v;
            }
            i = skipSpaces(s, i);
            if (i >= n) {
                return -1;
            }
            char c = s.charAt(i);
            if (c == ']') {
                break;
            }
            if (c != ',' && c != ';') {
                return -1;
            }
            i = skipSpaces(s, i + 1);
        }
        for (int k = 0; k < count; k++) {
            if (!seenInGroup(numbers, k)) {
                out.add(new Marker(numbers[k], paragraph, open));
            }
        }
        return i + 1;
    }

    private static boolean seenInGroup(int[] numbers, int k) {
        for (int j = 0; j < k; j++) {
            if (numbers[j] == numbers[k]) {
                return true;
            }
        }
        return false;
    }

    /** One to three digits, no leading zero, and not the start of a longer number. */
    private static boolean validNumber(String s, int start, int end) {
        int len = end - start;
        return len >= 1 && len <= 3 && s.charAt(start) != '0' && (end >= s.length() || !isAsciiDigit(s.charAt(end)));
    }

    private static void superscriptMarker(String s, int start, int end, int paragraph, IntPredicate hasFootnote,
            List<Marker> out) {
        int len = end - start;
        if (len > 3 || superscriptValue(s.charAt(start)) == 0) {
            return;
        }
        if (start > 0 && Character.isDigit(s.charAt(start - 1))) {
            return;
        }
        if (end < s.length() && Character.isLetterOrDigit(s.charAt(end))) {
            return;
        }
        int value = 0;
        for (int k = start; k < end; k++) {
            value = value * 10 + superscriptValue(s.charAt(k));
        }
        if ((value == 2 || value == 3) && followsShortWord(s, start)) {
            return;
        }
        if (hasFootnote.test(value)) {
            out.add(new Marker(value, paragraph, start));
        }
    }

    /** True when the superscript follows a word of one or two letters: a unit or variable, not a sentence. */
    private static boolean followsShortWord(String s, int start) {
        int k = start;
        while (k > 0 && start - k < 3 && Character.isLetter(s.charAt(k - 1))) {
            k--;
        }
        int letters = start - k;
        return letters >= 1 && letters <= 2 && (k == 0 || !Character.isLetter(s.charAt(k - 1)));
    }

    /** Value of a superscript digit, or -1. */
    static int superscriptValue(char c) {
        return switch (c) {
            case '\u2070' -> 0;
            case '\u00B9' -> 1;
            case '\u00B2' -> 2;
            case '\u00B3' -> 3;
            case '\u2074', '\u2075', '\u2076', '\u2077', '\u2078', '\u2079' -> c - '\u2070';
            default -> -1;
        };
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\u00A0')) {
            i++;
        }
        return i;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2012';
    }
}
