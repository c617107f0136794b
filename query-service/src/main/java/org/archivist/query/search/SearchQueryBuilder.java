package org.archivist.query.search;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the Elasticsearch request of a search; plain Java, no I/O.
 *
 * <ul>
 * <li>User text goes through {@code simple_query_string} (see {@link UserQueryText}), which never fails on
 * syntax, over the title (boosted, stemmed and unstemmed), the paragraphs and the footnotes; every word is
 * required unless the user writes OR.</li>
 * <li>The date range narrows the query itself; facet filters go to {@code post_filter}, and each facet's
 * aggregation applies every facet filter but its own, so a facet keeps showing the alternatives to what is
 * selected in it. The {@code publishedAt} facet applies them all: it counts the hits ({@link Timeline}).</li>
 * <li>Highlights use the HTML encoder: the text around the {@code <mark>} tags comes back escaped. Each
 * highlighted field has a query of its own, on that field alone ({@link #highlight}).</li>
 * <li>Pages: one hit more than the page size is asked for, to know whether a next page exists without a
 * second request; the sort always ends with {@code id}, so sort values are unique and {@code search_after}
 * neither skips nor repeats a hit.</li>
 * </ul>
 *
 * <p>A search's body is written in one pass from a template: the parts every search shares (the fields to return,
 * the sorts, the text fields and flags, a facet's aggregation without other filters) are JSON written once, and
 * only the text, the highlight queries, filters, page size, point in time and cursor are written per search. The
 * typed client's builders and JSON-P serialisation cost more than the rest of building a search
 * (docs/BENCHMARKS.md).
 */
final class SearchQueryBuilder {

    static final List<String> TEXT_FIELDS = List.of("title^3", "title.folded^2", "paragraphs", "footnotes.text");
    /** Returned fields of a hit; {@code url} only for its citation keys ({@code citedByCount}). */
    static final List<String> HIT_FIELDS = List.of("id", "url", "title", "authors", "publishedAt", "categories");
    static final String VALUES = "values";
    /**
     * The {@code publishedAt} facet's {@code filter} aggregation when facet filters are set, and the names of its
     * first and last dates and counted periods, in it or beside the facets ({@link #timeline}).
     */
    static final String TIMELINE = "publishedAt";
    static final String FIRST = TIMELINE + ".first";
    static final String LAST = TIMELINE + ".last";
    static final String PERIODS = TIMELINE + ".periods";
    static final String LABEL = "label";
    static final int FACET_SIZE = 20;
    static final String PIT_KEEP_ALIVE = "2m";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String SOURCE = JSON.writeValueAsString(Map.of("includes", HIT_FIELDS));
    private static final String TEXT_FIELDS_JSON = JSON.writeValueAsString(TEXT_FIELDS);
    private static final String FLAGS = "AND|OR|NOT|PHRASE|PRECEDENCE|PREFIX|WHITESPACE|ESCAPE";
    /**
     * A highlighted field, in the order a hit shows them: {@code fragmentSize} 0 for the whole text as one fragment;
     * {@code queryFields} the field alone as its highlight query's {@code fields}.
     */
    private record Highlighted(String field, int fragmentSize, int fragments, String queryFields) {

        Highlighted(String field, int fragmentSize, int fragments) {
            this(field, fragmentSize, fragments, JSON.writeValueAsString(List.of(field)));
        }
    }

    private static final List<Highlighted> HIGHLIGHTED = List.of(new Highlighted("title", 0, 0),
            new Highlighted("paragraphs", 160, 3), new Highlighted("footnotes.text", 160, 1));
    /** The highlighted fields in the order a hit shows their fragments ({@link SearchResponseReader}). */
    static final List<String> HIGHLIGHTED_FIELDS = HIGHLIGHTED.stream().map(Highlighted::field).toList();

    /**
     * A highlight query's operators: the search's without {@code AND}, so that {@code a + b} highlights {@code a}
     * in a field holding only {@code a} (the search found {@code b} in another field), as the whole query did.
     */
    private static final String HIGHLIGHT_FLAGS = "OR|NOT|PHRASE|PRECEDENCE|PREFIX|WHITESPACE|ESCAPE";
    private static final String MATCH_ALL = "{\"match_all\":{}}";
    private static final Map<SearchSort, String> SORTS = new EnumMap<>(Map.of(
            SearchSort.RELEVANCE, "[{\"_score\":{\"order\":\"desc\"}},{\"id\":{\"order\":\"asc\"}}]",
            SearchSort.NEWEST, "[{\"publishedAt\":{\"missing\":\"_last\",\"order\":\"desc\"}},{\"id\":{\"order\":\"asc\"}}]",
            SearchSort.OLDEST, "[{\"publishedAt\":{\"missing\":\"_last\",\"order\":\"asc\"}},{\"id\":{\"order\":\"asc\"}}]"));
    /**
     * The orders of a scan through a point in time ({@link SearchMatch}): the search's order, then
     * {@code _shard_doc}, unique within a point in time and the cheapest tiebreak there is.
     */
    static final Map<SearchSort, String> SCAN_SORTS = new EnumMap<>(Map.of(
            SearchSort.RELEVANCE, "[{\"_score\":{\"order\":\"desc\"}},{\"_shard_doc\":{\"order\":\"asc\"}}]",
            SearchSort.NEWEST, "[{\"publishedAt\":{\"missing\":\"_last\",\"order\":\"desc\"}},{\"_shard_doc\":{\"order\":\"asc\"}}]",
            SearchSort.OLDEST, "[{\"publishedAt\":{\"missing\":\"_last\",\"order\":\"asc\"}},{\"_shard_doc\":{\"order\":\"asc\"}}]"));
    /**
     * Each facet's aggregation when no other facet filters it: the {@code terms} aggregation itself, without the
     * {@code filter} around it that other facets' filters need (a {@code match_all} filter there cost Elasticsearch
     * ~0.8 ms a search on 100,000 articles, docs/BENCHMARKS.md).
     */
    private static final Map<Facet, String> UNFILTERED_AGGREGATIONS = new EnumMap<>(Facet.class);

    static {
        for (Facet facet : Facet.values()) {
            UNFILTERED_AGGREGATIONS.put(facet, "{\"terms\":{\"field\":\"" + facet.field() + "\",\"size\":"
                    + FACET_SIZE + "}}");
        }
    }

    private final String index;

    /** @param index the alias searched when no point in time is given */
    SearchQueryBuilder(String index) {
        this.index = index;
    }

    /**
     * A search request as the low-level client sends it.
     *
     * @param index the indices in the path; empty when the body names a point in time
     * @param json  the body
     */
    record Request(List<String> index, byte[] json) {
    }

    /**
     * @param parameters the validated search
     * @param pit        the point in time to read, or null to read the live index
     */
    Request build(SearchParameters parameters, String pit) {
        SearchFilters filters = parameters.filters();
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeName("aggregations");
            g.writeStartObject();
            for (Facet facet : Facet.values()) {
                g.writeName(facet.key());
                aggregation(g, facet, filters);
            }
            timeline(g, filters, true, Timeline.sourceInterval(parameters.interval(), filters));
            g.writeEndObject();
            String text = userText(parameters);
            if (text != null) {
                g.writeName("highlight");
                highlight(g, text);
            }
            if (pit != null) {
                g.writeName("pit");
                g.writeStartObject();
                g.writeStringProperty("id", pit);
                g.writeStringProperty("keep_alive", PIT_KEEP_ALIVE);
                g.writeEndObject();
            }
            match(g, parameters, text);
            if (parameters.cursor() != null) {
                g.writeName("search_after");
                searchAfter(g, parameters.cursor().after());
            }
            g.writeNumberProperty("size", parameters.size() + 1);
            g.writeName("sort");
            g.writeRawValue(SORTS.get(parameters.sort()));
            g.writeName("_source");
            g.writeRawValue(SOURCE);
            g.writeBooleanProperty("track_total_hits", true);
            g.writeEndObject();
        }
        return new Request(pit == null ? List.of(index) : List.of(), out.toByteArray());
    }

    /**
     * The highlight of a search for {@code text}: each field with a query on that field alone, any of the text's
     * words or phrases. Left to the search's own query, the highlighter looked for each hit's matches in all four
     * searched fields for each highlighted field, and highlighting took ~5.5 of Elasticsearch's ~13 ms per search;
     * with a query per field it takes ~2.5 and marks the same words (docs/BENCHMARKS.md).
     */
    private static void highlight(JsonGenerator g, String text) {
        g.writeStartObject();
        g.writeStringProperty("encoder", "html");
        g.writeName("fields");
        g.writeStartArray();
        for (Highlighted highlighted : HIGHLIGHTED) {
            g.writeStartObject();
            g.writeName(highlighted.field());
            g.writeStartObject();
            if (highlighted.fragmentSize() > 0) {
                g.writeNumberProperty("fragment_size", highlighted.fragmentSize());
            }
            g.writeNumberProperty("number_of_fragments", highlighted.fragments());
            g.writeName("highlight_query");
            simpleQueryString(g, "or", highlighted.queryFields(), HIGHLIGHT_FLAGS, text);
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeName("post_tags");
        g.writeRawValue("[\"</mark>\"]");
        g.writeName("pre_tags");
        g.writeRawValue("[\"<mark>\"]");
        g.writeEndObject();
    }

    /**
     * The hit-less search that counts the matching articles by {@code interval} when the search's own counts
     * cannot give it ({@link Timeline}): the same query, filters and point in time, only the periods.
     */
    Request timeline(SearchParameters parameters, TimelineInterval interval, String pit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeName("aggregations");
            g.writeStartObject();
            timeline(g, parameters.filters(), false, interval);
            g.writeEndObject();
            if (pit != null) {
                g.writeName("pit");
                g.writeStartObject();
                g.writeStringProperty("id", pit);
                g.writeStringProperty("keep_alive", PIT_KEEP_ALIVE);
                g.writeEndObject();
            }
            g.writeName("query");
            query(g, parameters, userText(parameters));
            g.writeNumberProperty("size", 0);
            g.writeBooleanProperty("track_total_hits", false);
            g.writeEndObject();
        }
        return new Request(pit == null ? List.of(index) : List.of(), out.toByteArray());
    }

    /**
     * The {@code publishedAt} facet's aggregations: the first and last publication dates of the articles the hits
     * are when {@code range}, and their non-empty periods by {@code interval} unless it is null. Every facet filter
     * applies: with any set, they sit in a {@code filter} aggregation of them named {@value #TIMELINE}; with none,
     * beside the facets, since a {@code filter} of {@code match_all} around them cost Elasticsearch ~0.4 ms a search
     * on 100,000 articles (docs/BENCHMARKS.md).
     */
    private static void timeline(JsonGenerator g, SearchFilters filters, boolean range, TimelineInterval interval) {
        boolean filtered = hasFacetFilter(filters, null);
        if (filtered) {
            g.writeName(TIMELINE);
            g.writeStartObject();
            g.writeName("aggregations");
            g.writeStartObject();
        }
        if (range) {
            g.writeName(FIRST);
            g.writeRawValue("{\"min\":{\"field\":\"publishedAt\",\"format\":\"strict_date\"}}");
            g.writeName(LAST);
            g.writeRawValue("{\"max\":{\"field\":\"publishedAt\",\"format\":\"strict_date\"}}");
        }
        if (interval != null) {
            g.writeName(PERIODS);
            g.writeRawValue("{\"date_histogram\":{\"field\":\"publishedAt\",\"calendar_interval\":\""
                    + interval.value() + "\",\"min_doc_count\":1,\"format\":\"strict_date\"}}");
        }
        if (filtered) {
            g.writeEndObject();
            g.writeName("filter");
            facetFilter(g, filters, null);
            g.writeEndObject();
        }
    }

    /**
     * Writes which articles the search matches: {@code post_filter} (the facet filters, when any is set) and
     * {@code query} (text and date range). The one way from text and filters to Elasticsearch, for searches and
     * exports ({@link SearchMatch}) alike.
     */
    static void match(JsonGenerator g, SearchParameters parameters) {
        match(g, parameters, userText(parameters));
    }

    /** The search's text as {@code simple_query_string} syntax ({@link UserQueryText}), or null when it has none. */
    private static String userText(SearchParameters parameters) {
        return parameters.hasText() ? UserQueryText.toSimpleQueryString(parameters.text()) : null;
    }

    /** {@link #match(JsonGenerator, SearchParameters)} with the text already in query syntax (null: none). */
    private static void match(JsonGenerator g, SearchParameters parameters, String text) {
        SearchFilters filters = parameters.filters();
        if (hasFacetFilter(filters, null)) {
            g.writeName("post_filter");
            facetFilter(g, filters, null);
        }
        g.writeName("query");
        query(g, parameters, text);
    }

    private static void query(JsonGenerator g, SearchParameters parameters, String text) {
        SearchFilters filters = parameters.filters();
        if (text == null && !filters.hasDateRange()) {
            g.writeRawValue(MATCH_ALL);
            return;
        }
        g.writeStartObject();
        g.writeName("bool");
        g.writeStartObject();
        g.writeName("filter");
        g.writeStartArray();
        if (filters.hasDateRange()) {
            g.writeStartObject();
            g.writeName("range");
            g.writeStartObject();
            g.writeName("publishedAt");
            g.writeStartObject();
            g.writeStringProperty("format", "strict_date");
            if (filters.from() != null) {
                g.writeStringProperty("gte", filters.from().toString());
            }
            if (filters.to() != null) {
                g.writeStringProperty("lte", filters.to().toString());
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeName("must");
        g.writeStartArray();
        if (text != null) {
            simpleQueryString(g, "and", TEXT_FIELDS_JSON, FLAGS, text);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    /**
     * A {@code simple_query_string} query, lenient (text never fails on a field's type), of {@code text} in query
     * syntax over {@code fields} (a JSON array).
     */
    private static void simpleQueryString(JsonGenerator g, String operator, String fields, String flags, String text) {
        g.writeStartObject();
        g.writeName("simple_query_string");
        g.writeStartObject();
        g.writeStringProperty("default_operator", operator);
        g.writeName("fields");
        g.writeRawValue(fields);
        g.writeStringProperty("flags", flags);
        g.writeBooleanProperty("lenient", true);
        g.writeStringProperty("query", text);
        g.writeEndObject();
        g.writeEndObject();
    }

    private static boolean hasFacetFilter(SearchFilters filters, Facet excluded) {
        for (Facet facet : Facet.values()) {
            if (facet != excluded && !facet.selectedIn(filters).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The facet filters except {@code excluded}'s own (null: all of them); at least one must apply. */
    private static void facetFilter(JsonGenerator g, SearchFilters filters, Facet excluded) {
        g.writeStartObject();
        g.writeName("bool");
        g.writeStartObject();
        g.writeName("filter");
        g.writeStartArray();
        for (Facet facet : Facet.values()) {
            List<String> selected = facet.selectedIn(filters);
            if (facet == excluded || selected.isEmpty()) {
                continue;
            }
            g.writeStartObject();
            g.writeName("terms");
            g.writeStartObject();
            g.writeName(facet.field());
            g.writeStartArray();
            for (String value : selected) {
                g.writeString(value);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    /** A facet's aggregation: its {@code terms}, inside a {@code filter} of the other facets' filters when any is set. */
    private static void aggregation(JsonGenerator g, Facet facet, SearchFilters filters) {
        if (!hasFacetFilter(filters, facet)) {
            g.writeRawValue(UNFILTERED_AGGREGATIONS.get(facet));
            return;
        }
        g.writeStartObject();
        g.writeName("aggregations");
        g.writeStartObject();
        g.writeName(VALUES);
        g.writeStartObject();
        g.writeName("terms");
        g.writeStartObject();
        g.writeStringProperty("field", facet.field());
        g.writeNumberProperty("size", FACET_SIZE);
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
        g.writeName("filter");
        facetFilter(g, filters, facet);
        g.writeEndObject();
    }

    private static void searchAfter(JsonGenerator g, List<FieldValue> after) {
        g.writeStartArray();
        for (FieldValue value : after) {
            switch (value._kind()) {
                case Long -> g.writeNumber(value.longValue());
                case Double -> g.writeNumber(value.doubleValue());
                case String -> g.writeString(value.stringValue());
                case Boolean -> g.writeBoolean(value.booleanValue());
                case Null -> g.writeNull();
                case Any -> throw new IllegalArgumentException("Sort values are scalars, not " + value.anyValue());
            }
        }
        g.writeEndArray();
    }

    /**
     * Reads the labels of the given codes of labelled facets: per facet, one bucket per code with one document
     * carrying it ({@code top_hits}). The answer has the shape of a search's facets, so the same reader reads it.
     * Searches leave labels out because a {@code top_hits} per bucket doubled their cost; see {@link FacetLabels}.
     * Rare, so built with the typed client's builders.
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
}
