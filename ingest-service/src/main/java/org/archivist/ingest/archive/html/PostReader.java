package org.archivist.ingest.archive.html;

import org.archivist.ingest.article.ArticleDraft;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.archivist.ingest.archive.SkippedBlock;
import org.archivist.ingest.archive.text.BylineParser;

/**
 * One post of a listing page as an article: title, permalink, date, authors, categories and tags
 * from the post's own markup (microformats, schema.org microdata, WordPress and Blogger classes, or
 * plain text lines such as "12. März 2024" or "By Jane Doe"), its text through {@link HtmlBodyWalker}, and
 * {@code excerpt=true} when the post is a teaser that links to the rest.
 */
final class PostReader {

    private static final List<String> CONTENT_SELECTORS = List.of(".entry-content", ".e-content",
            "[itemprop=articleBody]", ".wp-block-post-content", ".post-content", ".post-body", ".entry-summary",
            ".p-summary", ".wp-block-post-excerpt", ".post-entry", "[itemprop=description]", "[class*=excerpt]",
            "[class*=summary]", "[class*=teaser-text]", ".entry");
    /** Content blocks that by their name hold an excerpt, not the whole post. */
    private static final Pattern SUMMARY_CLASS = Pattern.compile("(?i)excerpt|summary|teaser");
    private static final String TITLE_SELECTOR = ".entry-title, .p-name, [itemprop=headline], .wp-block-post-title,"
            + " .post-title";
    private static final String DATE_CLASSES = ".entry-date, .published, .posted-on, .entry-time, .wp-block-post-date,"
            + " .post-date, .date, .entry-meta, .post-meta, .meta, [class*=date], .byline, .post-header";
    private static final Pattern BY_LINE = Pattern.compile(
            "(?iu)(?:^|\\s)(?:by|von|par|por|door|автор:?|posted by|written by|geschrieben von|publicado por)\\s+\\S");
    private static final Pattern META_SEPARATOR = Pattern.compile("\\s*[·•|]\\s*");
    private static final Pattern PERSON = Pattern.compile("(?u)\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3}");
    private static final int MAX_META_LINE = 160;
    private static final int MAX_META_BLOCK = 200;
    private static final int MIN_BODY_TEXT = 20;
    private static final int MAX_NAME_LINE = 80;
    private static final int META_TEXT_NODES = 24;

    private final HtmlDocumentLinks links;
    private final HtmlTextStats stats;

    PostReader(HtmlDocumentLinks links, HtmlTextStats stats) {
        this.links = links;
        this.stats = stats;
    }

    /** The post as an article, or null (reported in {@code skipped}) when it has neither title nor text. */
    ArticleDraft read(ListingDetector.PostRecord record, List<SkippedBlock> skipped) {
        List<Element> scope = record.elements();
        Element heading = titleElement(record);
        String title = heading == null ? "" : HtmlBodyWalker.normalize(heading.text());
        Element content = record.container() == null ? null : content(record.container());
        List<Element> roots = content == null ? bodyRoots(record, heading) : List.of(content);
        HtmlBodyWalker.HtmlBody body = HtmlBodyWalker.walk(roots, links, stats, title, true);
        List<Element> teaserLinks = teaserLinks(scope);
        List<String> paragraphs = clean(body.paragraphs(), title, teaserLinks, metadataTexts(scope));
        if (title.isEmpty() && paragraphs.isEmpty()) {
            skipped.add(SkippedBlock.of("post container without title or text",
                    String.join(" ", scope.stream().map(Element::text).toList())));
            return null;
        }
        skipped.addAll(body.skipped());
        boolean excerpt = !teaserLinks.isEmpty() || !paragraphs.isEmpty() && Teasers.endsWithEllipsis(paragraphs.getLast())
                || content != null && SUMMARY_CLASS.matcher(content.className()).find();
        return new ArticleDraft(title, authors(record), date(record), url(record, heading, teaserLinks),
                linkTexts(scope, ".cat-links a, a[rel~=category], .entry-categories a, .taxonomy-category a, .p-category,"
                        + " [itemprop=articleSection]", false),
                linkTexts(scope, ".tag-links a, .tags-links a, .entry-tags a, .taxonomy-post_tag a, a[rel=tag],"
                        + " [itemprop=keywords] a", true),
                paragraphs, body.footnotes(), body.media(), null, null, excerpt, null, null);
    }

