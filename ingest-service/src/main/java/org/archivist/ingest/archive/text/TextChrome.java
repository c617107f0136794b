package org.archivist.ingest.archive.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The theme's chrome in a text page: the archive header ({@code Archive | Energy}, {@code Category
 * Archives: Energy}), navigation ({@code « Older posts}), widget titles ({@code Recent Posts}),
 * sharing buttons at the end of a post, and the link list {@code lynx -dump} appends. Known chrome
 * is dropped without a {@link SkippedBlock}: it carries nothing a user could miss.
 */
final class TextChrome {

    /** A page header; {@code category} is null for date and author archives. */
    record ArchiveHeader(String category) {
    }

    private static final int MAX_KEY = 60;
    private static final int MAX_HEADER = 200;

    private static final String[] CATEGORY_HEADERS = {
            "Category Archives:", "Tag Archives:", "Category Archive:", "Tag Archive:", "Archive |", "Archives |",
            "Archive:", "Archives:", "Category:", "Tag:", "Topic:", "Browsing Category:", "Browsing Tag:", "Browsing:",
            "Posts tagged", "Archive for category", "Archive for tag", "Archive for the", "Архив рубрики:", "Архив метки:",
            "Рубрика:", "Метка:", "Архивы:", "Архив:", "Catégorie :", "Catégorie:", "Étiquette :", "Étiquette:",
            "Categoría:", "Etiqueta:", "Categoria:", "Kategorie:", "Schlagwort:",
    };
    private static final String[] OTHER_HEADERS = {
            "Monthly Archives:", "Daily Archives:", "Yearly Archives:", "Author Archives:", "Author:", "Month:", "Year:",
            "Day:", "Search Results for:", "Архив за", "Автор:",
    };
    private static final Pattern MONTH_YEAR = Pattern.compile("(?:\\p{L}{3,12}\\.?\\s)?\\d{4}");

    private static final Set<String> PAGE_CHROME = Set.of(
            "older posts", "newer posts", "older entries", "newer entries", "previous posts", "next posts",
            "previous entries", "next entries", "older", "newer", "next", "previous", "next page", "previous page",
            "load more", "load more posts", "more posts", "posts navigation", "post navigation", "navigation",
            "recent posts", "recent comments", "popular posts", "search", "search for", "search results", "categories",
            "archives", "archive", "meta", "tags", "tag cloud", "blogroll", "links", "log in", "login", "register",
            "entries feed", "comments feed", "entries rss", "comments rss", "wordpress.org", "skip to content",
            "skip to main content", "skip to navigation", "menu", "main menu", "primary menu", "toggle navigation", "home",
            "about", "contact", "subscribe", "follow us", "follow", "sidebar", "primary sidebar", "footer", "close",
            "back to top", "top", "rss", "proudly powered by wordpress", "powered by wordpress", "leave a reply",
            "cancel reply", "select category", "select month", "calendar", "follow blog via email", "recent",
            "свежие записи", "свежие комментарии", "рубрики", "архивы", "мета", "поиск", "найти", "войти",
            "предыдущие записи", "следующие записи", "более ранние записи", "навигация по записям", "метки",
            "articles récents", "commentaires récents", "rechercher", "entradas recientes", "comentarios recientes",
            "buscar", "posts recentes", "pesquisar");
    /** Widget and navigation titles that never head a paragraph of a post: where a sidebar starts. */
    private static final Set<String> SIDEBAR_STARTS = Set.of(
            "recent posts", "recent comments", "older posts", "newer posts", "older entries", "newer entries",
            "posts navigation", "post navigation", "leave a reply", "related posts", "popular posts",
            "свежие записи", "свежие комментарии", "навигация по записям", "предыдущие записи");
    private static final Set<String> POST_END_CHROME = Set.of(
            "share this", "like this", "loading", "like loading", "related", "share", "tweet", "twitter", "facebook",
            "email", "print", "linkedin", "reddit", "whatsapp", "telegram", "pinterest", "tumblr", "pocket", "more",
            "read more", "continue reading", "share on facebook", "share on twitter", "share on x", "поделиться",
            "нравится", "похожее", "читать далее", "lire la suite", "leer más", "leia mais");
    private static final String[] POST_END_PREFIXES = {
            "click to share on", "click to email", "click to print", "continue reading", "read more", "читать далее",
    };
    private static final Pattern PAGINATION = Pattern.compile(
            "page \\d{1,6} of \\d{1,6}|page \\d{1,6}|(?:\\d{1,6}|…|\\.\\.\\.)(?: (?:\\d{1,6}|…|\\.\\.\\.)){1,20}(?: next)?");
    private static final Pattern LYNX_REFERENCE = Pattern.compile("\\d{1,6}\\. \\S+");

