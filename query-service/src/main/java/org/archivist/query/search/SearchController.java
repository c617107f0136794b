package org.archivist.query.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.archivist.query.QuerySettings;
import org.archivist.query.index.ArticleIndex;
import org.archivist.query.InvalidSearchException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/** {@code GET /api/search}: validates the request, runs it, and shapes the answer. */
@RestController
class SearchController {

    private final ElasticsearchClient client;
    private final ArticleIndex index;
    private final QuerySettings settings;
    private final SearchQueryBuilder builder;

    SearchController(ElasticsearchClient client, ArticleIndex index, QuerySettings settings) {
        this.client = client;
        this.index = index;
        this.settings = settings;
        this.builder = new SearchQueryBuilder(settings.indexAlias());
    }

    @GetMapping("/api/search")
    SearchResult search(@RequestParam(required = false) String q, @RequestParam(required = false) Integer size)
            throws IOException {
        int pageSize = size == null ? settings.defaultPageSize() : size;
        if (pageSize < 1 || pageSize > settings.maxPageSize()) {
            throw new InvalidSearchException("size", "must be between 1 and " + settings.maxPageSize());
        }
        index.ensureExists();
        SearchResponse<ObjectNode> response = client.search(builder.build(new SearchParameters(q, pageSize)),
                ObjectNode.class);
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (Hit<ObjectNode> hit : response.hits().hits()) {
            ObjectNode source = hit.source();
            List<String> highlights = new ArrayList<>();
            hit.highlight().values().forEach(highlights::addAll);
            hits.add(new SearchResult.Hit(hit.id(), text(source, "title"), source.get("authors"),
                    text(source, "publishedAt"), source.get("categories"), highlights));
        }
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        return new SearchResult(total, hits, Map.of(), null);
    }

    private static String text(ObjectNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asString() : null;
    }
}