    private static Element titleElement(ListingDetector.PostRecord record) {
        if (record.container() != null) {
            Element marked = record.container().selectFirst(TITLE_SELECTOR);
            if (marked != null && !HtmlBodyWalker.normalize(marked.text()).isEmpty()) {
                return marked;
            }
        }
        return record.title();
    }

    /**
     * Where a post without a content element keeps its text: the blocks after its title, less the short
     * blocks that hold its date or byline. What comes before the title is a kicker, a category or a picture.
     */
    private List<Element> bodyRoots(ListingDetector.PostRecord record, Element heading) {
        Element container = record.container();
        if (container == null || heading == null || heading == container) {
            return record.elements();
        }
        Element top = heading;
        while (top.parent() != null && top.parent() != container) {
            top = top.parent();
        }
        if (top.parent() != container) {
            return record.elements();
        }
        List<Element> roots = new ArrayList<>();
        if (stats.of(top).text > stats.of(heading).text + MIN_BODY_TEXT) {
            roots.add(top);
        }
        for (Element sibling = top.nextElementSibling(); sibling != null; sibling = sibling.nextElementSibling()) {
            if (!isMetaBlock(sibling)) {
                roots.add(sibling);
            }
        }
        return roots;
    }

    private boolean isMetaBlock(Element block) {
        int length = stats.of(block).text;
        if (length > MAX_META_BLOCK) {
            return false;
        }
        if (block.selectFirst("time, [itemprop=datePublished], [itemprop=author], .dt-published, .p-author, a[rel=author]")
                != null) {
            return true;
        }
        String text = HtmlBodyWalker.normalize(block.text());
        return length <= MAX_META_LINE && (HtmlDates.fromText(text) != null || BY_LINE.matcher(text).lookingAt());
    }

