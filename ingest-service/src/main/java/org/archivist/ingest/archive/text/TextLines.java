package org.archivist.ingest.archive.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a plain-text page into trimmed lines. Accepts {@code \n}, {@code \r\n} and {@code \r}
 * endings and a leading BOM; tabs, non-breaking and zero-width spaces and control characters
 * become plain spaces, so every later check sees one kind of blank. A blank line is the empty string.
 */
final class TextLines {

    private TextLines() {
    }

    static List<String> of(String page) {
        List<String> lines = new ArrayList<>();
        if (page == null) {
            return lines;
        }
        int n = page.length();
        int start = n > 0 && page.charAt(0) == '\uFEFF' ? 1 : 0;
        for (int i = start; i < n; i++) {
            char c = page.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(clean(page, start, i));
                if (c == '\r' && i + 1 < n && page.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            lines.add(clean(page, start, n));
        }
        return lines;
    }

    /** The first non-blank line in {@code from..to} (inclusive), or -1. */
    static int nextNonBlank(List<String> lines, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (!lines.get(k).isEmpty()) {
                return k;
            }
        }
        return -1;
    }

    /** The last non-blank line in {@code floor..from} (inclusive), or -1. */
    static int previousNonBlank(List<String> lines, int from, int floor) {
        for (int k = from; k >= floor; k--) {
            if (!lines.get(k).isEmpty()) {
                return k;
            }
        }
        return -1;
    }

    static boolean isSpace(char c) {
        if (c > ' ' && c < 0x7F) {
            return false;
        }
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u200B'
                || c == '\uFEFF' || Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
    }

    private static String clean(String s, int from, int to) {
        while (from < to && isSpace(s.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(s.charAt(to - 1))) {
            to--;
        }
        int firstOdd = -1;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c != ' ' && isSpace(c)) {
                firstOdd = i;
                break;
            }
        }
        if (firstOdd < 0) {
            return s.substring(from, to);
        }
        StringBuilder b = new StringBuilder(to - from).append(s, from, firstOdd);
        for (int i = firstOdd; i < to; i++) {
            char c = s.charAt(i);
            b.append(isSpace(c) ? ' ' : c);
        }
        return b.toString();
    }
}
