package org.archivist.ingest.archive.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.archivist.contract.Footnote;

/**
 * Reads one post of a text page, from its title line to the line before its footer: the byline
 * lines under the title, the body's paragraphs and media placeholders, the footnotes at the end,
 * and a byline glued to the standfirst. The footer is read by {@link FooterParser}.
 */
final class TextPost {

    /** What the post's own lines say; the footer adds categories, tags and maybe authors. */
    record Body(String title, List<String> authors, LocalDate date, Long viewCount, List<String> tags,
                List<String> paragraphs, List<Footnote> footnotes, List<String> media) {
    }

    /** Byline-like lines read under a title before the body starts. */
    private static final int MAX_HEADER_LINES = 3;

    private final List<String> lines;
    private final List<String> authors = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();
    private final List<String> paragraphs = new ArrayList<>();
    private final List<String> media = new ArrayList<>();
    private final List<Footnote> footnotes = new ArrayList<>();
    private LocalDate date;
    private Long viewCount;
    private String paragraphLine;
    private StringBuilder paragraphText;

    private TextPost(List<String> lines) {
        this.lines = lines;
    }

    /**
     * Reads lines {@code titleStart..end} (inclusive). {@code trimPageChrome} also drops navigation
     * and widget lines at the very end: used when the page has no footer to end the post.
     */
    static Body read(List<String> lines, int titleStart, int titleEnd, int end, boolean trimPageChrome) {
        return new TextPost(lines).readPost(titleStart, titleEnd, end, trimPageChrome);
    }

    private Body readPost(int titleStart, int titleEnd, int end, boolean trimPageChrome) {
        String title = joinNonBlank(titleStart, titleEnd);
        int bodyStart = readHeader(titleEnd + 1, end);
        int last = trimTail(bodyStart, end, trimPageChrome);
        int footnotesStart = footnoteZone(bodyStart, last);
        readBody(bodyStart, footnotesStart >= 0 ? footnotesStart - 1 : last);
        if (footnotesStart >= 0) {
            readFootnotes(footnotesStart, last);
        }
        readGluedByline();
        return new Body(title, authors, date, viewCount, tags, paragraphs, footnotes, media);
    }

    /** Consumes byline, date and comment-count lines right under the title; returns where the body starts. */
    private int readHeader(int from, int end) {
        int bodyStart = from;
        int k = nextNonBlank(from, end);
        for (int n = 0; k >= 0 && n < MAX_HEADER_LINES; n++) {
            String line = lines.get(k);
            BylineParser.Byline byline = BylineParser.header(line);
            if (byline != null) {
                addByline(byline);
            } else if (!FooterParser.isCommentCountOrFooterChrome(line)) {
                break;
            }
            bodyStart = k + 1;
            k = nextNonBlank(k + 1, end);
        }
        return bodyStart;
    }

    /** Drops sharing buttons (and, without a footer, page chrome) and reads a closing tag line; returns the new last line. */
    private int trimTail(int from, int end, boolean trimPageChrome) {
        int last = end;
        while (true) {
            last = previousNonBlank(last, from);
            if (last < 0) {
                return from - 1;
            }
            String line = lines.get(last);
            if (TextChrome.isPostEndChrome(line) || trimPageChrome && TextChrome.isPageChrome(line)) {
                last--;
                continue;
            }
            List<String> lineTags = FooterParser.trailingTagLine(line);
            if (lineTags != null) {
                tags.addAll(0, lineTags);
                last--;
                continue;
            }
            return last;
        }
    }

    /**
     * The first line of the footnote block that ends the body: {@code [n] text} lines, their soft-wrapped
     * continuations and media placeholders, up to the end. -1 when the body does not end with footnotes.
     */
    private int footnoteZone(int from, int last) {
        int zone = -1;
        boolean inFootnote = false;
        for (int k = from; k <= last; k++) {
            String line = lines.get(k);
            if (line.isEmpty()) {
                inFootnote = false;
            } else if (footnoteNumber(line) >= 0) {
                zone = zone < 0 ? k : zone;
                inFootnote = true;
            } else if (zone >= 0 && (inFootnote || MediaPlaceholders.isPlaceholder(line))) {
                // a wrapped footnote line, or a placeholder between footnotes: the block goes on
                continue;
            } else {
                zone = -1;
            }
        }
        return zone;
    }

    private void readBody(int from, int to) {
        boolean expectCaption = false;
        boolean inAttachments = false;
        for (int k = from; k <= to; k++) {
            String line = lines.get(k);
            if (line.isEmpty()) {
                flushParagraph();
                continue;
            }
            MediaPlaceholders.Kind kind = MediaPlaceholders.kind(line);
            if (kind != MediaPlaceholders.Kind.NONE) {
                flushParagraph();
                media.add(line);
                expectCaption = kind == MediaPlaceholders.Kind.CAPTIONED_IMAGE;
                inAttachments |= kind == MediaPlaceholders.Kind.ATTACHMENTS;
                continue;
            }
            if (expectCaption || inAttachments && line.length() <= 150 && nextIsFile(k + 1, to)) {
                flushParagraph();
                media.add(line);
                expectCaption = false;
                continue;
            }
            if (startsListItem(line)) {
                flushParagraph();
            }
            appendToParagraph(line);
        }
        flushParagraph();
    }

