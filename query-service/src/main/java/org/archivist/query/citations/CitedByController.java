package org.archivist.query.citations;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.archivist.query.InvalidSearchException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/articles/{id}/cited-by[?size=]}: the stored articles whose footnotes name this one, newest
 * publication first (undated last), at most {@code size} (default {@value #DEFAULT_SIZE}), each with the numbers
 * and texts of those footnotes. 404 when no article has this id. The links are decided as the request is read
 * ({@link CitationLinks}).
 */
@RestController
class CitedByController {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 500;

    private final CitationLinks links;

    CitedByController(CitationLinks links) {
        this.links = links;
    }

    @Operation(summary = "Articles whose footnotes cite a stored one", description = """
            Newest publication first (undated last), each with the numbers and texts of the citing footnotes.""")
    @ApiResponse(responseCode = "200", description = "The citing articles; empty when none cites it")
    @ApiResponse(responseCode = "400", description = "`size` is not a whole number from 1 to 500; `parameter` names it")
    @ApiResponse(responseCode = "404", description = "No article has this id")
    @ApiResponse(responseCode = "503", description = "Elasticsearch cannot be reached; retry shortly")
    @GetMapping(path = "/api/articles/{id}/cited-by", produces = MediaType.APPLICATION_JSON_VALUE)
    CitedBy citedBy(@PathVariable String id, @Parameter(description = "How many citing articles, 1 to 500",
            schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "" + MAX_SIZE, defaultValue = "" + DEFAULT_SIZE))
            @RequestParam(required = false) Integer size) throws IOException {
        int limit = size == null ? DEFAULT_SIZE : size;
        if (limit < 1 || limit > MAX_SIZE) {
            throw new InvalidSearchException("size", "must be between 1 and " + MAX_SIZE);
        }
        return links.citedBy(id, limit);
    }
}