    private Element content(Element post) {
        for (String selector : CONTENT_SELECTORS) {
            for (Element candidate : post.select(selector)) {
                // The measurements already know what is chrome: no second look at the class names.
                if (candidate != post && !stats.of(candidate).chrome) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /** Paragraphs without the title, the "Read more" links, and a "Read more" glued to the last one. */
    private static List<String> clean(List<String> paragraphs, String title, List<Element> teaserLinks,
            Set<String> metadata) {
        List<String> kept = new ArrayList<>();
        for (String paragraph : paragraphs) {
            if (!paragraph.equals(title) && !Teasers.isTeaserLink(paragraph) && !metadata.contains(paragraph)) {
                kept.add(paragraph);
            }
        }
        if (!kept.isEmpty()) {
            String last = kept.getLast();
            for (Element link : teaserLinks) {
                last = Teasers.stripTrailing(last, link.text());
            }
            kept.set(kept.size() - 1, last);
            if (last.isEmpty()) {
                kept.removeLast();
            }
        }
        return kept;
    }

    /** Texts of the post's date elements, which a theme without date classes leaves among the text blocks. */
    private static Set<String> metadataTexts(List<Element> scope) {
        Set<String> texts = new HashSet<>();
        for (Element element : scope) {
            for (Element time : element.select("time, .dt-published, [itemprop=datePublished]")) {
                texts.add(HtmlBodyWalker.normalize(time.text()));
            }
        }
        return texts;
    }

    private static List<Element> teaserLinks(List<Element> scope) {
        List<Element> found = new ArrayList<>();
        for (Element element : scope) {
            for (Element link : element.select("a[href]")) {
                if (Teasers.isTeaserLink(link.text()) || link.hasClass("more-link") || link.hasClass("read-more")) {
                    found.add(link);
                }
            }
        }
        return found;
    }

    private static String url(ListingDetector.PostRecord record, Element heading, List<Element> teaserLinks) {
        Element link = ListingDetector.titleLink(heading, record.container());
        if (link != null && isAnchor(link)) {
            link = null;
        }
        for (Element element : record.elements()) {
            if (link == null) {
                link = element.selectFirst(".u-url[href], a[rel=bookmark][href], a[itemprop=url][href]");
            }
        }
        if (link == null && !teaserLinks.isEmpty()) {
            link = teaserLinks.getFirst();
        }
        if (link == null && record.container() != null) {
            link = overlayLink(record.container(), heading);
        }
        if (link == null && record.title() != null && "a".equals(record.title().normalName())) {
            link = record.title();
        }
        return link == null ? null : PageUrls.href(link);
    }

    /** A card-wide link with no text of its own ("post link to <title>"), as list themes put over a teaser. */
    private static Element overlayLink(Element container, Element heading) {
        String title = heading == null ? "" : HtmlBodyWalker.normalize(heading.text());
        for (Element link : container.select("a[href]")) {
            if (isAnchor(link) || !link.text().isBlank()) {
                continue;
            }
            String label = link.attr("aria-label") + " " + link.attr("title");
            if (!title.isEmpty() && label.contains(title) || link.parent() == container && link.selectFirst("img") == null) {
                return link;
            }
        }
        return null;
    }

    private static boolean isAnchor(Element link) {
        String href = link.attr("href").strip();
        return href.isEmpty() || href.startsWith("#");
    }

    private LocalDate date(ListingDetector.PostRecord record) {
        List<Element> scope = record.elements();
        for (Element element : scope) {
            for (Element dated : element.select("time[datetime], [itemprop=datePublished], .dt-published, abbr.published[title]")) {
                String classes = dated.className().toLowerCase(Locale.ROOT);
                if (classes.contains("updated") || classes.contains("modified")) {
                    continue;
                }
                LocalDate date = HtmlDates.fromIso(firstNonBlank(dated.attr("datetime"), dated.attr("content"),
                        dated.attr("title")));
                if (date == null) {
                    date = HtmlDates.fromText(HtmlBodyWalker.normalize(dated.text()));
                }
                if (date != null) {
                    return date;
                }
            }
        }
        for (Element element : scope) {
            for (Element dated : element.select(DATE_CLASSES)) {
                String classes = dated.className().toLowerCase(Locale.ROOT);
                if (classes.contains("updated") || classes.contains("modified")) {
                    continue;
                }
                String text = HtmlBodyWalker.normalize(dated.text());
                LocalDate date = text.length() <= 2 * MAX_META_LINE ? HtmlDates.fromText(text) : null;
                if (date != null) {
                    return date;
                }
            }
        }
        for (String line : metaLines(scope)) {
            LocalDate date = HtmlDates.fromText(line);
            if (date != null) {
                return date;
            }
        }
        Element container = record.container();
        Element day = container == null ? null : container.closest(".date-outer");
        Element header = day == null ? null : day.selectFirst(".date-header");
        return header == null ? null : HtmlDates.fromText(HtmlBodyWalker.normalize(header.text()));
    }

    private List<String> authors(ListingDetector.PostRecord record) {
        List<String> names = new ArrayList<>();
        for (Element element : record.elements()) {
            for (Element author : element.select(".p-author, [itemprop=author], .author.vcard, .entry-author-name,"
                    + " .wp-block-post-author-name, a[rel=author], .post-author .fn")) {
                Element name = author.selectFirst(".p-name, [itemprop=name], .fn, .entry-author-name");
                Element source = name == null ? author : name;
                String text = firstNonBlank(source.attr("content"), HtmlBodyWalker.normalize(source.text()));
                names.addAll(HtmlArticleMetadata.splitNames(text == null ? "" : stripPostedBy(text)));
            }
        }
        for (Element element : record.elements()) {
            for (Element byline : element.select(".byline, .post-author, .author, [class*=author], [class*=byline]")) {
                if (!names.isEmpty()) {
                    break;
                }
                String text = HtmlBodyWalker.normalize(byline.text());
                if (!text.isEmpty() && text.length() <= MAX_NAME_LINE) {
                    names.addAll(HtmlArticleMetadata.splitNames(stripPostedBy(text)));
                }
            }
        }
        if (names.isEmpty()) {
            for (String line : metaLines(record.elements())) {
                if (BY_LINE.matcher(line).find()) {
                    BylineParser.Byline byline = BylineParser.header(line);
                    if (byline != null && !byline.authors().isEmpty()) {
                        names.addAll(byline.authors());
                        break;
                    }
                    List<String> split = HtmlArticleMetadata.splitNames(stripPostedBy(line.replaceFirst(
                            "(?iu)^.*?\\b(?=(?:by|von|par|por|door|автор)\\b)", "")));
                    if (!split.isEmpty()) {
                        names.addAll(split);
                        break;
                    }
                }
            }
        }
        if (names.isEmpty()) {
            names.addAll(namesInDateLine(metaLines(record.elements())));
        }
        return names.stream().distinct().toList();
    }

    /** "April 2, 2024 · 7 min · Noor Haddad": the part of a dated meta line that reads as a person's name. */
    private static List<String> namesInDateLine(List<String> lines) {
        for (String line : lines) {
            if (HtmlDates.fromText(line) == null || !META_SEPARATOR.matcher(line).find()) {
                continue;
            }
            for (String part : META_SEPARATOR.split(line)) {
                String candidate = part.strip();
                if (PERSON.matcher(candidate).matches() && HtmlDates.fromText(candidate) == null) {
                    return HtmlArticleMetadata.splitNames(candidate);
                }
            }
        }
        return List.of();
    }

    private static String stripPostedBy(String text) {
        return text.replaceFirst("(?iu)^(?:posted|written|geschrieben|publicado|escrito)\\s+(?:by|von|por)\\s*:?\\s*",
                "").replaceFirst("(?iu)\\s+(?:at|um|às|в)\\s+\\d{1,2}[:.]\\d{2}.*$", "").replaceFirst("\\s*[|·•—–]\\s.*$", "");
    }

    /** The short text lines of a post, in order, where themes without markup write date and byline. */
    private List<String> metaLines(List<Element> scope) {
        List<String> lines = new ArrayList<>();
        for (Element element : scope) {
            for (TextNode node : textNodes(element)) {
                if (lines.size() >= META_TEXT_NODES) {
                    return lines;
                }
                Element parent = node.parent() instanceof Element p ? p : null;
                boolean whole = parent != null && parent.childrenSize() <= 3 && stats.of(parent).text <= MAX_META_LINE;
                String line = HtmlBodyWalker.normalize(whole ? parent.text() : node.getWholeText());
                if (!line.isEmpty() && line.length() <= MAX_META_LINE && !lines.contains(line)) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }

    /** The first non-blank text nodes of a post; the walk stops once it has enough. */
    private static List<TextNode> textNodes(Element root) {
        List<TextNode> nodes = new ArrayList<>();
        root.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text && !text.isBlank()) {
                    nodes.add(text);
                }
                return nodes.size() >= META_TEXT_NODES ? FilterResult.STOP : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        });
        return nodes;
    }

    private static List<String> linkTexts(List<Element> scope, String selector, boolean tags) {
        List<String> texts = new ArrayList<>();
        for (Element element : scope) {
            for (Element link : element.select(selector)) {
                if (tags && (link.attr("rel").contains("category")
                        || link.closest(".taxonomy-category, .cat-links, .entry-categories") != null)) {
                    continue;
                }
                String text = HtmlBodyWalker.normalize(link.text());
                if (!text.isEmpty()) {
                    texts.add(text);
                }
            }
        }
        return texts.stream().distinct().toList();
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
