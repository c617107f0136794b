package org.archivist.query.search;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.util.NamedValue;

/**
 * Builds the Elasticsearch request for a search. User text goes through {@code simple_query_string},
 * which never fails on syntax, so no input can break the query or reach the query DSL.
 */
final class SearchQueryBuilder {

    static final String[] TEXT_FIELDS = { "title^3", "paragraphs", "footnotes.text" };

    private final String index;

    SearchQueryBuilder(String index) {
        this.index = index;
    }

    SearchRequest build(SearchParameters parameters) {
        return SearchRequest.of(s -> {
            s.index(index).size(parameters.size()).trackTotalHits(t -> t.enabled(true))
                    .source(src -> src.filter(f -> f.includes("id", "title", "authors", "publishedAt", "categories")));
            if (parameters.hasText()) {
                s.query(q -> q.simpleQueryString(sq -> sq.query(parameters.q()).fields(java.util.List.of(TEXT_FIELDS))
                        .defaultOperator(Operator.And)))
                        .highlight(h -> h.encoder(co.elastic.clients.elasticsearch.core.search.HighlighterEncoder.Html)
                                .preTags("<mark>").postTags("</mark>")
                                .fields(NamedValue.of("title", HighlightField.of(f -> f.numberOfFragments(0))),
                                        NamedValue.of("paragraphs", HighlightField.of(f -> f.fragmentSize(160)
                                                .numberOfFragments(3)))));
            } else {
                s.query(q -> q.matchAll(m -> m))
                        .sort(o -> o.field(f -> f.field("publishedAt").order(SortOrder.Desc).missing("_last")))
                        .sort(o -> o.field(f -> f.field("ingestedAt").order(SortOrder.Desc)));
            }
            return s;
        });
    }
}
