package org.archivist.query.search;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.archivist.contract.Category;

/**
 * The body of {@code GET /api/search}.
 *
 * @param total      how many articles match, over all pages
 * @param hits       this page's articles, best or newest first
 * @param facets     value counts over the matching articles, each facet ignoring its own filter
 * @param nextCursor pass as {@code cursor} with the same parameters for the next page; null on the last page
 */
record SearchResult(long total, List<Hit> hits, Facets facets,
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @Schema(nullable = true, description = "Opaque; null on the last page") String nextCursor) {

    /**
     * @param highlights   the best fragments of title, paragraphs and footnotes with the matched words in
     *                     {@code <mark>}; everything else in them is HTML-escaped; empty without text
     * @param citedByCount how many stored articles cite this one: the length of its full
     *                     {@code GET /api/articles/{id}/cited-by} list
     */
    record Hit(String id, String title, List<String> authors, String publishedAt, List<Category> categories,
            List<String> highlights, long citedByCount) {

        Hit withCitedByCount(long count) {
            return new Hit(id, title, authors, publishedAt, categories, highlights, count);
        }
    }

    /** @param publishedAt the timeline; null only while a search is being put together */
    record Facets(List<FacetValue> categories, List<FacetValue> authors, List<FacetValue> places,
            List<FacetValue> sources, DateFacet publishedAt) {

        static final Facets EMPTY = new Facets(List.of(), List.of(), List.of(), List.of(), null);

        Facets withPublishedAt(DateFacet timeline) {
            return new Facets(categories, authors, places, sources, timeline);
        }
    }

    /**
     * The {@code publishedAt} facet ({@link Timeline}).
     *
     * @param interval day, week, month or year
     * @param buckets  every period from the first matching publication date's to the last's, empty ones included
     */
    record DateFacet(@Schema(allowableValues = { "day", "week", "month", "year" }) String interval,
            List<DateBucket> buckets) {
    }

    /**
     * @param value the period: 2020-03-05, 2020-W10 (ISO week), 2020-03 or 2020
     * @param from  its first day (ISO date), within the search's own from/to; usable as {@code from}
     * @param to    its last day, likewise; usable as {@code to}
     * @param count matching articles published in it
     */
    record DateBucket(String value, String from, String to, long count) {
    }

    /** @param label the category's label or the place's name; absent for authors and sources */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FacetValue(String value, String label, long count) {
    }
}
