package org.archivist.ingest.archive;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * HTML pages: WordPress archives (many posts, read from the theme's markup) and single articles from
 * any site (metadata from JSON-LD, OpenGraph, microdata and meta tags; the body found by
 * {@link MainContentExtractor}). Every pass over the tree is iterative and linear, so deeply nested
 * or huge pages cost time in proportion to their size and never overflow the stack.
 */
final class HtmlPageParser implements PageParser {

    private static final int MAX_SKIPPED = 100;
    private static final int MIN_SKIPPED_LENGTH = 60;

    @Override
    public ParsedPage parse(String page) {
        if (page == null || page.isBlank()) {
            return empty();
        }
        try {
            return parseDocument(Jsoup.parse(page.replace("\u0000", "")));
        } catch (RuntimeException | StackOverflowError e) {
            // Callers rely on parse never throwing: a page jsoup or a lenient reader still chokes on
            // is reported as skipped rather than failing the whole request.
            return new ParsedPage(null, List.of(),
                    List.of(SkippedBlock.of("unreadable HTML (" + e.getClass().getSimpleName() + ")", page)));
        }
    }

    private static ParsedPage parseDocument(Document document) {
        Element body = document.body();
        if (body == null) {
            return empty();
        }
        HtmlTextStats stats = HtmlTextStats.measure(document);
        List<Element> posts = WordPressArchive.posts(body);
        if (posts.size() >= 2 || posts.size() == 1 && WordPressArchive.looksLikeArchive(document)) {
            return archive(document, posts, stats);
        }
        return single(document, stats);
    }

    private static ParsedPage archive(Document document, List<Element> posts, HtmlTextStats stats) {
        HtmlDocumentLinks links = new HtmlDocumentLinks(document);
        List<SkippedBlock> skipped = new ArrayList<>();
        List<ParsedArticle> articles = new ArrayList<>();
        for (Element post : posts) {
            ParsedArticle article = WordPressArchive.article(post, links, stats, skipped);
            if (article != null) {
                articles.add(article);
            }
        }
        skipped.addAll(outside(document.body(), posts, stats, "text outside the posts"));
        return new ParsedPage(WordPressArchive.archiveCategory(document), articles, cap(skipped));
    }

    private static ParsedPage single(Document document, HtmlTextStats strictStats) {
        ArticleBodyExtractor.Extraction extraction = ArticleBodyExtractor.extract(document, strictStats);
        if (extraction == null) {
            return empty();
        }
        List<Element> roots = extraction.roots();
        HtmlTextStats stats = extraction.stats();
        HtmlArticleMetadata metadata = extraction.metadata();
        HtmlBodyWalker.HtmlBody body = extraction.body();
        List<SkippedBlock> skipped = new ArrayList<>(body.skipped());
        skipped.addAll(outside(document.body(), roots, strictStats, "text outside the main content"));
        if (body.paragraphs().isEmpty()) {
            return new ParsedPage(null, List.of(), cap(skipped));
        }
        String title = metadata.title() == null ? body.paragraphs().getFirst() : metadata.title();
        ParsedArticle article = new ParsedArticle(title, metadata.authors(), metadata.publishedAt(), metadata.url(),
                metadata.categories(), metadata.tags(), body.paragraphs(), body.footnotes(), body.media(), null,
                metadata.language(), false);
        return new ParsedPage(WordPressArchive.looksLikeArchive(document) ? WordPressArchive.archiveCategory(document)
                : null, List.of(article), cap(skipped));
    }

    /**
     * Paragraph-sized text outside the article(s) and outside known chrome: what a reader might
     * miss, so it is reported instead of vanishing.
     */
    private static List<SkippedBlock> outside(Element body, List<Element> taken, HtmlTextStats stats, String reason) {
        List<SkippedBlock> skipped = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element element) || depth == 0) {
                    return FilterResult.CONTINUE;
                }
                HtmlTextStats.Stats own = stats.of(element);
                if (own.chrome || taken.contains(element) || own.content < MIN_SKIPPED_LENGTH) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (HtmlTextStats.PARAGRAPH_TAGS.contains(element.normalName()) || own.directText >= MIN_SKIPPED_LENGTH) {
                    if (own.linkDensity() < 0.5 && skipped.size() < MAX_SKIPPED) {
                        skipped.add(SkippedBlock.of(reason, element.text()));
                    }
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, body);
        return skipped;
    }

    private static List<SkippedBlock> cap(List<SkippedBlock> skipped) {
        return skipped.size() <= MAX_SKIPPED ? skipped : skipped.subList(0, MAX_SKIPPED);
    }

    private static ParsedPage empty() {
        return new ParsedPage(null, List.of(), List.of());
    }
}
