package org.archivist.query.search;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.FieldValue;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.archivist.contract.Category;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON body of an Elasticsearch search response (sent with {@code typed_keys}) into the API's hits and
 * facets in one streaming pass; plain Java, no I/O. Only the fields a result needs are read and everything else is
 * skipped: no JSON-P events, no tree per hit and no record creators, which cost more CPU per search than the rest of
 * the service's own work (docs/BENCHMARKS.md). The rare label query's documents are still bound to records.
 */
final class SearchResponseReader {

    /** Facets by their aggregation's typed name: filtered by other facets' filters, or their terms alone. */
    private static final Map<String, Facet> FILTERED_FACETS = new HashMap<>();
    private static final Map<String, Facet> UNFILTERED_FACETS = new HashMap<>();

    static {
        for (Facet facet : Facet.values()) {
            FILTERED_FACETS.put("filter#" + facet.key(), facet);
            UNFILTERED_FACETS.put("sterms#" + facet.key(), facet);
        }
    }

    private static final String TIMELINE_AGGREGATION = "filter#" + SearchQueryBuilder.TIMELINE;

    /**
     * One page read from a response.
     *
     * @param urls      each hit's address (null where it has none), in the order of the hits
     * @param timeline  the {@code publishedAt} facet's counts, their source interval not set
     * @param nextAfter the sort values to continue after, or null when this is the last page
     * @param pit       the point-in-time id the response names, or null when it read the live index
     */
    record Page(long total, List<SearchResult.Hit> hits, List<String> urls, SearchResult.Facets facets,
            Timeline.Counts timeline, List<FieldValue> nextAfter, String pit) {
    }

    private final JsonMapper json;

    SearchResponseReader(JsonMapper json) {
        this.json = json;
    }

