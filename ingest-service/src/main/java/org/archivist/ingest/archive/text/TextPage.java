package org.archivist.ingest.archive.text;

import org.archivist.ingest.article.ArticleDraft;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.archivist.ingest.archive.ParsedPage;
import org.archivist.ingest.archive.SkippedBlock;

/**
 * One parse of one text page. Footers end posts; each post starts at the line its footer names
 * ({@code Comments Off on <title>}) or else at the first line after the previous footer that is
 * not chrome. Everything outside posts is chrome or goes to {@link SkippedBlock}s. A page without
 * any footer is one article. Every step scans the lines once, so time grows with the page size.
 */
final class TextPage {

    static final String BEFORE_FIRST = "text before the first post";
    static final String BETWEEN = "text between posts";
    static final String AFTER_LAST = "text after the last post";
    static final String FOOTER_WITHOUT_POST = "footer without a post";
    static final String TITLE_NOT_FOUND = "footer names a title not found in the post";
    static final String UNRECOGNIZED_FOOTER_PART = "unrecognized part of a post footer";
    static final String OTHER_ARCHIVE_HEADER = "another archive header";
    static final String SECOND_DATE = "a second date above the post";
    static final String TITLE_WITHOUT_TEXT = "a title without text under it";

    /** Skipped text longer than this is cut before it is turned into an excerpt. */
    private static final int MAX_SKIPPED_TEXT = 1000;
    /** How many content lines under a title candidate may hold a theme header ({@code Posted on …}). */
    private static final int THEME_HEADER_REACH = 4;

    private record FooterAt(int start, int end, FooterParser.Footer footer) {
    }

    private final List<String> lines;
    private final List<ArticleDraft> articles = new ArrayList<>();
    private final List<SkippedBlock> skipped = new ArrayList<>();
    private String archiveCategory;

    TextPage(List<String> lines) {
        this.lines = lines;
    }

    ParsedPage parse() {
        int end = TextChrome.referencesStart(lines);
        List<FooterAt> footers = footers(end);
        if (footers.isEmpty()) {
            readPost(0, end - 1, null);
        } else {
            int from = 0;
            for (FooterAt footer : footers) {
                readPost(from, footer.start() - 1, footer);
                from = footer.end() + 1;
            }
            skipOutside(from, end - 1, AFTER_LAST);
        }
        return new ParsedPage(archiveCategory, articles, skipped);
    }

    private List<FooterAt> footers(int end) {
        List<FooterAt> footers = new ArrayList<>();
        for (int i = 0; i < end; i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            FooterParser.Footer footer = FooterParser.parse(line);
            if (footer == null) {
                continue;
            }
            int last = i;
            int k = nextNonBlank(i + 1, end - 1);
            for (int n = 0; k >= 0 && n < 3; n++) {
                FooterParser.Footer more = FooterParser.absorb(footer, lines.get(k));
                if (more == null) {
                    break;
                }
                footer = more;
                last = k;
                k = nextNonBlank(k + 1, end - 1);
            }
            footers.add(new FooterAt(i, last, footer));
            i = last;
        }
        return footers;
    }

