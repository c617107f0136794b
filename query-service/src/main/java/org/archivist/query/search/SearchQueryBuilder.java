package org.archivist.query.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.SimpleQueryStringFlag;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.util.NamedValue;

/**
 * Builds the Elasticsearch request of a search; plain Java, no I/O.
 *
 * <ul>
 * <li>User text goes through {@code simple_query_string} (see {@link UserQueryText}), which never fails on
 * syntax, over the title (boosted, stemmed and unstemmed), the paragraphs and the footnotes; every word is
 * required unless the user writes OR.</li>
 * <li>The date range narrows the query itself; facet filters go to {@code post_filter}, and each facet's
 * aggregation applies every facet filter but its own, so a facet keeps showing the alternatives to what is
 * selected in it.</li>
 * <li>Highlights use the HTML encoder: the text around the {@code <mark>} tags comes back escaped.</li>
 * <li>Pages: one hit more than the page size is asked for, to know whether a next page exists without a
 * second request; the sort always ends with {@code id}, so sort values are unique and {@code search_after}
 * neither skips nor repeats a hit.</li>
 * </ul>
 */
final class SearchQueryBuilder {

    static final List<String> TEXT_FIELDS = List.of("title^3", "title.folded^2", "paragraphs", "footnotes.text");
    static final List<String> HIT_FIELDS = List.of("id", "title", "authors", "publishedAt", "categories");
    static final String VALUES = "values";
    static final String LABEL = "label";
    static final int FACET_SIZE = 20;
    static final String PIT_KEEP_ALIVE = "2m";

    private static final List<SimpleQueryStringFlag> FLAGS = List.of(SimpleQueryStringFlag.And,
            SimpleQueryStringFlag.Or, SimpleQueryStringFlag.Not, SimpleQueryStringFlag.Phrase,
            SimpleQueryStringFlag.Precedence, SimpleQueryStringFlag.Prefix, SimpleQueryStringFlag.Whitespace,
            SimpleQueryStringFlag.Escape);

    private final String index;

    /** @param index the alias searched when no point in time is given */
    SearchQueryBuilder(String index) {
        this.index = index;
    }

    /**
     * @param parameters the validated search
     * @param pit        the point in time to read, or null to read the live index
     */
    SearchRequest build(SearchParameters parameters, String pit) {
        SearchFilters filters = parameters.filters();
        return SearchRequest.of(s -> {
            if (pit == null) {
                s.index(index);
            } else {
                s.pit(p -> p.id(pit).keepAlive(t -> t.time(PIT_KEEP_ALIVE)));
            }
            s.size(parameters.size() + 1)
                    .trackTotalHits(t -> t.enabled(true))
                    .source(src -> src.filter(f -> f.includes(HIT_FIELDS)))
                    .query(query(parameters))
                    .sort(sort(parameters.sort()));
            Query postFilter = facetFilter(filters, null);
            if (postFilter != null) {
                s.postFilter(postFilter);
            }
            for (Facet facet : Facet.values()) {
                s.aggregations(facet.key(), aggregation(facet, filters));
            }
            if (parameters.hasText()) {
                s.highlight(h -> h.encoder(HighlighterEncoder.Html).preTags("<mark>").postTags("</mark>")
                        .fields(NamedValue.of("title", HighlightField.of(f -> f.numberOfFragments(0))),
                                NamedValue.of("paragraphs", HighlightField.of(f -> f.fragmentSize(160)
                                        .numberOfFragments(3))),
                                NamedValue.of("footnotes.text", HighlightField.of(f -> f.fragmentSize(160)
                                        .numberOfFragments(1)))));
            }
            if (parameters.cursor() != null) {
                s.searchAfter(parameters.cursor().after());
            }
            return s;
        });
    }

