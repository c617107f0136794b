package org.archivist.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An article with what enrich-service adds, published on {@code articles.enriched} keyed by {@link #id()}.
 *
 * <p>The JSON is flat: every {@link Article} field, then the enrichment fields. The record repeats the
 * article's components rather than nesting them because the wire format is flat and Jackson cannot
 * unwrap record creator parameters.
 */
public record EnrichedArticle(
        int schemaVersion,
        String id,
        String source,
        String url,
        String title,
        List<String> authors,
        LocalDate publishedAt,
        List<String> sourceCategories,
        List<String> tags,
        List<String> paragraphs,
        List<Footnote> footnotes,
        List<String> media,
        Long viewCount,
        String archiveCategory,
        String contentHash,
        Instant ingestedAt,
        String language,
        Boolean excerpt,
        Instant capturedAt,
        List<Category> categories,
        List<Place> places,
        List<FootnoteLink> footnoteLinks,
        List<UnmatchedMarker> unmatchedMarkers,
        List<Integer> uncitedFootnotes,
        Instant enrichedAt,
        String enrichmentVersion) {

    /**
     * Header on the records a re-enrichment pass publishes (docs/OPERATIONS.md, "Re-enriching"), with the pass's
     * {@link #enrichmentVersion()}, UTF-8. query-service leaves such records to the rebuild that follows the pass,
     * so that the index being searched never mixes two enrichments.
     */
    public static final String REENRICHED_HEADER = "archivist-reenriched";

    public EnrichedArticle {
        authors = Article.copy(authors);
        excerpt = Boolean.TRUE.equals(excerpt);
        sourceCategories = Article.copy(sourceCategories);
        tags = Article.copy(tags);
        paragraphs = Article.copy(paragraphs);
        footnotes = Article.copy(footnotes);
        media = Article.copy(media);
        categories = Article.copy(categories);
        places = Article.copy(places);
        footnoteLinks = Article.copy(footnoteLinks);
        unmatchedMarkers = Article.copy(unmatchedMarkers);
        uncitedFootnotes = Article.copy(uncitedFootnotes);
    }

    /**
     * Combines an article with its enrichment.
     *
     * @param enrichmentVersion what computed it: enrich-service's code and tables; null when unknown
     */
    public static EnrichedArticle of(Article article, Enrichment enrichment, Instant enrichedAt,
            String enrichmentVersion) {
        return new EnrichedArticle(article.schemaVersion(), article.id(), article.source(), article.url(),
                article.title(), article.authors(), article.publishedAt(), article.sourceCategories(),
                article.tags(), article.paragraphs(), article.footnotes(), article.media(), article.viewCount(),
                article.archiveCategory(), article.contentHash(), article.ingestedAt(), article.language(), article.excerpt(),
                article.capturedAt(), enrichment.categories(), enrichment.places(), enrichment.footnoteLinks(),
                enrichment.unmatchedMarkers(), enrichment.uncitedFootnotes(), enrichedAt, enrichmentVersion);
    }

    /** The article this enrichment was computed from. */
    public Article article() {
        return new Article(schemaVersion, id, source, url, title, authors, publishedAt, sourceCategories, tags,
                paragraphs, footnotes, media, viewCount, archiveCategory, contentHash, ingestedAt, language, excerpt,
                capturedAt);
    }

    /** The enrichment fields alone. */
    public Enrichment enrichment() {
        return new Enrichment(categories, places, footnoteLinks, unmatchedMarkers, uncitedFootnotes);
    }
}