    /** Reads the post in lines {@code from..to} (inclusive), ended by {@code footerAt} (null: no footer on the page). */
    private void readPost(int from, int to, FooterAt footerAt) {
        String outsideReason = articles.isEmpty() ? BEFORE_FIRST : BETWEEN;
        FooterParser.Footer footer = footerAt == null ? null : footerAt.footer();
        String hint = footer == null ? null : footer.title();
        int titleStart = -1;
        int titleEnd = -1;
        if (hint != null) {
            int[] found = findTitle(from, to, hint);
            if (found != null) {
                titleStart = found[0];
                titleEnd = found[1];
            }
        }
        int hintedTitle = titleStart;
        if (titleStart < 0) {
            titleStart = firstContentLine(from, to);
            titleStart = titleStart < 0 ? -1 : anchorOnThemeHeader(titleStart, to);
            titleEnd = titleStart;
        }
        if (titleStart < 0) {
            skipOutside(from, to, outsideReason);
            if (footerAt != null) {
                for (int k = footerAt.start(); k <= footerAt.end(); k++) {
                    if (!lines.get(k).isEmpty()) {
                        skip(FOOTER_WITHOUT_POST, lines.get(k));
                    }
                }
            }
            return;
        }
        int above = previousNonBlank(titleStart - 1, from);
        LocalDate dateAbove = above >= 0 ? TextDates.whole(lines.get(above)) : null;
        skipOutside(from, dateAbove != null ? above - 1 : titleStart - 1, outsideReason);

        int end = to;
        if (footer == null) {
            // Without a footer nothing ends the post but the sidebar, when it opens with an unmistakable widget title.
            int sidebar = sidebarStart(titleEnd + 1, to);
            if (sidebar >= 0) {
                end = sidebar - 1;
                skipOutside(sidebar, to, AFTER_LAST);
            }
        }
        TextPost.Body body = TextPost.read(lines, titleStart, titleEnd, end, footer == null);
        if (body.paragraphs().isEmpty()) {
            // An article needs a paragraph (as posted JSON does); a lone line like "hello" is not one.
            // Every line of the would-be post is reported, so none of its words is silently lost.
            int last = footerAt == null ? end : footerAt.end();
            for (int k = dateAbove != null ? above : titleStart; k <= last; k++) {
                if (!lines.get(k).isEmpty()) {
                    skip(TITLE_WITHOUT_TEXT, lines.get(k));
                }
            }
            return;
        }
        LocalDate date = body.date();
        if (date == null) {
            date = dateAbove;
        } else if (dateAbove != null && !dateAbove.equals(date)) {
            skip(SECOND_DATE, lines.get(above));
        }
        List<String> authors = new ArrayList<>(body.authors());
        List<String> categories = List.of();
        List<String> tags = new ArrayList<>();
        if (footer != null) {
            addAllNew(authors, footer.authors());
            date = date == null ? footer.date() : date;
            categories = footer.categories();
            tags.addAll(footer.tags());
            if (hint != null && titleStart != hintedTitle) {
                skip(TITLE_NOT_FOUND, hint);
            }
            for (String part : footer.unrecognized()) {
                skip(UNRECOGNIZED_FOOTER_PART, part);
            }
        }
        addAllNew(tags, body.tags());
        articles.add(new ArticleDraft(body.title(), authors, date, null, categories, tags, body.paragraphs(),
                body.footnotes(), body.media(), body.viewCount(), null, false, null, null));
    }

    /**
     * The line (or two soft-wrapped lines) equal to the footer's title, ignoring case, spaces and
     * punctuation; null when there is none.
     */
    private int[] findTitle(int from, int to, String title) {
        String key = fuzzyKey(title);
        if (key.isEmpty()) {
            return null;
        }
        for (int k = from; k <= to; k++) {
            String line = lines.get(k);
            if (line.isEmpty()) {
                continue;
            }
            int matched = matchKey(line, key, 0);
            if (matched == key.length()) {
                return new int[] {k, k};
            }
            if (matched > 0 && k + 1 <= to && matchKey(lines.get(k + 1), key, matched) == key.length()) {
                return new int[] {k, k + 1};
            }
        }
        return null;
    }

