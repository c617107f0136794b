package org.archivist.query.article;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.archivist.query.ArticleNotFoundException;
import org.archivist.query.citations.CitationLinks;
import org.archivist.query.index.ArticleIndex;
import org.archivist.query.index.IndexedArticle;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/articles/{id}}: the stored EnrichedArticle with its {@code indexedAt}, each footnote link's
 * {@code resolvedArticleId} decided as it is read ({@link CitationLinks}).
 */
@RestController
class StoredArticleController {

    private final ArticleIndex index;
    private final CitationLinks links;

    StoredArticleController(ArticleIndex index, CitationLinks links) {
        this.index = index;
        this.links = links;
    }

    @Operation(summary = "One stored article", description = "The EnrichedArticle as indexed, with its `indexedAt`; "
            + "each footnote link's `resolvedArticleId` names the stored article its citation names now.")
    @ApiResponse(responseCode = "200", description = "The article")
    @ApiResponse(responseCode = "404", description = "No article has this id")
    @ApiResponse(responseCode = "503", description = "Elasticsearch cannot be reached; retry shortly")
    @GetMapping(path = "/api/articles/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    IndexedArticle article(@PathVariable String id) throws IOException {
        return links.resolve(index.find(id).orElseThrow(() -> new ArticleNotFoundException(id)));
    }
}
