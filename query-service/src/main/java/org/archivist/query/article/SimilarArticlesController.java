package org.archivist.query.article;

import java.io.IOException;

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

/** {@code GET /api/articles/{id}/similar}: the stored articles most like this one, its copies left out. */
@RestController
class SimilarArticlesController {

    static final int DEFAULT_SIZE = 10;
    static final int MAX_SIZE = 50;

    private final SimilarArticles similar;

    SimilarArticlesController(SimilarArticles similar) {
        this.similar = similar;
    }

    @Operation(summary = "Articles similar to a stored one", description = """
            More-like-this over title and paragraphs. The article itself is left out, and so are its copies \
            from other sources (same normalized title or same content hash); each other story appears once.""")
    @ApiResponse(responseCode = "200", description = "The most similar articles, best first")
    @ApiResponse(responseCode = "400", description = "`size` is not a whole number from 1 to 50")
    @ApiResponse(responseCode = "404", description = "No article has this id")
    @ApiResponse(responseCode = "503", description = "Elasticsearch cannot be reached; retry shortly")
    @GetMapping(path = "/api/articles/{id}/similar", produces = MediaType.APPLICATION_JSON_VALUE)
    SimilarArticles.Result similar(@PathVariable String id,
            @Parameter(description = "How many articles, 1 to 50 (default 10)", schema = @Schema(type = "integer",
                    minimum = "1", maximum = "" + MAX_SIZE, defaultValue = "" + DEFAULT_SIZE)) @RequestParam(required = false) String size) throws IOException {
        return similar.similarTo(id, size(size));
    }

    static int size(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_SIZE;
        }
        try {
            int size = Integer.parseInt(value.strip());
            if (size >= 1 && size <= MAX_SIZE) {
                return size;
            }
        } catch (NumberFormatException e) {
            // Answered below like any other size out of range.
        }
        throw new InvalidSearchException("size", "must be a whole number between 1 and " + MAX_SIZE);
    }
}
