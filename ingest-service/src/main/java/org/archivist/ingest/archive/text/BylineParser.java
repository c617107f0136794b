package org.archivist.ingest.archive.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Bylines: an own line after the title ({@code By Name}, {@code By: Name}, {@code Posted on
 * September 14, 2022 by A and B}, a bare date), or glued to the end of the standfirst
 * ({@code …in spring.By Harbor Desk -March 3, 20211542}). Names must look like names, so a
 * sentence such as {@code By the end of the year…} never becomes an author.
 */
public final class BylineParser {

    /** Authors, date and view count read from a byline; absent values are empty or null. */
    public record Byline(List<String> authors, LocalDate date, Long viewCount) {

        public Byline {
            authors = List.copyOf(authors);
        }
    }

    /** A standfirst with the byline that was glued to its end. */
    record Glued(String standfirst, Byline byline) {
    }

    private static final int MAX_LINE = 300;
    private static final int GLUED_WINDOW = 250;
    private static final Pattern NAME_SEPARATORS = Pattern.compile("\\s*[,;&]\\s*|\\s+(?:and|And|AND|и|und|et|y|e)\\s+");
    private static final Pattern VIEW_COUNT = Pattern.compile("\\d{1,15}");
    private static final String[] THEME_HEADER_PREFIXES = {
            "Posted on", "Published on", "Posted", "Published", "Written on", "Опубликовано", "Publié le", "Publicado el",
    };
    /** "by" before the author in a theme header, in the languages of the themes seen. */
    private static final String[] BY_WORDS = {"by ", "автором ", "автор: ", "par ", "por ", "von "};
    private static final Set<String> PARTICLES = Set.of(
            "de", "da", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den", "ter", "la", "le",
            "al", "el", "bin", "ibn", "ben", "y", "e", "zu", "af", "av", "st.");

    private BylineParser() {
    }

    /** The byline this line is, when it sits right after a title; else null. */
    public static Byline header(String line) {
        if (line.isEmpty() || line.length() > MAX_LINE) {
            return null;
        }
        LocalDate bare = TextDates.whole(line);
        if (bare != null) {
            return new Byline(List.of(), bare, null);
        }
        String s = FooterParser.stripTrailing(FooterParser.stripCommentCount(line), " |–—-·•").strip();
        String prefix = themeHeaderPrefix(s);
        if (prefix != null) {
            String rest = s.substring(prefix.length()).strip();
            if (FooterParser.startsWithIgnoreCase(rest, "by ")) {
                return authorsThenDate(rest.substring(3), false);
            }
            return dateThenAuthors(rest);
        }
        String afterBy = afterBy(s);
        if (afterBy != null) {
            return authorsThenDate(afterBy, true);
        }
        return dateThenAuthors(s);
    }

    /** Whether the line is a theme's post header such as {@code Posted on <date> by <name>}. */
    static boolean isThemeHeader(String line) {
        return line.length() <= MAX_LINE && themeHeaderPrefix(line) != null && header(line) != null;
    }

    /** The standfirst and the byline glued to its end, or null. */
    static Glued glued(String paragraph) {
        int n = paragraph.length();
        int windowStart = Math.max(0, n - GLUED_WINDOW);
        for (int i = n - 3; i >= windowStart; i--) {
            if (paragraph.charAt(i) != 'B' || (paragraph.charAt(i + 1) != 'y' && paragraph.charAt(i + 1) != 'Y')) {
                continue;
            }
            char before = i > 0 ? paragraph.charAt(i - 1) : ' ';
            if (Character.isLetterOrDigit(before)) {
                continue;
            }
            int j = i + 2;
            if (j < n && paragraph.charAt(j) == ':') {
                j++;
            }
            if (j >= n || paragraph.charAt(j) != ' ') {
                continue;
            }
            // The standfirst before "By" may be huge: cut it only once a byline is found.
            String rest = paragraph.substring(j).strip();
            TextDates.Found date = TextDates.find(rest);
            if (date != null) {
                Byline byline = authorsThenDate(rest, true);
                if (byline != null && !byline.authors().isEmpty() && byline.date() != null) {
                    return new Glued(paragraph.substring(0, i).strip(), byline);
                }
            } else if (i > 0 && ".!?…\"”’»)".indexOf(before) >= 0) {
                // Without a date only the glued form counts: "spring.By Name" cannot be a sentence.
                List<String> names = names(rest, true);
                if (!names.isEmpty()) {
                    return new Glued(paragraph.substring(0, i).strip(), new Byline(names, null, null));
                }
            }
        }
        return null;
    }

