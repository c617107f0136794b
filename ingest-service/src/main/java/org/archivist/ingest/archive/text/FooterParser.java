package org.archivist.ingest.archive.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Post footers of WordPress themes in plain text: {@code Posted in A, BComments Off on T},
 * {@code Posted in A | Tagged x, y | 3 Comments}, {@code This entry was posted in A and tagged x.
 * Bookmark the permalink.} and their relatives. Only {@link String#startsWith}-style checks run on
 * a whole line; patterns only ever see a short tail of it.
 */
final class FooterParser {

    /** What a footer says about its post; {@code title} is null unless the footer repeats it. */
    record Footer(String title, List<String> categories, List<String> tags, List<String> authors,
                  LocalDate date, List<String> unrecognized) {

        Footer {
            categories = List.copyOf(categories);
            tags = List.copyOf(tags);
            authors = List.copyOf(authors);
            unrecognized = List.copyOf(unrecognized);
        }

        private Footer withTags(List<String> more) {
            List<String> all = new ArrayList<>(tags);
            all.addAll(more);
            return new Footer(title, categories, all, authors, date, unrecognized);
        }

        private Footer withTitle(String newTitle) {
            return new Footer(newTitle, categories, tags, authors, date, unrecognized);
        }
    }

    private static final String COMMENTS_OFF_ON = "Comments Off on ";
    private static final String RU_COMMENTS_OFF = "Комментарии к записи ";
    private static final String RU_COMMENTS_OFF_END = " отключены";

    /** Prefixes that open a footer on their own, given a plausible category list. */
    private static final String[] STRONG_PREFIXES = {
            "Posted in", "Filed under", "Filed in", "Posted under", "Categorized as", "Published in",
            "Опубликовано в рубрике", "Рубрики", "Publié dans", "Publicado en", "Publicado em",
    };
    /** Prefixes that also head other things (a page header, a sentence): need a comment count, tags or title. */
    private static final String[] WEAK_PREFIXES = {"Categories:", "Category:", "Рубрика:", "Рубрики:"};
    private static final String[] ENTRY_PREFIXES = {
            "This entry was posted in", "This entry was filed under", "This entry is filed under",
            "This entry was tagged", "This entry is tagged", "Запись опубликована в рубрике",
    };
    private static final String[] PERMALINKS = {"bookmark the permalink", "добавьте в закладки постоянную ссылку"};
    private static final String[] AND_TAGGED = {" and tagged ", " с метками "};
    private static final String[] BY = {" by ", " автором "};
    private static final String[] TAG_PREFIXES = {
            "Tagged with", "Tagged", "Tags", "Tag:", "Метки", "Теги", "Метка:", "Étiquettes", "Etiquetas", "Etiquetado",
    };
    private static final String[] IGNORABLE = {
            "edit", "bookmark the permalink", "permalink", "comments off", "comments closed", "share", "reply",
    };

    private static final int TAIL = 60;
    /** Longer lines are prose, not footers; the bound also keeps every scan below short. */
    private static final int MAX_FOOTER = 2000;
    private static final Pattern COMMENT_COUNT_TAIL = Pattern.compile(
            "(?iu)(?:leave a (?:comment|reply)|(?:\\d{1,7}|no|one|zero|two|three)\\s(?:comments?|responses?|replies)"
                    + "|comments? (?:off|closed|are closed)|оставить комментарий|\\d{1,7}\\sкомментари\\p{L}{0,3}"
                    + "|комментарии\\s?\\(\\d{1,7}\\)|комментарии закрыты|laisser un commentaire"
                    + "|deja un comentario|deixe um comentário)\\s?$");

    private FooterParser() {
    }

    /** The footer this line is, or null. */
    static Footer parse(String line) {
        if (line.length() < 8 || line.length() > MAX_FOOTER) {
            return null;
        }
        for (String prefix : ENTRY_PREFIXES) {
            if (startsWithIgnoreCase(line, prefix)) {
                return entryFooter(line.substring(prefix.length()), prefix.endsWith("tagged"));
            }
        }
        for (String prefix : STRONG_PREFIXES) {
            if (startsWithIgnoreCase(line, prefix) && wordEnds(line, prefix.length())) {
                return categoryFooter(line.substring(prefix.length()), true);
            }
        }
        for (String prefix : WEAK_PREFIXES) {
            if (startsWithIgnoreCase(line, prefix)) {
                return categoryFooter(line.substring(prefix.length()), false);
            }
        }
        String title = commentsOffTitle(line);
        return title == null || title.isEmpty() ? null
                : new Footer(title, List.of(), List.of(), List.of(), null, List.of());
    }

    /**
     * The footer with a line that directly follows it and belongs to it ({@code Tagged x},
     * {@code Leave a comment}, {@code Comments Off on T}), or null when the line is not such.
     */
    static Footer absorb(Footer footer, String line) {
        List<String> tags = tagList(line);
        if (tags != null) {
            return footer.withTags(tags);
        }
        if (isCommentCountOrFooterChrome(line)) {
            return footer;
        }
        String title = commentsOffTitle(line);
        if (title != null && footer.title() == null && (line.startsWith("Comments Off") || line.startsWith(RU_COMMENTS_OFF))) {
            return footer.withTitle(title);
        }
        return null;
    }

    /** {@code Tagged x, y} or {@code Tags: x, y}: the tags, else null. */
    static List<String> tagList(String line) {
        return tagList(line, false);
    }

    /**
     * A tag line that closes a post body, such as {@code Tags: x, y}: only the colon forms, since
     * {@code Tagged items ship free.} could be the last sentence of a post.
     */
    static List<String> trailingTagLine(String line) {
        return tagList(line, true);
    }

    private static List<String> tagList(String line, boolean colonOnly) {
        if (line.length() > 600) {
            return null;
        }
        for (String prefix : TAG_PREFIXES) {
            if (startsWithIgnoreCase(line, prefix) && line.length() > prefix.length()) {
                char next = line.charAt(prefix.length());
                boolean colon = next == ':' || prefix.endsWith(":");
                if (next != ':' && next != ' ' || colonOnly && !colon) {
                    continue;
                }
                String rest = stripLeading(line.substring(prefix.length()), ": ").strip();
                if (rest.isEmpty() || !plausibleList(rest)) {
                    return null;
                }
                return list(rest);
            }
        }
        return null;
    }

    /** A line that is nothing but a comment count or link (e.g. {@code 3 Comments}, {@code Leave a comment}, {@code Edit}). */
    static boolean isCommentCountOrFooterChrome(String line) {
        if (line.length() > TAIL) {
            return false;
        }
        String key = stripTrailing(line, ".:»→ ").strip().toLowerCase(Locale.ROOT);
        for (String ignorable : IGNORABLE) {
            if (key.equals(ignorable)) {
                return true;
            }
        }
        if (!mayEndWithCommentCount(line, 0)) {
            return false;
        }
        Matcher m = COMMENT_COUNT_TAIL.matcher(line);
        return m.find() && m.start() == 0;
    }

    /** The line without a comment count at its end (glued or not), or the same instance when there is none. */
    static String stripCommentCount(String text) {
        int from = Math.max(0, text.length() - TAIL);
        if (!mayEndWithCommentCount(text, from)) {
            return text;
        }
        Matcher m = COMMENT_COUNT_TAIL.matcher(text).region(from, text.length());
        if (!m.find()) {
            return text;
        }
        return stripTrailing(text.substring(0, m.start()), " |–—-·•");
    }

    /** Whether the text from {@code from} holds a word every comment count has; cheap, unlike the pattern. */
    private static boolean mayEndWithCommentCount(String text, int from) {
        String tail = text.substring(from).toLowerCase(Locale.ROOT);
        return tail.contains("comment") || tail.contains("repl") || tail.contains("respons") || tail.contains("коммент")
                || tail.contains("comentar") || tail.contains("comentár");
    }

    private static Footer categoryFooter(String rest, boolean strongPrefix) {
        rest = stripLeading(rest, ": ").strip();
        String title = null;
        int off = rest.indexOf(COMMENTS_OFF_ON);
        if (off >= 0) {
            title = rest.substring(off + COMMENTS_OFF_ON.length()).strip();
            rest = rest.substring(0, off);
        } else {
            int ru = rest.indexOf(RU_COMMENTS_OFF);
            if (ru >= 0 && rest.endsWith(RU_COMMENTS_OFF_END)) {
                title = rest.substring(ru + RU_COMMENTS_OFF.length(), rest.length() - RU_COMMENTS_OFF_END.length()).strip();
                rest = rest.substring(0, ru);
            }
        }
        String withoutCount = stripCommentCount(rest);
        boolean commentSignal = title != null || withoutCount != rest;
        rest = withoutCount;

        List<String> parts = split(rest);
        List<String> categories = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        List<String> authors = new ArrayList<>();
        List<String> unrecognized = new ArrayList<>();
        LocalDate date = null;
        boolean tagSignal = false;
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            if (i == 0) {
                int glued = gluedTagsStart(part);
                String cats = glued < 0 ? part : part.substring(0, glued).strip();
                if (glued >= 0) {
                    List<String> gluedTags = tagList(part.substring(glued));
                    if (gluedTags != null) {
                        tags.addAll(gluedTags);
                        tagSignal = true;
                    } else {
                        cats = part;
                    }
                }
                if (!strongPrefix && !commentSignal && !tagSignal && parts.size() == 1) {
                    return null;
                }
                if (parts.size() == 1 && !commentSignal && !tagSignal && !plausibleList(cats)) {
                    return null;
                }
                categories.addAll(list(cats));
                continue;
            }
            List<String> partTags = tagList(part);
            if (partTags != null) {
                tags.addAll(partTags);
                tagSignal = true;
                continue;
            }
            if (isCommentCountOrFooterChrome(part)) {
                continue;
            }
            BylineParser.Byline byline = BylineParser.header(part);
            if (byline != null) {
                authors.addAll(byline.authors());
                date = date == null ? byline.date() : date;
                continue;
            }
            unrecognized.add(part);
        }
        if (parts.isEmpty() && !commentSignal) {
            return null;
        }
        if (!strongPrefix && !commentSignal && !tagSignal) {
            return null;
        }
        return new Footer(title, categories, tags, authors, date, unrecognized);
    }

    private static Footer entryFooter(String rest, boolean tagsOnly) {
        for (String permalink : PERMALINKS) {
            int at = indexOfIgnoreCase(rest, permalink);
            if (at >= 0) {
                rest = rest.substring(0, at);
            }
        }
        rest = stripTrailing(rest.strip(), ".").strip();
        List<String> authors = List.of();
        for (String by : BY) {
            int at = rest.lastIndexOf(by);
            List<String> names = at < 0 ? List.of() : BylineParser.names(rest.substring(at + by.length()), false);
            if (!names.isEmpty()) {
                authors = names;
                rest = rest.substring(0, at);
                break;
            }
        }
        LocalDate date = null;
        int on = rest.lastIndexOf(" on ");
        if (on >= 0) {
            date = TextDates.whole(rest.substring(on + 4));
            if (date != null) {
                rest = rest.substring(0, on);
            }
        }
        String categories = tagsOnly ? "" : rest;
        String tags = tagsOnly ? rest : "";
        for (String andTagged : AND_TAGGED) {
            int at = rest.indexOf(andTagged);
            if (!tagsOnly && at >= 0) {
                categories = rest.substring(0, at);
                tags = rest.substring(at + andTagged.length());
                break;
            }
        }
        return new Footer(null, list(categories), list(tags), authors, date, List.of());
    }

    private static String commentsOffTitle(String line) {
        if (line.startsWith(COMMENTS_OFF_ON)) {
            return line.substring(COMMENTS_OFF_ON.length()).strip();
        }
        if (line.startsWith(RU_COMMENTS_OFF) && line.endsWith(RU_COMMENTS_OFF_END)
                && line.length() > RU_COMMENTS_OFF.length() + RU_COMMENTS_OFF_END.length()) {
            return line.substring(RU_COMMENTS_OFF.length(), line.length() - RU_COMMENTS_OFF_END.length()).strip();
        }
        return null;
    }

    /** Where {@code Tagged}/{@code Tags:} starts inside a category list (glued or spaced), or -1. */
    private static int gluedTagsStart(String part) {
        int tagged = part.indexOf("Tagged ");
        if (tagged > 0) {
            return tagged;
        }
        int tags = part.indexOf("Tags:");
        return tags > 0 ? tags : -1;
    }

    /** A comma list of short names, not a sentence: what a category or tag list looks like. */
    static boolean plausibleList(String s) {
        if (s.isEmpty() || s.length() > 400) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        if (last == ':' || last == ';' || last == '?' || last == '!') {
            return false;
        }
        int words = 1;
        int itemLength = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',') {
                words = 1;
                itemLength = 0;
                continue;
            }
            itemLength++;
            if (c == ' ' && i > 0 && s.charAt(i - 1) != ',' && s.charAt(i - 1) != ' ') {
                words++;
            }
            if (words > 6 || itemLength > 60) {
                return false;
            }
            if (c == '.' && i + 1 < s.length() && s.charAt(i + 1) == ' ') {
                return false;
            }
        }
        return !(last == '.' && words > 1);
    }

    /** The parts of a footer between {@code |} separators. */
    private static List<String> split(String s) {
        return splitTrimmed(s, '|');
    }

    /** A comma list as written, items trimmed. */
    static List<String> list(String s) {
        return splitTrimmed(s, ',');
    }

    private static List<String> splitTrimmed(String s, char separator) {
        List<String> items = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == separator) {
                String item = s.substring(start, i).strip();
                if (!item.isEmpty()) {
                    items.add(item);
                }
                start = i + 1;
            }
        }
        return items;
    }

    private static boolean wordEnds(String line, int at) {
        return at >= line.length() || !Character.isLetterOrDigit(line.charAt(at));
    }

    static boolean startsWithIgnoreCase(String s, String prefix) {
        if (s.isEmpty() || prefix.isEmpty()) {
            return prefix.isEmpty();
        }
        char a = s.charAt(0);
        char b = prefix.charAt(0);
        // most lines fail on the first character: check it before the general comparison
        if (a != b && Character.toLowerCase(a) != Character.toLowerCase(b)) {
            return false;
        }
        return s.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    private static int indexOfIgnoreCase(String s, String needle) {
        for (int i = 0; i + needle.length() <= s.length(); i++) {
            if (s.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    private static String stripLeading(String s, String chars) {
        int i = 0;
        while (i < s.length() && chars.indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return s.substring(i);
    }

    static String stripTrailing(String s, String chars) {
        int end = s.length();
        while (end > 0 && chars.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }
}
