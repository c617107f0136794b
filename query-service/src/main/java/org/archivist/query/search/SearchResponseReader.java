package org.archivist.query.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import org.archivist.contract.Category;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Reads an Elasticsearch search response into the API's hits and facets; plain Java, no I/O. */
final class SearchResponseReader {

    /** Highlighted fields in the order their fragments are shown. */
    static final List<String> HIGHLIGHT_ORDER = List.of("title", "paragraphs", "footnotes.text");

    /**
     * One page read from a response.
     *
     * @param nextAfter the sort values to continue after, or null when this is the last page
     */
    record Page(long total, List<SearchResult.Hit> hits, SearchResult.Facets facets, List<FieldValue> nextAfter) {
    }

    private final JsonMapper json;

    SearchResponseReader(JsonMapper json) {
        this.json = json;
    }

    /** @param size the page size; the response holds one hit more when a next page exists */
    Page read(SearchResponse<ObjectNode> response, int size) {
        List<Hit<ObjectNode>> found = response.hits().hits();
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (Hit<ObjectNode> hit : found.subList(0, Math.min(size, found.size()))) {
            hits.add(hit(hit));
        }
        List<FieldValue> nextAfter = found.size() > size ? found.get(size - 1).sort() : null;
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        return new Page(total, hits, facets(response.aggregations()), nextAfter);
    }

    SearchResult.Hit hit(Hit<ObjectNode> hit) {
        ObjectNode source = hit.source() == null ? json.createObjectNode() : hit.source();
        List<String> highlights = new ArrayList<>();
        Map<String, List<String>> highlight = hit.highlight();
        for (String field : HIGHLIGHT_ORDER) {
            highlights.addAll(highlight.getOrDefault(field, List.of()));
        }
        List<String> authors = new ArrayList<>();
        source.path("authors").forEach(author -> authors.add(author.asString()));
        List<Category> categories = new ArrayList<>();
        source.path("categories").forEach(category -> categories.add(json.treeToValue(category, Category.class)));
        return new SearchResult.Hit(hit.id(), text(source, "title"), authors, text(source, "publishedAt"),
                categories, highlights);
    }

    SearchResult.Facets facets(Map<String, Aggregate> aggregations) {
        Map<Facet, List<SearchResult.FacetValue>> facets = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            facets.put(facet, facet(facet, aggregations.get(facet.key())));
        }
        return new SearchResult.Facets(facets.get(Facet.CATEGORIES), facets.get(Facet.AUTHORS),
                facets.get(Facet.PLACES), facets.get(Facet.SOURCES));
    }

    private List<SearchResult.FacetValue> facet(Facet facet, Aggregate aggregate) {
        if (aggregate == null || !aggregate.isFilter()) {
            return List.of();
        }
        Aggregate values = aggregate.filter().aggregations().get(SearchQueryBuilder.VALUES);
        if (values == null || !values.isSterms()) {
            return List.of();
        }
        List<SearchResult.FacetValue> result = new ArrayList<>();
        for (StringTermsBucket bucket : values.sterms().buckets().array()) {
            String value = bucket.key().stringValue();
            Aggregate document = bucket.aggregations().get(SearchQueryBuilder.LABEL);
            String label = facet.hasLabel() && document != null ? label(facet, value, document) : null;
            result.add(new SearchResult.FacetValue(value, label, bucket.docCount()));
        }
        return result;
    }

    /** The label of {@code code} in the one document the bucket's top_hits returned; the code itself if absent. */
    private String label(Facet facet, String code, Aggregate topHits) {
        if (topHits != null && topHits.isTopHits() && !topHits.topHits().hits().hits().isEmpty()) {
            JsonData source = topHits.topHits().hits().hits().getFirst().source();
            if (source != null) {
                JsonNode document = json.readTree(source.toJson().toString());
                for (JsonNode object : document.path(facet.objectField())) {
                    if (code.equals(object.path("code").asString(null))) {
                        String label = object.path(facet.labelField()).asString(null);
                        if (label != null && !label.isBlank()) {
                            return label;
                        }
                    }
                }
            }
        }
        return code;
    }

    private static String text(ObjectNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asString() : null;
    }
}
