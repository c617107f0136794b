package org.archivist.ingest.archive.html;

import org.archivist.ingest.article.ArticleDraft;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.archivist.ingest.archive.PageParser;
import org.archivist.ingest.archive.ParsedPage;
import org.archivist.ingest.archive.SkippedBlock;

/**
 * HTML pages: listings (archives, blog front pages, news sections: many posts, found by
 * {@link ListingDetector} and read by {@link PostReader}) and single articles from any site (metadata from JSON-LD, OpenGraph, microdata and meta tags; the body found by
 * {@link MainContentExtractor}). Every pass over the tree is iterative and linear, so deeply nested
 * or huge pages cost time in proportion to their size and never overflow the stack.
 */
public final class HtmlPageParser implements PageParser {

    static final String UNREADABLE = "unreadable HTML";

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
                    List.of(SkippedBlock.of(UNREADABLE + " (" + e.getClass().getSimpleName() + ")", page)));
        }
    }

    private static ParsedPage parseDocument(Document document) {
        Element body = document.body();
        if (body == null) {
            return empty();
        }
        PageUrls.resolveAgainstCanonical(document);
        HtmlTextStats stats = HtmlTextStats.measure(document);
        ListingDetector.Listing listing = ListingDetector.detect(document, stats);
        if (listing != null) {
            return archive(document, listing, stats);
        }
        return single(document, stats);
    }

    private static ParsedPage archive(Document document, ListingDetector.Listing listing, HtmlTextStats stats) {
        PostReader reader = new PostReader(new HtmlDocumentLinks(document), stats);
        List<SkippedBlock> skipped = new ArrayList<>();
        List<ArticleDraft> articles = new ArrayList<>();
        Set<Element> taken = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ListingDetector.PostRecord record : listing.records()) {
            taken.addAll(record.elements());
            ArticleDraft article = reader.read(record, skipped);
            if (article != null) {
                articles.add(article);
            }
        }
        skipped.addAll(outside(document.body(), taken, stats, "text outside the posts"));
        return new ParsedPage(ArchiveHeader.archiveCategory(document), articles, cap(skipped),
                Pagination.nextPage(document));
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
        Set<Element> taken = Collections.newSetFromMap(new IdentityHashMap<>());
        taken.addAll(roots);
        skipped.addAll(outside(document.body(), taken, strictStats, "text outside the main content"));
        if (body.paragraphs().isEmpty()) {
            return new ParsedPage(null, List.of(), cap(skipped));
        }
        String title = metadata.title() == null ? body.paragraphs().getFirst() : metadata.title();
        ArticleDraft article = new ArticleDraft(title, metadata.authors(), metadata.publishedAt(), metadata.url(),
                metadata.categories(), metadata.tags(), body.paragraphs(), body.footnotes(), body.media(), null,
                metadata.language(), false, null, null);
        return new ParsedPage(ArchiveHeader.looksLikeArchive(document) ? ArchiveHeader.archiveCategory(document)
                : null, List.of(article), cap(skipped));
    }

    /**
     * Paragraph-sized text outside the article(s) and outside known chrome: what a reader might
     * miss, so it is reported instead of vanishing.
     */
    private static List<SkippedBlock> outside(Element body, Set<Element> taken, HtmlTextStats stats, String reason) {
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
