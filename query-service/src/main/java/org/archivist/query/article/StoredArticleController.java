package org.archivist.query.article;

import java.io.IOException;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.archivist.query.ArticleNotFoundException;
import org.archivist.query.QuerySettings;
import org.archivist.query.citations.CitationLinks;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /api/articles/{id}}: the stored EnrichedArticle with its {@code indexedAt}, each footnote link's
 * {@code resolvedArticleId} decided as it is read ({@link CitationLinks}).
 */
@RestController
class StoredArticleController {

    private final ElasticsearchClient client;
    private final QuerySettings settings;
    private final CitationLinks links;

    StoredArticleController(ElasticsearchClient client, QuerySettings settings, CitationLinks links) {
        this.client = client;
        this.settings = settings;
        this.links = links;
    }

    @Operation(summary = "One stored article", description = "The EnrichedArticle as indexed, with its `indexedAt`.")
    @ApiResponse(responseCode = "200", description = "The article")
    @ApiResponse(responseCode = "404", description = "No article has this id",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "Elasticsearch cannot be reached; retry shortly",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping(path = "/api/articles/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode article(@PathVariable String id) throws IOException {
        GetResponse<ObjectNode> found = client.get(g -> g.index(settings.indexAlias()).id(id), ObjectNode.class);
        if (!found.found() || found.source() == null) {
            throw new ArticleNotFoundException(id);
        }
        ObjectNode article = found.source();
        links.resolve(article);
        return article;
    }
}