    /**
     * @param body the response body
     * @param size the page size; the response holds one hit more when a next page exists
     */
    Page read(InputStream body, int size) {
        long total = -1;
        List<SearchResult.Hit> hits = new ArrayList<>(size + 1);
        List<String> urls = new ArrayList<>(size + 1);
        List<List<FieldValue>> sorts = new ArrayList<>(size + 1);
        Map<Facet, List<SearchResult.FacetValue>> facets = new EnumMap<>(Facet.class);
        Timeline.Counts timeline = Timeline.Counts.NONE;
        String pit = null;
        try (JsonParser parser = json.createParser(body)) {
            start(parser, JsonToken.START_OBJECT);
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                switch (name) {
                    case "hits" -> total = hits(parser, hits, urls, sorts);
                    case "aggregations" -> timeline = aggregations(parser, facets);
                    case "pit_id" -> pit = parser.getValueAsString();
                    default -> parser.skipChildren();
                }
            }
        }
        boolean more = hits.size() > size;
        List<SearchResult.Hit> shown = more ? new ArrayList<>(hits.subList(0, size)) : hits;
        List<String> shownUrls = more ? new ArrayList<>(urls.subList(0, size)) : urls;
        List<FieldValue> nextAfter = more ? sorts.get(size - 1) : null;
        return new Page(total < 0 ? shown.size() : total, shown, shownUrls, facets(facets), timeline, nextAfter, pit);
    }

    /** The {@code publishedAt} counts of a response body alone, e.g. of a timeline request. */
    Timeline.Counts timeline(InputStream body) {
        Timeline.Counts timeline = Timeline.Counts.NONE;
        try (JsonParser parser = json.createParser(body)) {
            start(parser, JsonToken.START_OBJECT);
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (name.equals("aggregations")) {
                    timeline = aggregations(parser, new EnumMap<>(Facet.class));
                } else {
                    parser.skipChildren();
                }
            }
        }
        return timeline;
    }

    /** The facets of a response body alone, e.g. of a label query. */
    SearchResult.Facets facets(InputStream body) {
        Map<Facet, List<SearchResult.FacetValue>> facets = new EnumMap<>(Facet.class);
        try (JsonParser parser = json.createParser(body)) {
            start(parser, JsonToken.START_OBJECT);
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (name.equals("aggregations")) {
                    aggregations(parser, facets);
                } else {
                    parser.skipChildren();
                }
            }
        }
        return facets(facets);
    }

    private static SearchResult.Facets facets(Map<Facet, List<SearchResult.FacetValue>> facets) {
        return new SearchResult.Facets(facets.getOrDefault(Facet.CATEGORIES, List.of()),
                facets.getOrDefault(Facet.AUTHORS, List.of()), facets.getOrDefault(Facet.PLACES, List.of()),
                facets.getOrDefault(Facet.SOURCES, List.of()), null);
    }

    /** {@code hits}: adds each hit and its sort values; returns {@code total.value}, or -1 when absent. */
    private static long hits(JsonParser parser, List<SearchResult.Hit> hits, List<String> urls,
            List<List<FieldValue>> sorts) {
        long total = -1;
        if (!parser.hasToken(JsonToken.START_OBJECT)) {
            parser.skipChildren();
            return total;
        }
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("total") && value == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    boolean isValue = parser.currentName().equals("value");
                    parser.nextToken();
                    if (isValue) {
                        total = parser.getValueAsLong(-1);
                    } else {
                        parser.skipChildren();
                    }
                }
            } else if (name.equals("hits") && value == JsonToken.START_ARRAY) {
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    hit(parser, hits, urls, sorts);
                }
            } else {
                parser.skipChildren();
            }
        }
        return total;
    }

    private static void hit(JsonParser parser, List<SearchResult.Hit> hits, List<String> urls,
            List<List<FieldValue>> sorts) {
        String id = null;
        String url = null;
        String title = null;
        List<String> authors = new ArrayList<>();
        String publishedAt = null;
        List<Category> categories = new ArrayList<>();
        Map<String, List<String>> highlight = Map.of();
        List<FieldValue> sort = List.of();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "_id" -> id = parser.getValueAsString();
                case "highlight" -> highlight = highlight(parser);
                case "sort" -> sort = sortValues(parser);
                case "_source" -> {
                    if (value != JsonToken.START_OBJECT) {
                        parser.skipChildren();
                        continue;
                    }
                    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                        String field = parser.currentName();
                        parser.nextToken();
                        switch (field) {
                            case "title" -> title = parser.getValueAsString();
                            case "url" -> url = parser.getValueAsString();
                            case "publishedAt" -> publishedAt = parser.getValueAsString();
                            case "authors" -> authors = strings(parser);
                            case "categories" -> categories = categories(parser);
                            default -> parser.skipChildren();
                        }
                    }
                }
                default -> parser.skipChildren();
            }
        }
        List<String> highlights = new ArrayList<>();
        for (String field : SearchQueryBuilder.HIGHLIGHTED_FIELDS) {
            highlights.addAll(highlight.getOrDefault(field, List.of()));
        }
        hits.add(new SearchResult.Hit(id, title, authors, publishedAt, categories, highlights, 0));
        urls.add(url);
        sorts.add(sort);
    }

    private static Map<String, List<String>> highlight(JsonParser parser) {
        if (!parser.hasToken(JsonToken.START_OBJECT)) {
            parser.skipChildren();
            return Map.of();
        }
        Map<String, List<String>> fragments = new HashMap<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            fragments.put(field, strings(parser));
        }
        return fragments;
    }

    /** An array of strings (an absent or null array: empty). */
    private static List<String> strings(JsonParser parser) {
        List<String> values = new ArrayList<>();
        if (!parser.hasToken(JsonToken.START_ARRAY)) {
            parser.skipChildren();
            return values;
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            values.add(parser.getValueAsString());
            parser.skipChildren();
        }
        return values;
    }

    private static List<Category> categories(JsonParser parser) {
        List<Category> categories = new ArrayList<>();
        if (!parser.hasToken(JsonToken.START_ARRAY)) {
            parser.skipChildren();
            return categories;
        }
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            String code = null;
            String label = null;
            double score = 0;
            String origin = null;
            List<String> evidence = null;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                    case "code" -> code = parser.getValueAsString();
                    case "label" -> label = parser.getValueAsString();
                    case "score" -> score = parser.getValueAsDouble(0);
                    case "origin" -> origin = parser.getValueAsString();
                    case "evidence" -> evidence = strings(parser);
                    default -> parser.skipChildren();
                }
            }
            categories.add(new Category(code, label, score, origin, evidence));
        }
        return categories;
    }

    /** Sort values as the Elasticsearch client reads them: integral numbers as longs, other numbers as doubles. */
    private static List<FieldValue> sortValues(JsonParser parser) {
        List<FieldValue> values = new ArrayList<>(2);
        if (!parser.hasToken(JsonToken.START_ARRAY)) {
            parser.skipChildren();
            return values;
        }
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            values.add(switch (token) {
                case VALUE_NUMBER_INT -> FieldValue.of(parser.getLongValue());
                case VALUE_NUMBER_FLOAT -> FieldValue.of(parser.getDoubleValue());
                case VALUE_STRING -> FieldValue.of(parser.getString());
                case VALUE_TRUE -> FieldValue.of(true);
                case VALUE_FALSE -> FieldValue.of(false);
                case VALUE_NULL -> FieldValue.NULL;
                default -> throw new StreamReadException(parser, "Sort values are scalars, not " + token);
            });
        }
        return values;
    }

    /**
     * {@code aggregations}: each facet's {@code terms} aggregation, alone or inside a {@code filter} aggregation
     * of the other facets' filters, and the timeline's first and last dates and periods, beside them or inside its
     * own {@code filter} aggregation; returns the timeline's counts ({@code NONE} when absent).
     */
    private Timeline.Counts aggregations(JsonParser parser, Map<Facet, List<SearchResult.FacetValue>> facets) {
        if (!parser.hasToken(JsonToken.START_OBJECT)) {
            parser.skipChildren();
            return Timeline.Counts.NONE;
        }
        TimelineParts timeline = new TimelineParts();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String aggregation = parser.currentName();
            Facet facet = FILTERED_FACETS.get(aggregation);
            Facet unfiltered = UNFILTERED_FACETS.get(aggregation);
            parser.nextToken();
            if (aggregation.equals(TIMELINE_AGGREGATION) && parser.hasToken(JsonToken.START_OBJECT)) {
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String part = parser.currentName();
                    parser.nextToken();
                    if (!timeline.read(parser, part)) {
                        parser.skipChildren();
                    }
                }
                continue;
            }
            if (timeline.read(parser, aggregation)) {
                continue;
            }
            if (unfiltered != null && parser.hasToken(JsonToken.START_OBJECT)) {
                facets.put(unfiltered, buckets(parser, unfiltered));
                continue;
            }
            if (facet == null || !parser.hasToken(JsonToken.START_OBJECT)) {
                parser.skipChildren();
                continue;
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                boolean isValues = parser.currentName().equals("sterms#" + SearchQueryBuilder.VALUES);
                parser.nextToken();
                if (isValues && parser.hasToken(JsonToken.START_OBJECT)) {
                    facets.put(facet, buckets(parser, facet));
                } else {
                    parser.skipChildren();
                }
            }
        }
        return timeline.counts();
    }

    private List<SearchResult.FacetValue> buckets(JsonParser parser, Facet facet) {
        List<SearchResult.FacetValue> values = new ArrayList<>();
        eachBucket(parser, () -> {
            String key = null;
            long count = 0;
            LabelHits document = null;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                switch (name) {
                    case "key" -> key = parser.getValueAsString();
                    case "doc_count" -> count = parser.getValueAsLong(0);
                    case "top_hits#" + SearchQueryBuilder.LABEL -> document = parser.readValueAs(LabelHits.class);
                    default -> parser.skipChildren();
                }
            }
            String label = facet.hasLabel() && document != null ? document.labelOf(facet, key) : null;
            values.add(new SearchResult.FacetValue(key, label, count));
        });
        return values;
    }

    /**
     * Runs {@code bucket} at the start of each object of a bucket aggregation's {@code buckets} array (it reads the
     * object to its end), skipping the aggregation's other properties.
     */
    private static void eachBucket(JsonParser parser, Runnable bucket) {
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            boolean isBuckets = parser.currentName().equals("buckets");
            parser.nextToken();
            if (!isBuckets || !parser.hasToken(JsonToken.START_ARRAY)) {
                parser.skipChildren();
                continue;
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                bucket.run();
            }
        }
    }

    /** The timeline's first and last dates and periods, as their aggregations are read. */
    private static final class TimelineParts {

        private LocalDate first;
        private LocalDate last;
        private final Map<LocalDate, Long> periods = new HashMap<>();

        /** Reads the aggregation the parser is at when {@code name} (typed) is one of the timeline's; else nothing. */
        boolean read(JsonParser parser, String name) {
            if (name.equals("min#" + SearchQueryBuilder.FIRST)) {
                first = dateValue(parser);
            } else if (name.equals("max#" + SearchQueryBuilder.LAST)) {
                last = dateValue(parser);
            } else if (name.equals("date_histogram#" + SearchQueryBuilder.PERIODS)) {
                if (parser.hasToken(JsonToken.START_OBJECT)) {
                    periods(parser, periods);
                } else {
                    parser.skipChildren();
                }
            } else {
                return false;
            }
            return true;
        }

        Timeline.Counts counts() {
            return new Timeline.Counts(first, last, null, periods);
        }
    }

    /** A {@code min} or {@code max} aggregation's date: its {@code value_as_string}; null when no document had one. */
    private static LocalDate dateValue(JsonParser parser) {
        if (!parser.hasToken(JsonToken.START_OBJECT)) {
            parser.skipChildren();
            return null;
        }
        LocalDate date = null;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            boolean isDate = parser.currentName().equals("value_as_string");
            parser.nextToken();
            if (isDate) {
                date = date(parser, parser.getValueAsString());
            } else {
                parser.skipChildren();
            }
        }
        return date;
    }

    private static void periods(JsonParser parser, Map<LocalDate, Long> periods) {
        eachBucket(parser, () -> {
            LocalDate start = null;
            long count = 0;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                switch (name) {
                    case "key_as_string" -> start = date(parser, parser.getValueAsString());
                    case "doc_count" -> count = parser.getValueAsLong(0);
                    default -> parser.skipChildren();
                }
            }
            if (start != null && count > 0) {
                periods.merge(start, count, Long::sum);
            }
        });
    }

    private static LocalDate date(JsonParser parser, String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new StreamReadException(parser, "Dates are asked for as yyyy-MM-dd, not " + value);
        }
    }

    private static void start(JsonParser parser, JsonToken expected) {
        if (parser.nextToken() != expected) {
            throw new StreamReadException(parser, "A search response is a JSON object");
        }
    }

    /** The one document a label query's bucket returns ({@code top_hits}), with only its labelled objects. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record LabelHits(LabelHitList hits) {

        /** The label of {@code code} in the bucket's document; the code itself if absent. */
        String labelOf(Facet facet, String code) {
            if (hits == null || hits.hits() == null || hits.hits().isEmpty()
                    || hits.hits().getFirst().source() == null) {
                return code;
            }
            List<Map<String, Object>> objects = hits.hits().getFirst().source().get(facet.objectField());
            for (Map<String, Object> object : objects == null ? List.<Map<String, Object>>of() : objects) {
                if (code.equals(object.get("code")) && object.get(facet.labelField()) instanceof String label
                        && !label.isBlank()) {
                    return label;
                }
            }
            return code;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record LabelHitList(List<LabelHit> hits) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record LabelHit(@JsonProperty("_source") Map<String, List<Map<String, Object>>> source) {
    }
}
