package org.archivist.ingest.archive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * WordPress archive pages (category, tag, date and blog index pages): one article per post
 * container, read from the theme's markup. Covers the classic themes ({@code .entry-title},
 * {@code .entry-meta}, {@code .cat-links}), Genesis ({@code .entry-time}, {@code .entry-categories})
 * and block themes ({@code .wp-block-post-title}, {@code .wp-block-post-terms}).
 */
final class WordPressArchive {

    private static final Pattern POST_CLASS = Pattern.compile("(?:^|\\s)(?:post-\\d+|type-post|wp-block-post)(?:\\s|$)");
    private static final Pattern ARCHIVE_PREFIX = Pattern.compile("(?iu)^(?:(?:category|tag|topic|author|monthly"
            + "|yearly|daily)\\s+)?(?:archives?|archive for)(?:\\s+for)?\\s*[:|–—-]\\s*(.+)$");
    private static final Pattern LABEL_PREFIX = Pattern.compile(
            "(?iu)^(?:category|tag|topic|posts tagged|рубрика|метка|тег|архив рубрики|архивы)\\s*:?\\s+(.+)$");
    private static final List<String> CONTENT_SELECTORS = List.of(".entry-content", ".wp-block-post-content",
            ".post-content", ".entry-summary", ".wp-block-post-excerpt", ".post-entry");

    private WordPressArchive() {
    }

    /** The outermost post containers in page order (a post inside a post is part of it). */
    static List<Element> posts(Element body) {
        List<Element> posts = new ArrayList<>();
        int[] inside = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element element && isPost(element)) {
                    if (inside[0] == 0) {
                        posts.add(element);
                    }
                    inside[0]++;
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && isPost(element)) {
                    inside[0]--;
                }
            }
        }, body);
        return posts;
    }

    /** True when the page presents itself as a list of posts (an archive header, or body classes). */
    static boolean looksLikeArchive(Document document) {
        if (archiveCategory(document) != null) {
            return true;
        }
        Element body = document.body();
        return body != null && (body.hasClass("archive") || body.hasClass("category") || body.hasClass("tag")
                || body.hasClass("blog") || body.hasClass("search-results"));
    }

    static String archiveCategory(Document document) {
        Element header = document.selectFirst(".page-title, .archive-title, .wp-block-query-title, .taxonomy-title,"
                + " .page-header h1, .archive-header h1");
        if (header == null) {
            return null;
        }
        String text = HtmlBodyWalker.normalize(header.text());
        Matcher archive = ARCHIVE_PREFIX.matcher(text);
        if (archive.matches()) {
            text = archive.group(1);
        } else {
            Matcher label = LABEL_PREFIX.matcher(text);
            if (label.matches()) {
                text = label.group(1);
            }
        }
        text = text.replaceAll("^[«“‘\"']+|[»”’\"']+$", "").strip();
        return text.isEmpty() ? null : text;
    }

    /** One post as an article, or null for a container with neither title nor text. */
    static ParsedArticle article(Element post, HtmlDocumentLinks links, HtmlTextStats stats, List<SkippedBlock> skipped) {
        Element heading = post.selectFirst(".entry-title, .wp-block-post-title, .post-title");
        if (heading == null) {
            heading = post.selectFirst("h1, h2, h3");
        }
        String title = heading == null ? "" : HtmlBodyWalker.normalize(heading.text());
        Element content = content(post);
        List<Element> roots = content == null ? List.of(post) : List.of(content);
        HtmlBodyWalker.HtmlBody body = HtmlBodyWalker.walk(roots, links, stats, title, false);
        if (title.isEmpty() && body.paragraphs().isEmpty()) {
            skipped.add(SkippedBlock.of("post container without title or text", post.text()));
            return null;
        }
        skipped.addAll(body.skipped());
        List<String> paragraphs = content == null && heading != null
                ? body.paragraphs().stream().filter(text -> !text.equals(title)).toList() : body.paragraphs();
        return new ParsedArticle(title, authors(post), date(post), url(post, heading),
                linkTexts(post, ".cat-links a, a[rel~=category], .entry-categories a, .taxonomy-category a"),
                linkTexts(post, ".tag-links a, .tags-links a, .entry-tags a, .taxonomy-post_tag a, a[rel=tag]"),
                paragraphs, body.footnotes(), body.media(), null, null, false);
    }

    private static Element content(Element post) {
        for (String selector : CONTENT_SELECTORS) {
            for (Element candidate : post.select(selector)) {
                if (candidate != post) {
                    return candidate;
                }
            }
        }
        return null;
    }

    private static boolean isPost(Element element) {
        String classes = element.className();
        return !classes.isEmpty() && POST_CLASS.matcher(classes).find();
    }

    private static String url(Element post, Element heading) {
        Element link = heading == null ? null : heading.selectFirst("a[href]");
        if (link == null) {
            link = post.selectFirst("a[rel=bookmark][href]");
        }
        if (link == null) {
            return null;
        }
        String href = link.absUrl("href");
        return href.isEmpty() ? link.attr("href").strip() : href;
    }

    private static LocalDate date(Element post) {
        for (Element time : post.select("time[datetime]")) {
            String classes = time.className().toLowerCase(Locale.ROOT);
            if (!classes.contains("updated") && !classes.contains("modified")) {
                LocalDate date = HtmlDates.fromIso(time.attr("datetime"));
                if (date != null) {
                    return date;
                }
            }
        }
        for (Element abbr : post.select("abbr.published[title]")) {
            LocalDate date = HtmlDates.fromIso(abbr.attr("title"));
            if (date != null) {
                return date;
            }
        }
        for (Element element : post.select(".entry-date, .published, .posted-on, .entry-time, .wp-block-post-date,"
                + " .post-date, .date, .entry-meta")) {
            LocalDate date = HtmlDates.fromText(element.text());
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private static List<String> authors(Element post) {
        List<String> names = new ArrayList<>();
        for (Element author : post.select(".author.vcard, .entry-author-name, .wp-block-post-author-name,"
                + " a[rel=author]")) {
            Element name = author.selectFirst(".fn, .entry-author-name");
            String text = HtmlBodyWalker.normalize((name == null ? author : name).text());
            names.addAll(HtmlArticleMetadata.splitNames(text));
        }
        if (names.isEmpty()) {
            Element byline = post.selectFirst(".byline, .post-author, .author");
            if (byline != null) {
                names.addAll(HtmlArticleMetadata.splitNames(byline.text()));
            }
        }
        return names.stream().distinct().toList();
    }

    private static List<String> linkTexts(Element post, String selector) {
        List<String> texts = new ArrayList<>();
        for (Element link : post.select(selector)) {
            boolean tags = selector.contains("tag-links");
            if (tags && (link.attr("rel").contains("category")
                    || link.closest(".taxonomy-category, .cat-links, .entry-categories") != null)) {
                continue;
            }
            String text = HtmlBodyWalker.normalize(link.text());
            if (!text.isEmpty()) {
                texts.add(text);
            }
        }
        return texts.stream().distinct().toList();
    }
}
