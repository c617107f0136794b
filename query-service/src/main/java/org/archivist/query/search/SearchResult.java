package org.archivist.query.search;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** The body of {@code GET /api/search}, as DESIGN.md describes it. */
record SearchResult(long total, List<Hit> hits, Map<String, List<FacetValue>> facets, String nextCursor) {

    record Hit(String id, String title, JsonNode authors, String publishedAt, JsonNode categories,
            List<String> highlights) {
    }

    record FacetValue(String value, String label, long count) {
    }
}
