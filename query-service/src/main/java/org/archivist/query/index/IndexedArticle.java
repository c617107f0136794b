package org.archivist.query.index;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.archivist.contract.Category;
import org.archivist.contract.Citation;
import org.archivist.contract.Deletion;
import org.archivist.contract.EnrichedArticle;
import org.archivist.contract.Footnote;
import org.archivist.contract.FootnoteLink;
import org.archivist.contract.MarkerPosition;
import org.archivist.contract.Place;
import org.archivist.contract.UnmatchedMarker;

/**
 * An article as the index holds it, and as {@code GET /api/articles/{id}} returns it: the {@link EnrichedArticle}
 * with the time it was indexed. Written and read by the Elasticsearch client's mapper with no tree in between.
 *
 * <p>{@code citationTargets} and each link's {@code citationKeys} are index-only: written on every write and
 * searchable, but excluded from {@code _source} by the mapping, so they are null whenever a document is read and
 * never appear in an answer. {@code deletedAt} is set on a deleted article's tombstone document only. A read that asks for some fields only gets the others null (lists empty), which is
 * why {@code schemaVersion} is an {@code Integer} here. {@code enrichmentVersion} is null in documents written
 * before enrich-service recorded it.
 */
@Schema(name = "StoredArticle", description = "The EnrichedArticle as indexed, with its indexedAt; each footnote "
        + "link's resolvedArticleId is decided when the article is read")
public record IndexedArticle(
        Integer schemaVersion,
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
        @Schema(description = "When a web archive (WARC) captured the page; null for articles posted directly")
        Instant capturedAt,
        List<Category> categories,
        List<Place> places,
        List<Link> footnoteLinks,
        List<UnmatchedMarker> unmatchedMarkers,
        List<Integer> uncitedFootnotes,
        Instant enrichedAt,
        @Schema(description = "What computed the enrichment (enrich-service's code and tables); null for articles "
                + "enriched before it was recorded") String enrichmentVersion,
        Instant indexedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(hidden = true) List<String> citationTargets,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(hidden = true) Instant deletedAt) {

    public IndexedArticle {
        authors = copy(authors);
        sourceCategories = copy(sourceCategories);
        tags = copy(tags);
        paragraphs = copy(paragraphs);
        footnotes = copy(footnotes);
        media = copy(media);
        categories = copy(categories);
        places = copy(places);
        footnoteLinks = copy(footnoteLinks);
        unmatchedMarkers = copy(unmatchedMarkers);
        uncitedFootnotes = copy(uncitedFootnotes);
        citationTargets = citationTargets == null ? null : List.copyOf(citationTargets);
    }

    /**
     * A footnote link as indexed: {@link FootnoteLink} with its index-only {@code citationKeys}.
     */
    @Schema(name = "FootnoteLink")
    public record Link(int number, List<MarkerPosition> markers, Citation citation, String resolvedArticleId,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(hidden = true) List<String> citationKeys) {

        public Link {
            markers = copy(markers);
            citationKeys = citationKeys == null ? null : List.copyOf(citationKeys);
        }

        public Link resolvedTo(String articleId) {
            return new Link(number, markers, citation, articleId, citationKeys);
        }

        public Link withCitationKeys(List<String> keys) {
            return new Link(number, markers, citation, resolvedArticleId, keys);
        }
    }

    /** The article to write, stamped with the time of its batch; no index-only fields yet. */
    public static IndexedArticle of(EnrichedArticle article, Instant indexedAt) {
        List<Link> links = new ArrayList<>(article.footnoteLinks().size());
        for (FootnoteLink link : article.footnoteLinks()) {
            links.add(new Link(link.number(), link.markers(), link.citation(), link.resolvedArticleId(), null));
        }
        return new IndexedArticle(article.schemaVersion(), article.id(), article.source(), article.url(),
                article.title(), article.authors(), article.publishedAt(), article.sourceCategories(), article.tags(),
                article.paragraphs(), article.footnotes(), article.media(), article.viewCount(),
                article.archiveCategory(), article.contentHash(), article.ingestedAt(), article.language(),
                article.excerpt(), article.capturedAt(), article.categories(), article.places(), links, article.unmatchedMarkers(),
                article.uncitedFootnotes(), article.enrichedAt(), article.enrichmentVersion(), indexedAt, null, null);
    }

    /**
     * What the index keeps of a deleted article: its id and when it was deleted, written with the deletion's time as
     * its version so that no older version can take its place. Searches never see it (the alias filters it out) and
     * {@link ArticleIndex#find} does not return it.
     */
    public static IndexedArticle deleted(Deletion deletion, Instant indexedAt) {
        return new IndexedArticle(null, deletion.id(), null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, indexedAt, null,
                deletion.deletedAt());
    }

    /** True for what {@link #deleted} writes. */
    @JsonIgnore
    public boolean isDeleted() {
        return deletedAt != null;
    }

    /** This article with other footnote links (same count, same order). */
    public IndexedArticle withLinks(List<Link> links) {
        return new IndexedArticle(schemaVersion, id, source, url, title, authors, publishedAt, sourceCategories, tags,
                paragraphs, footnotes, media, viewCount, archiveCategory, contentHash, ingestedAt, language, excerpt,
                capturedAt, categories, places, links, unmatchedMarkers, uncitedFootnotes, enrichedAt, enrichmentVersion, indexedAt,
                citationTargets, deletedAt);
    }

    /** This article with its index-only keys. */
    public IndexedArticle withCitationTargets(List<String> targets) {
        return new IndexedArticle(schemaVersion, id, source, url, title, authors, publishedAt, sourceCategories, tags,
                paragraphs, footnotes, media, viewCount, archiveCategory, contentHash, ingestedAt, language, excerpt,
                capturedAt, categories, places, footnoteLinks, unmatchedMarkers, uncitedFootnotes, enrichedAt, enrichmentVersion,
                indexedAt, targets, deletedAt);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
