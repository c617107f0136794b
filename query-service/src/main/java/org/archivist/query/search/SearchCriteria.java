package org.archivist.query.search;

import java.util.List;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Which articles a search matches and in which order, as the client sent them (absent ones null): the query
 * parameters that {@code GET /api/search} and {@code GET /api/export} share, bound and documented once here so
 * that the two cannot drift. {@link SearchForm} validates them, and the limits documented here are its constants.
 */
public record SearchCriteria(
        @Parameter(description = "Text to search, at most " + SearchForm.MAX_TEXT_LENGTH + " characters",
                schema = @Schema(maxLength = SearchForm.MAX_TEXT_LENGTH))
        String q,
        @Parameter(description = "Category code (`medtop:…` or `source:…`); repeat for any of several, at most "
                + SearchForm.MAX_VALUES_PER_FILTER,
                array = @ArraySchema(maxItems = SearchForm.MAX_VALUES_PER_FILTER,
                        schema = @Schema(maxLength = SearchForm.MAX_VALUE_LENGTH)))
        List<String> category,
        @Parameter(description = "Author name, exactly as stored; repeat for any of several, at most "
                + SearchForm.MAX_VALUES_PER_FILTER,
                array = @ArraySchema(maxItems = SearchForm.MAX_VALUES_PER_FILTER,
                        schema = @Schema(maxLength = SearchForm.MAX_VALUE_LENGTH)))
        List<String> author,
        @Parameter(description = "ISO 3166-1 alpha-2 country code; repeat for any of several, at most "
                + SearchForm.MAX_VALUES_PER_FILTER,
                array = @ArraySchema(maxItems = SearchForm.MAX_VALUES_PER_FILTER,
                        schema = @Schema(maxLength = SearchForm.MAX_VALUE_LENGTH)))
        List<String> place,
        @Parameter(description = "Source name; repeat for any of several, at most "
                + SearchForm.MAX_VALUES_PER_FILTER,
                array = @ArraySchema(maxItems = SearchForm.MAX_VALUES_PER_FILTER,
                        schema = @Schema(maxLength = SearchForm.MAX_VALUE_LENGTH)))
        List<String> source,
        @Parameter(description = "Published on or after this day (yyyy-MM-dd)",
                schema = @Schema(type = "string", format = "date"))
        String from,
        @Parameter(description = "Published on or before this day (yyyy-MM-dd)",
                schema = @Schema(type = "string", format = "date"))
        String to,
        @Parameter(description = "relevance (default with q), newest (default without q) or oldest",
                schema = @Schema(allowableValues = { "relevance", "newest", "oldest" }))
        String sort) {
}
