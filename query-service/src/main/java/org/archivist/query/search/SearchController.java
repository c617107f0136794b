package org.archivist.query.search;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.archivist.query.QuerySettings;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/search}: validates the parameters, runs the search, answers. */
@RestController
class SearchController {

    private final ArticleSearch search;
    private final QuerySettings settings;

    SearchController(ArticleSearch search, QuerySettings settings) {
        this.search = search;
        this.settings = settings;
    }

    @Operation(summary = "Search the stored articles", description = """
            Full-text search with filters, facets and highlights. `q` is plain text: every word is required; \
            `"…"` searches a phrase, `-word` excludes, `OR` between words or phrases accepts either, `word*` \
            searches a prefix. Accents and letter case are ignored and English word forms match each other \
            ("Sao Paulo" finds "São Paulo", "negotiation" finds "negotiations"). Without `q` the articles \
            matching the filters are listed, newest first. Filters combine with AND, repeated values of one \
            filter with OR. Each facet counts the matching articles as if its own filter were not set. \
            The `publishedAt` facet counts them per day, ISO week, month or year (`interval`), from the first \
            matching publication date to the last, empty periods included; each bucket's `from` and `to` can be \
            sent back as the filters of that period. Each hit's `citedByCount` is how many stored articles cite it. \
            Pages: pass `nextCursor` as `cursor` with the same other parameters; it stays valid for \
            2 minutes after its page.""")
    @ApiResponse(responseCode = "200", description = "One page of hits with facets")
    @ApiResponse(responseCode = "400", description = "A parameter is malformed or out of range, or the cursor "
            + "is garbled, expired or belongs to another search; `parameter` names it", content = @Content(
                    mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "Elasticsearch cannot be reached; retry shortly",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping(path = "/api/search", produces = MediaType.APPLICATION_JSON_VALUE)
    SearchResult search(@ParameterObject SearchCriteria criteria,
            @Parameter(description = "Hits per page, 1 to 100 (default 20)", schema = @Schema(type = "integer",
                    minimum = "1", maximum = "100")) @RequestParam(required = false) String size,
            @Parameter(description = "`nextCursor` of the previous page") @RequestParam(required = false)
            String cursor,
            @Parameter(description = "Periods of the `publishedAt` facet: auto (default: the finest of day, week, "
                    + "month and year giving at most 120 buckets), or one of those; one giving more is refused",
                    schema = @Schema(allowableValues = { "auto", "day", "week", "month", "year" }))
            @RequestParam(required = false) String interval) throws IOException {
        SearchForm form = new SearchForm(criteria, size, cursor, interval);
        return search.search(form.validate(settings.defaultPageSize(), settings.maxPageSize()));
    }
}