    /** Soft-wraps a line into the open paragraph; a one-line paragraph keeps the line's own string. */
    private void appendToParagraph(String line) {
        if (paragraphLine == null && paragraphText == null) {
            paragraphLine = line;
            return;
        }
        if (paragraphText == null) {
            paragraphText = new StringBuilder(paragraphLine.length() + line.length() + 16).append(paragraphLine);
            paragraphLine = null;
        }
        paragraphText.append(' ').append(line);
    }

    private void flushParagraph() {
        if (paragraphLine != null) {
            paragraphs.add(paragraphLine);
        } else if (paragraphText != null) {
            paragraphs.add(paragraphText.toString());
        }
        paragraphLine = null;
        paragraphText = null;
    }

    private void readFootnotes(int from, int to) {
        int number = -1;
        StringBuilder text = null;
        boolean previousWasFootnote = false;
        for (int k = from; k <= to; k++) {
            String line = lines.get(k);
            if (line.isEmpty()) {
                previousWasFootnote = false;
                continue;
            }
            int n = footnoteNumber(line);
            if (n >= 0) {
                addFootnote(number, text);
                number = n;
                text = new StringBuilder(footnoteText(line));
                previousWasFootnote = true;
            } else if (previousWasFootnote && text != null) {
                text.append(' ').append(line);
            } else {
                media.add(line);
            }
        }
        addFootnote(number, text);
    }

    private void readGluedByline() {
        if (paragraphs.isEmpty()) {
            return;
        }
        BylineParser.Glued glued = BylineParser.glued(paragraphs.get(0));
        if (glued == null) {
            return;
        }
        if (glued.standfirst().isEmpty()) {
            paragraphs.remove(0);
        } else {
            paragraphs.set(0, glued.standfirst());
        }
        addByline(glued.byline());
    }

    private void addByline(BylineParser.Byline byline) {
        for (String author : byline.authors()) {
            if (!authors.contains(author)) {
                authors.add(author);
            }
        }
        date = date == null ? byline.date() : date;
        viewCount = viewCount == null ? byline.viewCount() : viewCount;
    }

    private void addFootnote(int number, StringBuilder text) {
        if (number >= 0 && text != null) {
            footnotes.add(new Footnote(number, text.toString()));
        }
    }

    private boolean nextIsFile(int from, int to) {
        int k = nextNonBlank(from, to);
        return k >= 0 && MediaPlaceholders.kind(lines.get(k)) == MediaPlaceholders.Kind.FILE;
    }

    /** The number of a {@code [n] text} footnote line, or -1. */
    static int footnoteNumber(String line) {
        if (line.length() < 4 || line.charAt(0) != '[') {
            return -1;
        }
        int i = 1;
        int number = 0;
        while (i < line.length() && i <= 4 && Character.isDigit(line.charAt(i)) && line.charAt(i) < 128) {
            number = number * 10 + (line.charAt(i) - '0');
            i++;
        }
        if (i == 1 || i >= line.length() || line.charAt(i) != ']') {
            return -1;
        }
        return footnoteText(line).isEmpty() ? -1 : number;
    }

    private static String footnoteText(String line) {
        int i = line.indexOf(']') + 1;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == ':' || line.charAt(i) == '.' && i + 1 < line.length() && line.charAt(i + 1) == ' ')) {
            i++;
        }
        return line.substring(i).strip();
    }

    /** Bullets and numbered items start a paragraph even without a blank line before them. */
    private static boolean startsListItem(String line) {
        if (line.length() < 3) {
            return false;
        }
        char c = line.charAt(0);
        if ("–—•·▪◦►*-".indexOf(c) >= 0) {
            return line.charAt(1) == ' ';
        }
        int i = 0;
        while (i < line.length() && i < 2 && c >= '0' && c <= '9') {
            i++;
            c = i < line.length() ? line.charAt(i) : ' ';
        }
        return i > 0 && (c == '.' || c == ')') && i + 1 < line.length() && line.charAt(i + 1) == ' ';
    }

    private String joinNonBlank(int from, int to) {
        if (from == to) {
            return lines.get(from);
        }
        StringBuilder b = new StringBuilder();
        for (int k = from; k <= to; k++) {
            String line = lines.get(k);
            if (!line.isEmpty()) {
                if (!b.isEmpty()) {
                    b.append(' ');
                }
                b.append(line);
            }
        }
        return b.toString();
    }

    private int nextNonBlank(int from, int to) {
        return TextLines.nextNonBlank(lines, from, to);
    }

    private int previousNonBlank(int from, int floor) {
        return TextLines.previousNonBlank(lines, from, floor);
    }
}