    static Query query(SearchParameters parameters) {
        List<Query> must = new ArrayList<>();
        if (parameters.hasText()) {
            must.add(Query.of(q -> q.simpleQueryString(sq -> sq
                    .query(UserQueryText.toSimpleQueryString(parameters.text()))
                    .fields(TEXT_FIELDS)
                    .defaultOperator(Operator.And)
                    .flags(FLAGS)
                    .lenient(true))));
        }
        List<Query> filter = new ArrayList<>();
        SearchFilters filters = parameters.filters();
        if (filters.hasDateRange()) {
            filter.add(Query.of(q -> q.range(r -> r.date(d -> {
                d.field("publishedAt").format("strict_date");
                if (filters.from() != null) {
                    d.gte(filters.from().toString());
                }
                if (filters.to() != null) {
                    d.lte(filters.to().toString());
                }
                return d;
            }))));
        }
        if (must.isEmpty() && filter.isEmpty()) {
            return Query.of(q -> q.matchAll(m -> m));
        }
        return Query.of(q -> q.bool(b -> b.must(must).filter(filter)));
    }

    /** The facet filters except {@code excluded}'s own (null: all of them), or null when none applies. */
    static Query facetFilter(SearchFilters filters, Facet excluded) {
        List<Query> clauses = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            List<String> selected = facet.selectedIn(filters);
            if (facet == excluded || selected.isEmpty()) {
                continue;
            }
            List<FieldValue> values = selected.stream().map(FieldValue::of).toList();
            clauses.add(Query.of(q -> q.terms(t -> t.field(facet.field()).terms(v -> v.value(values)))));
        }
        if (clauses.isEmpty()) {
            return null;
        }
        return Query.of(q -> q.bool(b -> b.filter(clauses)));
    }

    static Aggregation aggregation(Facet facet, SearchFilters filters) {
        Query others = facetFilter(filters, facet);
        Aggregation terms = Aggregation.of(a -> a.terms(t -> t.field(facet.field()).size(FACET_SIZE)));
        return Aggregation.of(a -> a.filter(others == null ? Query.of(q -> q.matchAll(m -> m)) : others)
                .aggregations(VALUES, terms));
    }

    /**
     * Reads the labels of the given codes of labelled facets: per facet, one bucket per code with one document
     * carrying it ({@code top_hits}). The answer has the shape of a search's facets, so the same reader reads it.
     * Searches leave labels out because a {@code top_hits} per bucket doubled their cost; see {@link FacetLabels}.
     */
    SearchRequest labels(Map<Facet, List<String>> codes) {
        return SearchRequest.of(s -> {
            s.index(index).size(0).trackTotalHits(t -> t.enabled(false));
            List<Query> any = new ArrayList<>();
            codes.forEach((facet, values) -> {
                List<FieldValue> terms = values.stream().map(FieldValue::of).toList();
                Query carrying = Query.of(q -> q.terms(t -> t.field(facet.field()).terms(v -> v.value(terms))));
                any.add(carrying);
                s.aggregations(facet.key(), a -> a.filter(carrying).aggregations(VALUES, v -> v
                        .terms(t -> t.field(facet.field()).include(i -> i.terms(values)).size(values.size()))
                        .aggregations(LABEL, l -> l.topHits(th -> th.size(1)
                                .source(src -> src.filter(f -> f.includes(facet.objectField())))))));
            });
            return s.query(q -> q.bool(b -> b.should(any).minimumShouldMatch("1")));
        });
    }

    static List<SortOptions> sort(SearchSort sort) {
        SortOptions tieBreaker = SortOptions.of(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
        SortOptions primary = switch (sort) {
            case RELEVANCE -> SortOptions.of(o -> o.score(sc -> sc.order(SortOrder.Desc)));
            case NEWEST -> SortOptions.of(o -> o.field(f -> f.field("publishedAt").order(SortOrder.Desc)
                    .missing("_last")));
            case OLDEST -> SortOptions.of(o -> o.field(f -> f.field("publishedAt").order(SortOrder.Asc)
                    .missing("_last")));
        };
        return List.of(primary, tieBreaker);
    }
}
