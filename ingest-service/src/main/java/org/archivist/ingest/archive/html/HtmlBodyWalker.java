package org.archivist.ingest.archive.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.archivist.contract.Footnote;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.archivist.ingest.archive.SkippedBlock;

/**
 * Turns the content root(s) of an article into paragraphs, footnotes and media in one pass over the
 * tree. Block elements (p, li, blockquote, headings, divs) become separate paragraphs, footnote
 * markers become {@code [n]}, figures and attachment links go to media, chrome is left out, and
 * link-only blocks that are not known chrome are reported as skipped.
 */
final class HtmlBodyWalker {

    /** What a body yields. */
    record HtmlBody(List<String> paragraphs, List<Footnote> footnotes, List<String> media, List<SkippedBlock> skipped) {
    }

    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body",
            "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
            "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre",
            "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul", "caption");
    private static final Set<String> MEDIA_TAGS = Set.of("img", "picture", "video", "audio", "source", "figure",
            "figcaption");

    private static final Pattern BOILERPLATE = Pattern.compile("(?iu)^(?:advertisement|advertising|advert|ad|anzeige"
            + "|реклама|sponsored(?: content)?|share(?: this)?(?: article| story| post)?(?: on \\S+)?:?|tweet|email|print"
            + "|related(?: articles| stories)?:?|see also:?.{0,120}|read more:?.{0,120}|also read:?.{0,120}"
            + "|continue reading.{0,120}|read the full (?:story|article).{0,60}|click here to .{0,80}"
            + "|sign up .{0,60}newsletter.{0,60}|subscribe(?: now| today)?.{0,60}|follow us .{0,60}"
            + "|skip to .{0,40}|back to top|\\d* ?comments?|leave a (?:comment|reply)|image for post|attached documents"
            + "|(?:photo|image|picture|фото)(?: credit)?: .{0,120}|\\S+ / getty images|publicidad|publicité|werbung"
            + "|this slideshow requires javascript\\.?|(?:like|enjoyed|enjoy) this (?:story|article|post)\\?.{0,80}"
            + "|don'?t miss:?|tell us what you think.{0,20}|(?:get|sign up for) (?:our|the) .{0,40}newsletters?.{0,80})$");
    private static final Pattern HAS_WORD = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Pattern MEDIA_PLACEHOLDER = Pattern.compile(
            "(?iu)\\(?\\b(?:pdf|docx?|xlsx?|pptx?|odt|zip|rar|jpe?g|png|gif|webp|mp3|mp4)\\s*[–—-]\\s*[\\d.,]+\\s*[kmg]?b\\)?$");
    private static final Pattern BYLINE = Pattern.compile(
            "(?iu)^(?:by|von|par|por|door|автор|авторы|текст|written by|words by|reporting by)\\b[:\\s].{1,100}$");
    private static final Pattern DATELINE = Pattern.compile(
            "(?iu)^(?:published|updated|posted|last updated|first published|опубликовано|обновлено|date)\\b.{0,80}$");
    private static final Pattern TRAILING_NOTE = Pattern.compile("^\\[(\\d{1,3})\\]\\s*(.+)$");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u2009\\u202f]+");

    private final HtmlTextStats stats;
    private final String title;
    private final boolean singleArticle;
    private final List<String> paragraphs = new ArrayList<>();
    private final Set<String> media = new LinkedHashSet<>();
    private final List<SkippedBlock> skipped = new ArrayList<>();
    private final Deque<Element> openBlocks = new ArrayDeque<>();
    private final StringBuilder buffer = new StringBuilder();
    private int bufferLinkChars;
    private int linkDepth;
    private boolean lastWasBreak;
    private boolean bufferHasImage;
    private boolean lastParagraphIsHeading;
    private HtmlFootnotes.Found footnotes;

    private HtmlBodyWalker(HtmlTextStats stats, String title, boolean singleArticle) {
        this.stats = stats;
        this.title = title == null ? "" : normalize(title);
        this.singleArticle = singleArticle;
    }

    /**
     * @param singleArticle true for a single-article page, where an h1 in the body is the title
     *        and bylines or datelines written as paragraphs are metadata, not text
     */
    static HtmlBody walk(List<Element> roots, HtmlDocumentLinks links, HtmlTextStats stats, String title,
            boolean singleArticle) {
        HtmlBodyWalker walker = new HtmlBodyWalker(stats, title, singleArticle);
        walker.footnotes = HtmlFootnotes.find(roots, links);
        List<Footnote> notes = HtmlFootnotes.read(walker.footnotes);
        for (Element root : roots) {
            walker.walkRoot(root);
        }
        List<String> paragraphs = walker.paragraphs;
        if (notes.isEmpty()) {
            notes = walker.trailingNotes();
        }
        return new HtmlBody(List.copyOf(paragraphs), notes, List.copyOf(walker.media), walker.skipped);
    }

    private void walkRoot(Element root) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    String whole = text.getWholeText();
                    buffer.append(whole);
                    if (linkDepth > 0) {
                        bufferLinkChars += HtmlTextStats.nonWhitespace(whole);
                    }
                    if (!text.isBlank()) {
                        lastWasBreak = false;
                    }
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element element) || depth == 0) {
                    return FilterResult.CONTINUE;
                }
                return enter(element);
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element element && depth > 0) {
                    if ("a".equals(element.normalName())) {
                        linkDepth--;
                    }
                    if (BLOCK_TAGS.contains(element.normalName())) {
                        flush();
                        openBlocks.poll();
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        flush();
        openBlocks.clear();
        linkDepth = 0;
    }

    private NodeFilter.FilterResult enter(Element element) {
        String tag = element.normalName();
        if (footnotes.containers().contains(element) || footnotes.headings().contains(element)) {
            return NodeFilter.FilterResult.SKIP_ENTIRELY;
        }
        if (MEDIA_TAGS.contains(tag) || element.hasClass("wp-caption") || element.hasClass("caption")) {
            addMedia(element);
            bufferHasImage = true;
            return NodeFilter.FilterResult.SKIP_ENTIRELY;
        }
        if (stats.of(element).chrome) {
            return NodeFilter.FilterResult.SKIP_ENTIRELY;
        }
        switch (tag) {
            case "sup", "a" -> {
                if (HtmlFootnotes.isMarker(element)) {
                    String marker = HtmlFootnotes.markerText(element);
                    boolean linked = "a".equals(tag) || element.selectFirst("a") != null;
                    if (marker != null && (linked || element.text().contains("[") || !footnotes.isEmpty())) {
                        buffer.append(marker);
                        lastWasBreak = false;
                        return NodeFilter.FilterResult.SKIP_ENTIRELY;
                    }
                }
                if ("a".equals(tag)) {
                    linkDepth++;
                }
                return NodeFilter.FilterResult.CONTINUE;
            }
            case "br" -> {
                // two line breaks in a row separate paragraphs in pages that have no <p> markup
                if (lastWasBreak) {
                    flush();
                } else {
                    buffer.append('\n');
                }
                lastWasBreak = true;
                return NodeFilter.FilterResult.CONTINUE;
            }
            case "h1" -> {
                // an h1 is the title, unless broken markup left the body inside it
                if (singleArticle && stats.of(element).text <= 300 && element.selectFirst("p, div, table, ul, ol") == null) {
                    flush();
                    return NodeFilter.FilterResult.SKIP_ENTIRELY;
                }
            }
            case "ul", "ol" -> {
                HtmlTextStats.Stats list = stats.of(element);
                if (list.text > 0 && list.linkDensity() > 0.5) {
                    flush();
                    dropHeadingBeforeLinks();
                    skipped.add(SkippedBlock.of("link list in article body", element.text()));
                    return NodeFilter.FilterResult.SKIP_ENTIRELY;
                }
            }
            case "td", "th" -> buffer.append(' ');
            default -> {
                // inline elements add nothing but their text
            }
        }
        if (BLOCK_TAGS.contains(tag)) {
            flush();
            openBlocks.push(element);
        }
        return NodeFilter.FilterResult.CONTINUE;
    }

    private void flush() {
        lastWasBreak = false;
        if (buffer.isEmpty()) {
            // An image whose block ended with no text of its own captions nothing: the next block is text.
            bufferHasImage = false;
            return;
        }
        String raw = buffer.toString().replace("\u200b", "").replace("\u00ad", "");
        int linkChars = bufferLinkChars;
        boolean image = bufferHasImage;
        buffer.setLength(0);
        bufferLinkChars = 0;
        bufferHasImage = false;
        Element block = openBlocks.peek();
        boolean heading = block != null && block.normalName().matches("h[2-6]");
        String text = normalize(raw);
        if (text.isEmpty()) {
            return;
        }
        double linkDensity = (double) linkChars / Math.max(1, HtmlTextStats.nonWhitespace(text));
        if (MEDIA_PLACEHOLDER.matcher(text).find() && text.length() < 200 || image && text.length() < 200) {
            media.add(text);
        } else if (!HAS_WORD.matcher(text).find() || BOILERPLATE.matcher(text).matches() || text.equals(title)
                || (singleArticle && isMetadataLine(text))) {
            return;
        } else if (HtmlChrome.isRelatedHeading(text)) {
            skipped.add(SkippedBlock.of("related-content heading", text));
        } else if (text.length() < 300 && linkDensity > 0.6) {
            dropHeadingBeforeLinks();
            skipped.add(SkippedBlock.of("link-only block in article body", text));
        } else {
            paragraphs.add(text);
            lastParagraphIsHeading = heading;
            return;
        }
        lastParagraphIsHeading = false;
    }

    /** A short heading right before a dropped link list is that list's title ("Related topics"). */
    private void dropHeadingBeforeLinks() {
        if (lastParagraphIsHeading && !paragraphs.isEmpty() && paragraphs.getLast().length() < 80) {
            skipped.add(SkippedBlock.of("heading of a link list", paragraphs.removeLast()));
        }
        lastParagraphIsHeading = false;
    }

    private static boolean isMetadataLine(String text) {
        if (BYLINE.matcher(text).matches() && text.length() < 120 && !text.endsWith(".")) {
            return true;
        }
        return DATELINE.matcher(text).matches() && HtmlDates.fromText(text) != null
                || text.length() <= 30 && HtmlDates.fromText(text) != null && !text.endsWith(".");
    }

    private void addMedia(Element element) {
        boolean found = false;
        List<Element> images = "img".equals(element.normalName()) || "source".equals(element.normalName())
                ? List.of(element) : element.select("img, video, audio, source");
        for (Element image : images) {
            String source = firstNonBlank(image.attr("src"), image.attr("data-src"), image.attr("data-lazy-src"),
                    firstSrcset(image.attr("srcset")));
            if (source != null && !source.startsWith("data:")) {
                media.add(source);
                found = true;
            }
        }
        if (!found && !MEDIA_TAGS.contains(element.normalName()) || !found && "figure".equals(element.normalName())) {
            String caption = normalize(element.text());
            if (!caption.isEmpty()) {
                media.add(caption);
            }
        }
    }

    /** A trailing run of "[n] text" paragraphs is the footnote list of a page that has no list markup. */
    private List<Footnote> trailingNotes() {
        int start = paragraphs.size();
        while (start > 0 && TRAILING_NOTE.matcher(paragraphs.get(start - 1)).matches()) {
            start--;
        }
        if (start == paragraphs.size() || start == 0) {
            return List.of();
        }
        List<Footnote> notes = new ArrayList<>();
        for (String paragraph : paragraphs.subList(start, paragraphs.size())) {
            Matcher matcher = TRAILING_NOTE.matcher(paragraph);
            if (matcher.matches()) {
                notes.add(new Footnote(Integer.parseInt(matcher.group(1)), matcher.group(2).strip()));
            }
        }
        paragraphs.subList(start, paragraphs.size()).clear();
        if (!paragraphs.isEmpty() && HtmlFootnotes.NOTES_HEADING.matcher(paragraphs.getLast()).matches()) {
            paragraphs.removeLast();
        }
        return notes;
    }

    static String normalize(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    private static String firstSrcset(String srcset) {
        if (srcset.isBlank()) {
            return null;
        }
        return srcset.strip().split("[\\s,]+")[0];
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
