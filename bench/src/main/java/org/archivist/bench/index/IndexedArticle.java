package org.archivist.bench.index;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.archivist.contract.Category;
import org.archivist.contract.EnrichedArticle;
import org.archivist.contract.Footnote;
import org.archivist.contract.Place;
import org.archivist.contract.UnmatchedMarker;

/**
 * The typed candidate for query-service's document: every field of {@link EnrichedArticle}, when it was indexed,
 * and the index-only citation keys ({@code citationTargets}, {@code footnoteLinks[].citationKeys}) that the mapping
 * leaves out of {@code _source}. Written and read by the Elasticsearch client's own JSON mapper.
 */
public record IndexedArticle(
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
        List<Category> categories,
        List<Place> places,
        List<IndexedFootnoteLink> footnoteLinks,
        List<UnmatchedMarker> unmatchedMarkers,
        List<Integer> uncitedFootnotes,
        Instant enrichedAt,
        Instant indexedAt,
        List<String> citationTargets) {

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
        citationTargets = copy(citationTargets);
    }

    static IndexedArticle of(EnrichedArticle a, Instant indexedAt, IndexKeys keys) {
        return new IndexedArticle(a.schemaVersion(), a.id(), a.source(), a.url(), a.title(), a.authors(),
                a.publishedAt(), a.sourceCategories(), a.tags(), a.paragraphs(), a.footnotes(), a.media(),
                a.viewCount(), a.archiveCategory(), a.contentHash(), a.ingestedAt(), a.language(), a.excerpt(),
                a.categories(), a.places(), IndexedFootnoteLink.of(a.footnoteLinks(), keys), a.unmatchedMarkers(),
                a.uncitedFootnotes(), a.enrichedAt(), indexedAt, keys.targets());
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
