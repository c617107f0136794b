package org.archivist.query.search;

import org.archivist.query.InvalidSearchException;
import tools.jackson.core.JsonGenerator;

/**
 * Which stored articles a search matches and in which order, without its page: the text, filters and sort of
 * {@code GET /api/search}, validated as search validates them and written into a request as search writes them.
 * Other packages (the export) read every match through it, so they cannot drift from what search finds.
 */
public final class SearchMatch {

    private final SearchParameters parameters;

    private SearchMatch(SearchParameters parameters) {
        this.parameters = parameters;
    }

    /**
     * The search's criteria as the client sent them, validated.
     *
     * @throws InvalidSearchException naming the first parameter that is wrong, as {@code GET /api/search} would
     */
    public static SearchMatch of(SearchCriteria criteria) {
        // No size or cursor: a match has no page, so the page-size limits do not apply.
        return new SearchMatch(new SearchForm(criteria, null, null, null).validate(1, 1));
    }

    /** The order, as the {@code sort} parameter names it ({@code relevance}, {@code newest}, {@code oldest}). */
    public String sort() {
        return parameters.sort().value();
    }

    /** Writes the request's {@code post_filter} (when a facet filter is set) and {@code query} properties. */
    public void writeQuery(JsonGenerator g) {
        SearchQueryBuilder.match(g, parameters);
    }

    /**
     * Writes the request's {@code sort} property for a scan through a point in time: the search's order, then
     * {@code _shard_doc}, so that every hit has unique sort values for {@code search_after}.
     */
    public void writeScanSort(JsonGenerator g) {
        g.writeName("sort");
        g.writeRawValue(SearchQueryBuilder.SCAN_SORTS.get(parameters.sort()));
    }
}
