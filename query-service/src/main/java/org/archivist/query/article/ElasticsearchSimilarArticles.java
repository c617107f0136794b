package org.archivist.query.article;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.archivist.contract.Category;
import org.archivist.query.ArticleNotFoundException;
import org.archivist.query.index.ArticleIndex;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** More-like-this over title and paragraphs on Elasticsearch, without the article's own copies. */
@Component
class ElasticsearchSimilarArticles implements SimilarArticles {

    private final ElasticsearchClient client;
    private final ArticleIndex index;
    private final JsonMapper json;
    private final SimilarQueryBuilder builder;

    ElasticsearchSimilarArticles(ElasticsearchClient client, ArticleIndex index, JsonMapper json) {
        this.client = client;
        this.index = index;
        this.json = json;
        this.builder = new SimilarQueryBuilder(index.alias());
    }

    @Override
    public Result similarTo(String id, int size) throws IOException {
        index.ensureExists();
        GetResponse<ObjectNode> article = client.get(g -> g.index(index.alias()).id(id)
                .sourceIncludes("title", "contentHash"), ObjectNode.class);
        if (!article.found() || article.source() == null) {
            throw new ArticleNotFoundException(id);
        }
        String contentHash = text(article.source(), "contentHash");
        SearchResponse<ObjectNode> response = client.search(builder.build(id, contentHash, size), ObjectNode.class);
        NearDuplicates copies = new NearDuplicates();
        copies.accept(text(article.source(), "title"), contentHash);
        List<SimilarArticles.Match> hits = new ArrayList<>();
        for (Hit<ObjectNode> hit : response.hits().hits()) {
            ObjectNode source = hit.source();
            if (source == null || !copies.accept(text(source, "title"), text(source, "contentHash"))) {
                continue;
            }
            hits.add(hit(hit.id(), source));
            if (hits.size() == size) {
                break;
            }
        }
        return new Result(id, hits);
    }

    private SimilarArticles.Match hit(String id, ObjectNode source) {
        List<String> authors = new ArrayList<>();
        source.path("authors").forEach(author -> authors.add(author.asString()));
        List<Category> categories = new ArrayList<>();
        for (JsonNode category : source.path("categories")) {
            categories.add(json.treeToValue(category, Category.class));
        }
        return new SimilarArticles.Match(id, text(source, "title"), authors, text(source, "publishedAt"),
                text(source, "source"), categories);
    }

    private static String text(ObjectNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asString() : null;
    }
}
