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
     * @param highlights the best fragments of title, paragraphs and footnotes with the matched words in
     *                   {@code <mark>}; everything else in them is HTML-escaped; empty without text
     */
    record Hit(String id, String title, List<String> authors, String publishedAt, List<Category> categories,
            List<String> highlights) {
    }

    record Facets(List<FacetValue> categories, List<FacetValue> authors, List<FacetValue> places,
            List<FacetValue> sources) {

        static final Facets EMPTY = new Facets(List.of(), List.of(), List.of(), List.of());
    }

    /** @param label the category's label or the place's name; absent for authors and sources */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FacetValue(String value, String label, long count) {
    }
}
