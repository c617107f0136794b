package org.archivist.contract;

import java.util.List;

/** What enrich-service adds to an {@link Article}; see {@link EnrichedArticle}. */
public record Enrichment(
        List<Category> categories,
        List<Place> places,
        List<FootnoteLink> footnoteLinks,
        List<UnmatchedMarker> unmatchedMarkers,
        List<Integer> uncitedFootnotes) {

    public Enrichment {
        categories = Article.copy(categories);
        places = Article.copy(places);
        footnoteLinks = Article.copy(footnoteLinks);
        unmatchedMarkers = Article.copy(unmatchedMarkers);
        uncitedFootnotes = Article.copy(uncitedFootnotes);
    }
}
