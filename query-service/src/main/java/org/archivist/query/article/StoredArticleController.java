package org.archivist.query.article;

import java.io.IOException;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import org.archivist.query.QuerySettings;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/** {@code GET /api/articles/{id}}: the stored EnrichedArticle with its {@code indexedAt}. */
@RestController
class StoredArticleController {

    private final ElasticsearchClient client;
    private final QuerySettings settings;

    StoredArticleController(ElasticsearchClient client, QuerySettings settings) {
        this.client = client;
        this.settings = settings;
    }

    @GetMapping("/api/articles/{id}")
    ObjectNode article(@PathVariable String id) throws IOException {
        GetResponse<ObjectNode> found = client.get(g -> g.index(settings.indexAlias()).id(id), ObjectNode.class);
        if (!found.found() || found.source() == null) {
            throw new ArticleNotFoundException(id);
        }
        return found.source();
    }
}
