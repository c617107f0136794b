package org.archivist.query.article;

import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;

/**
 * Builds the more-like-this search for {@code GET /api/articles/{id}/similar}; plain Java, no I/O. The
 * article itself and articles with its content hash are excluded in the query; copies under the same
 * title cannot be (the title is only indexed as analyzed text), so {@link NearDuplicates} drops them from
 * the hits, and the request asks for {@link #SPARE} more hits than the page needs to make up for them.
 */
final class SimilarQueryBuilder {

    static final List<String> FIELDS = List.of("title", "paragraphs");
    static final List<String> HIT_FIELDS = List.of("id", "title", "authors", "publishedAt", "source", "categories",
            "contentHash");
    static final int SPARE = 10;

    private final String index;

    SimilarQueryBuilder(String index) {
        this.index = index;
    }

    SearchRequest build(String id, String contentHash, int size) {
        List<Query> mustNot = new ArrayList<>();
        mustNot.add(Query.of(q -> q.ids(i -> i.values(id))));
        if (contentHash != null && !contentHash.isBlank()) {
            mustNot.add(Query.of(q -> q.term(t -> t.field("contentHash").value(contentHash))));
        }
        return SearchRequest.of(s -> s.index(index)
                .size(size + SPARE)
                .source(src -> src.filter(f -> f.includes(HIT_FIELDS)))
                .query(q -> q.bool(b -> b
                        .must(m -> m.moreLikeThis(mlt -> mlt.fields(FIELDS)
                                .like(l -> l.document(d -> d.index(index).id(id)))
                                // Small archives have few documents per term; the defaults (5 docs, 2 uses)
                                // would find nothing in them.
                                .minTermFreq(1)
                                .minDocFreq(2)
                                .maxQueryTerms(25)
                                // The rarest terms, which MLT picks first, are often those the article shares
                                // only with its own copies; the default 30% would then leave nothing but them.
                                .minimumShouldMatch("10%")))
                        .mustNot(mustNot))));
    }
}
