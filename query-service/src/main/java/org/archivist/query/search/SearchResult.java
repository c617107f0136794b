package org.archivist.query.search;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

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
record SearchResult(@Schema(requiredMode = REQUIRED) long total, @Schema(requiredMode = REQUIRED) List<Hit> hits,
        @Schema(requiredMode = REQUIRED) Facets facets,
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @Schema(nullable = true, requiredMode = REQUIRED, description = "Opaque; null on the last page")
        String nextCursor) {

    /**
     * @param highlights   the best fragments of title, paragraphs and footnotes with the matched words in
     *                     {@code <mark>}; everything else in them is HTML-escaped; empty without text
     * @param citedByCount how many stored articles cite this one: the length of its full
     *                     {@code GET /api/articles/{id}/cited-by} list
     */
    record Hit(@Schema(requiredMode = REQUIRED) String id, String title,
            @Schema(requiredMode = REQUIRED) List<String> authors, String publishedAt,
            @Schema(requiredMode = REQUIRED) List<Category> categories,
            @Schema(requiredMode = REQUIRED) List<String> highlights,
            @Schema(requiredMode = REQUIRED, minimum = "0", description = "How many stored articles cite this one: "
                    + "the length of its full GET /api/articles/{id}/cited-by list; 0 when none does")
            long citedByCount) {

        Hit withCitedByCount(long count) {
            return new Hit(id, title, authors, publishedAt, categories, highlights, count);
        }
    }

    /** @param publishedAt the timeline; null only while a search is being put together, never in an answer */
    record Facets(@Schema(requiredMode = REQUIRED) List<FacetValue> categories,
            @Schema(requiredMode = REQUIRED) List<FacetValue> authors,
            @Schema(requiredMode = REQUIRED) List<FacetValue> places,
            @Schema(requiredMode = REQUIRED) List<FacetValue> sources,
            @Schema(requiredMode = REQUIRED) DateFacet publishedAt) {

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
    // A description on a list property would be copied onto its items' schema: the buckets are described here.
    @Schema(description = "The timeline: the matching articles per period of `interval`, every period from the first "
            + "matching publication date's to the last's, oldest first, empty ones included; no buckets when no "
            + "matching article has a date")
    record DateFacet(@Schema(requiredMode = REQUIRED, allowableValues = { "day", "week", "month", "year" },
            description = "The periods counted: the interval asked for, or the one auto chose") String interval,
            @Schema(requiredMode = REQUIRED) List<DateBucket> buckets) {
    }

    /**
     * @param value the period: 2020-03-05, 2020-W10 (ISO week), 2020-03 or 2020
     * @param from  its first day (ISO date), within the search's own from/to; usable as {@code from}
     * @param to    its last day, likewise; usable as {@code to}
     * @param count matching articles published in it
     */
    record DateBucket(
            @Schema(requiredMode = REQUIRED, description = "The period: 2020-03-05, 2020-W10 (ISO week), 2020-03 "
                    + "or 2020", example = "2020-W10") String value,
            @Schema(requiredMode = REQUIRED, format = "date", description = "Its first day, within the search's own "
                    + "from: usable as from") String from,
            @Schema(requiredMode = REQUIRED, format = "date", description = "Its last day, within the search's own "
                    + "to: usable as to") String to,
            @Schema(requiredMode = REQUIRED, minimum = "0", description = "Matching articles published in it")
            long count) {
    }

    /** @param label the category's label or the place's name; absent for authors and sources */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FacetValue(@Schema(requiredMode = REQUIRED) String value,
            @Schema(description = "The category's label or the place's name; absent for authors and sources")
            String label, @Schema(requiredMode = REQUIRED, minimum = "0") long count) {
    }
}