    /**
     * Author names from a byline's name part, split on commas and {@code and}; empty when any part
     * does not look like a name. {@code strict} requires capitalised words (an own-line {@code By …}
     * could be a sentence); theme headers ({@code … by admin}) are trusted more.
     */
    static List<String> names(String text, boolean strict) {
        String s = text.strip();
        if (s.isEmpty() || s.length() > 160) {
            return List.of();
        }
        if (s.endsWith(".") && !endsWithInitial(s)) {
            s = s.substring(0, s.length() - 1).strip();
        }
        List<String> names = new ArrayList<>();
        for (String part : NAME_SEPARATORS.split(s)) {
            String name = part.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (!plausibleName(name, strict)) {
                return List.of();
            }
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    private static Byline authorsThenDate(String s, boolean strict) {
        TextDates.Found found = TextDates.find(s);
        String namePart = s;
        Long views = null;
        LocalDate date = null;
        if (found != null) {
            String tail = s.substring(found.end()).strip();
            if (!tail.isEmpty()) {
                if (VIEW_COUNT.matcher(tail).matches()) {
                    views = Long.valueOf(tail);
                } else if (TextDates.whole(s.substring(found.start())) == null) {
                    return null;
                }
            }
            date = found.date();
            namePart = FooterParser.stripTrailing(s.substring(0, found.start()), " -–—|·•,").strip();
            if (namePart.endsWith(" on") || namePart.endsWith(" On")) {
                namePart = namePart.substring(0, namePart.length() - 3).strip();
            }
        }
        List<String> names = names(namePart, strict);
        if (names.isEmpty()) {
            return null;
        }
        return new Byline(names, date, views);
    }

    private static Byline dateThenAuthors(String s) {
        TextDates.Found found = TextDates.find(s);
        if (found == null || !TextDates.isDatePrefix(s.substring(0, found.start()))) {
            return null;
        }
        String after = s.substring(found.end()).strip();
        if (TextDates.isDateSuffix(after)) {
            return new Byline(List.of(), found.date(), null);
        }
        int by = -1;
        String byWord = null;
        for (String word : BY_WORDS) {
            by = indexOfWord(after, word);
            if (by >= 0) {
                byWord = word;
                break;
            }
        }
        if (by < 0 || !TextDates.isDateSuffix(after.substring(0, by))) {
            return null;
        }
        List<String> names = names(after.substring(by + byWord.length()), false);
        return names.isEmpty() ? null : new Byline(names, found.date(), null);
    }

    /** Where {@code word} (which ends with a space) starts as a word of {@code s}, or -1. */
    private static int indexOfWord(String s, String word) {
        for (int i = 0; i + word.length() <= s.length(); i++) {
            if ((i == 0 || s.charAt(i - 1) == ' ') && s.regionMatches(true, i, word, 0, word.length())) {
                return i;
            }
        }
        return -1;
    }

    /** The text after a leading {@code By}, {@code By:} or {@code by}, or null. */
    private static String afterBy(String s) {
        if (s.length() < 4 || !FooterParser.startsWithIgnoreCase(s, "by")) {
            return null;
        }
        char next = s.charAt(2);
        if (next != ' ' && next != ':') {
            return null;
        }
        return s.substring(next == ':' ? 3 : 2).strip();
    }

    private static String themeHeaderPrefix(String s) {
        for (String prefix : THEME_HEADER_PREFIXES) {
            if (FooterParser.startsWithIgnoreCase(s, prefix)
                    && (s.length() == prefix.length() || !Character.isLetterOrDigit(s.charAt(prefix.length())))) {
                return prefix;
            }
        }
        return null;
    }

    private static boolean plausibleName(String name, boolean strict) {
        if (name.length() > 60) {
            return false;
        }
        String[] tokens = name.split(" +");
        if (tokens.length > 6) {
            return false;
        }
        boolean capitalised = false;
        for (String token : tokens) {
            int first = token.codePointAt(0);
            boolean upper = Character.isUpperCase(first) || Character.isTitleCase(first);
            capitalised |= upper;
            for (int i = 0; i < token.length(); i++) {
                char c = token.charAt(i);
                boolean allowed = Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
                        || c == '.' || c == '-' || c == '’' || c == '\'' || !strict && (Character.isDigit(c) || c == '_');
                if (!allowed && !Character.isSurrogate(c)) {
                    return false;
                }
            }
            if (strict && !upper && !PARTICLES.contains(token.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return !strict || capitalised;
    }

    private static boolean endsWithInitial(String s) {
        int n = s.length();
        return n >= 2 && Character.isUpperCase(s.charAt(n - 2)) && (n == 2 || s.charAt(n - 3) == ' ' || s.charAt(n - 3) == '.');
    }
}