    private TextChrome() {
    }

    /** The archive header this line is, or null. */
    static ArchiveHeader archiveHeader(String line) {
        if (line.length() > MAX_HEADER) {
            return null;
        }
        for (String prefix : OTHER_HEADERS) {
            if (FooterParser.startsWithIgnoreCase(line, prefix)) {
                return new ArchiveHeader(null);
            }
        }
        for (String prefix : CATEGORY_HEADERS) {
            if (FooterParser.startsWithIgnoreCase(line, prefix)) {
                String value = line.substring(prefix.length()).strip();
                if (prefix.equals("Archive for the")) {
                    value = stripSuffix(stripSuffix(value, " Category"), " Tag");
                }
                value = unquote(value);
                if (value.isEmpty() || value.length() > 100) {
                    return null;
                }
                boolean dateArchive = prefix.startsWith("Archive") && MONTH_YEAR.matcher(value).matches();
                return new ArchiveHeader(dateArchive ? null : value);
            }
        }
        return null;
    }

    /** Navigation, widget titles, pagination and separator lines. */
    static boolean isPageChrome(String line) {
        String key = key(line);
        if (key == null) {
            return false;
        }
        if (key.isEmpty() || PAGE_CHROME.contains(key)) {
            return true;
        }
        char first = key.charAt(0);
        return (first == 'p' || first >= '0' && first <= '9' || first == '…' || first == '.') && PAGINATION.matcher(key).matches();
    }

    /** Whether the line is a widget or navigation title that opens the sidebar after a post. */
    static boolean startsSidebar(String line) {
        String key = key(line);
        return key != null && SIDEBAR_STARTS.contains(key);
    }

    /** Sharing and "read more" lines that themes put between a post's body and its footer. */
    static boolean isPostEndChrome(String line) {
        if (line.length() > 300) {
            return false;
        }
        String key = key(line);
        if (key != null && POST_END_CHROME.contains(key)) {
            return true;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        for (String prefix : POST_END_PREFIXES) {
            if (lower.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the {@code References} list of a {@code lynx -dump} starts, or {@code lines.size()} when the
     * page does not end with one.
     */
    static int referencesStart(List<String> lines) {
        int i = lines.size() - 1;
        boolean sawReference = false;
        while (i >= 0) {
            String line = lines.get(i);
            if (line.isEmpty() || line.equals("Visible links") || line.equals("Visible links:")
                    || line.equals("Hidden links:") || line.equals("Hidden links")) {
                i--;
            } else if (line.length() < 2000 && LYNX_REFERENCE.matcher(line).matches()) {
                sawReference = true;
                i--;
            } else {
                break;
            }
        }
        return sawReference && i >= 0 && lines.get(i).equals("References") ? i : lines.size();
    }

    /** The line lowercased, without surrounding arrows and punctuation; null for long lines. */
    private static String key(String line) {
        if (line.length() > MAX_KEY) {
            return null;
        }
        int start = 0;
        int end = line.length();
        while (start < end && !Character.isLetterOrDigit(line.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(line.charAt(end - 1))) {
            end--;
        }
        StringBuilder b = new StringBuilder(end - start);
        boolean space = false;
        for (int i = start; i < end; i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                space = true;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(c);
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    private static String unquote(String s) {
        String quotes = "‘’“”\"'«»„";
        int start = 0;
        int end = s.length();
        while (start < end && quotes.indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && quotes.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(start, end).strip();
    }

    private static String stripSuffix(String s, String suffix) {
        return s.regionMatches(true, s.length() - suffix.length(), suffix, 0, suffix.length()) && s.length() > suffix.length()
                ? s.substring(0, s.length() - suffix.length()) : s;
    }
}
