package org.archivist.query.search;

import java.util.regex.Pattern;

/**
 * Turns what a user types into Elasticsearch {@code simple_query_string} syntax, which never fails on
 * syntax: {@code "…"} for a phrase, {@code -word} to exclude, {@code OR} (or {@code |}) between
 * alternatives, otherwise every word is required. The words {@code OR}, {@code AND} and {@code NOT}
 * count as operators only in capitals and outside quotes, as in most search boxes; in any other case
 * they are plain words. A trailing {@code *} searches a prefix of at least three characters; a shorter
 * one would expand to most of the vocabulary, so that {@code *} is dropped.
 */
final class UserQueryText {

    private static final Pattern SHORT_PREFIX = Pattern.compile("(?<![\\p{L}\\p{N}]{3})\\*");

    private UserQueryText() {
    }

    static String toSimpleQueryString(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inPhrase = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                inPhrase = !inPhrase;
                out.append(c);
                i++;
                continue;
            }
            if (inPhrase || Character.isWhitespace(c)) {
                out.append(Character.isISOControl(c) ? ' ' : c);
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
                end++;
            }
            String word = text.substring(i, end);
            boolean standalone = atWordStart(text, i) && (end == text.length() || text.charAt(end) != '"');
            if (standalone && word.equals("OR")) {
                out.append('|');
            } else if (standalone && word.equals("AND")) {
                out.append('+');
            } else if (standalone && word.equals("NOT")) {
                // simple_query_string excludes with a '-' glued to the next word or phrase.
                out.append('-');
                end = skipWhitespace(text, end);
            } else {
                out.append(SHORT_PREFIX.matcher(word).replaceAll(""));
            }
            i = end;
        }
        return out.toString();
    }

    private static boolean atWordStart(String text, int i) {
        return i == 0 || Character.isWhitespace(text.charAt(i - 1));
    }

    private static int skipWhitespace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
