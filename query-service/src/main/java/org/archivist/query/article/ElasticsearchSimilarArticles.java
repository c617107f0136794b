package org.archivist.query.article;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.archivist.query.ArticleNotFoundException;
import org.archivist.query.index.ArticleIndex;
import org.archivist.query.index.IndexedArticle;
import org.springframework.stereotype.Component;

/** More-like-this over title and paragraphs on Elasticsearch, without the article's own copies. */
@Component
class ElasticsearchSimilarArticles implements SimilarArticles {

    private final ArticleIndex index;
    private final SimilarQueryBuilder builder;

    ElasticsearchSimilarArticles(ArticleIndex index) {
        this.index = index;
        this.builder = new SimilarQueryBuilder(index.alias());
    }

    @Override
    public Result similarTo(String id, int size) throws IOException {
        IndexedArticle article = index.find(id, ArticleIndex.TITLE, ArticleIndex.CONTENT_HASH)
                .orElseThrow(() -> new ArticleNotFoundException(id));
        String contentHash = article.contentHash();
        SearchResponse<IndexedArticle> response = index.search(builder.build(id, contentHash, size),
                IndexedArticle.class);
        NearDuplicates copies = new NearDuplicates();
        copies.accept(article.title(), contentHash);
        List<SimilarArticles.Match> hits = new ArrayList<>();
        for (Hit<IndexedArticle> hit : response.hits().hits()) {
            IndexedArticle source = hit.source();
            if (source == null || !copies.accept(source.title(), source.contentHash())) {
                continue;
            }
            hits.add(new SimilarArticles.Match(hit.id(), source.title(), source.authors(),
                    source.publishedAt() == null ? null : source.publishedAt().toString(), source.source(),
                    source.categories()));
            if (hits.size() == size) {
                break;
            }
        }
        return new Result(id, hits);
    }
}