    /**
     * Matches the letters and digits of {@code line}, lower-cased, against {@code key} from {@code offset}:
     * where the match ends in {@code key} when all of them match, else -1. Stops at the first
     * mismatch, so a long line costs little.
     */
    private static int matchKey(String line, String key, int offset) {
        int at = offset;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetterOrDigit(cp)) {
                continue;
            }
            int lower = Character.toLowerCase(cp);
            if (at >= key.length() || key.codePointAt(at) != lower) {
                return -1;
            }
            at += Character.charCount(lower);
        }
        return at == offset ? -1 : at;
    }

    /**
     * The first line that can be a title: not blank, not chrome, not a header, not a bare date, not
     * a media placeholder or its caption (a featured image may sit above the title).
     */
    private int firstContentLine(int from, int to) {
        boolean caption = false;
        for (int k = from; k <= to; k++) {
            String line = lines.get(k);
            if (line.isEmpty()) {
                continue;
            }
            MediaPlaceholders.Kind media = MediaPlaceholders.kind(line);
            if (media != MediaPlaceholders.Kind.NONE) {
                caption = media == MediaPlaceholders.Kind.CAPTIONED_IMAGE;
                continue;
            }
            if (caption) {
                caption = false;
                continue;
            }
            if (!isOutsideChrome(line) && TextChrome.archiveHeader(line) == null && TextDates.whole(line) == null) {
                return k;
            }
        }
        return -1;
    }

    /**
     * A theme header ({@code Posted on <date> by <name>}) sits right under its title, so when one
     * follows a few lines below the first candidate, the line above it is the title and the lines
     * before are not part of the post.
     */
    private int anchorOnThemeHeader(int candidate, int to) {
        int k = candidate;
        for (int n = 0; n < THEME_HEADER_REACH; ) {
            k = nextNonBlank(k + 1, to);
            if (k < 0) {
                return candidate;
            }
            String line = lines.get(k);
            if (BylineParser.isThemeHeader(line)) {
                int title = previousNonBlank(k - 1, candidate);
                return title < 0 ? candidate : title;
            }
            if (!isOutsideChrome(line) && TextChrome.archiveHeader(line) == null) {
                n++;
            }
        }
        return candidate;
    }

    private int sidebarStart(int from, int to) {
        for (int k = from; k <= to; k++) {
            if (!lines.get(k).isEmpty() && TextChrome.startsSidebar(lines.get(k))) {
                return k;
            }
        }
        return -1;
    }

    /** Lines outside any post: chrome is dropped, headers set the archive category, the rest is skipped in blocks. */
    private void skipOutside(int from, int to, String reason) {
        StringBuilder block = null;
        for (int k = from; k <= to; k++) {
            String line = lines.get(k);
            if (line.isEmpty()) {
                block = flush(block, reason);
                continue;
            }
            TextChrome.ArchiveHeader header = TextChrome.archiveHeader(line);
            if (header != null) {
                block = flush(block, reason);
                if (header.category() != null) {
                    if (archiveCategory == null) {
                        archiveCategory = header.category();
                    } else if (!archiveCategory.equals(header.category())) {
                        skip(OTHER_ARCHIVE_HEADER, line);
                    }
                }
                continue;
            }
            if (isOutsideChrome(line)) {
                block = flush(block, reason);
                continue;
            }
            if (block == null) {
                block = new StringBuilder();
            } else if (block.length() < MAX_SKIPPED_TEXT) {
                block.append(' ');
            }
            if (block.length() < MAX_SKIPPED_TEXT) {
                block.append(line, 0, Math.min(line.length(), MAX_SKIPPED_TEXT - block.length() + 1));
            }
        }
        flush(block, reason);
    }

    private StringBuilder flush(StringBuilder block, String reason) {
        if (block != null && !block.isEmpty()) {
            skip(reason, block.toString());
        }
        return null;
    }

    private void skip(String reason, String text) {
        String cut = text.length() > MAX_SKIPPED_TEXT ? text.substring(0, MAX_SKIPPED_TEXT) : text;
        skipped.add(SkippedBlock.of(reason, cut));
    }

    private static boolean isOutsideChrome(String line) {
        return TextChrome.isPageChrome(line) || TextChrome.isPostEndChrome(line)
                || FooterParser.isCommentCountOrFooterChrome(line);
    }

    /** Letters and digits only, lower-cased: how a footer's title is compared with the page's lines. */
    static String fuzzyKey(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                b.appendCodePoint(Character.toLowerCase(cp));
            }
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    private static void addAllNew(List<String> target, List<String> more) {
        for (String item : more) {
            if (!target.contains(item)) {
                target.add(item);
            }
        }
    }

    private int nextNonBlank(int from, int to) {
        return TextLines.nextNonBlank(lines, from, to);
    }

    private int previousNonBlank(int from, int floor) {
        return TextLines.previousNonBlank(lines, from, floor);
    }
}
