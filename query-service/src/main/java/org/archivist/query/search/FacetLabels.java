package org.archivist.query.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.archivist.contract.Category;

/**
 * The labels of facet codes (a category's label, a place's name) seen so far, so that a search need not read one
 * document per facet bucket to show them: that {@code top_hits} per bucket doubled the cost of a search on 150k
 * articles (docs/BENCHMARKS.md). Codes are learnt from the hits a search returns and, for the rest, from one small
 * label query the first time they appear. At most {@value #CAPACITY} codes per facet are kept, least recently used
 * going first. A label changed in the taxonomy shows its old text until the service restarts. Thread-safe; plain
 * Java.
 */
final class FacetLabels {

    static final int CAPACITY = 10_000;

    private final Map<Facet, Map<String, String>> labels = new EnumMap<>(Facet.class);

    FacetLabels() {
        for (Facet facet : Facet.values()) {
            if (facet.hasLabel()) {
                labels.put(facet, new LinkedHashMap<>(256, 0.75f, true) {
                    @Override
                    protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                        return size() > CAPACITY;
                    }
                });
            }
        }
    }

    /** Learns the category labels the hits carry. */
    synchronized void learn(List<SearchResult.Hit> hits) {
        Map<String, String> categories = labels.get(Facet.CATEGORIES);
        for (SearchResult.Hit hit : hits) {
            for (Category category : hit.categories() == null ? List.<Category>of() : hit.categories()) {
                if (category.code() != null && category.label() != null && !category.label().isBlank()) {
                    categories.put(category.code(), category.label());
                }
            }
        }
    }

    /** Learns the labels a label query found (labels are null where it found none). */
    synchronized void learn(SearchResult.Facets found) {
        for (Facet facet : labels.keySet()) {
            for (SearchResult.FacetValue value : values(found, facet)) {
                if (value.label() != null) {
                    labels.get(facet).put(value.value(), value.label());
                }
            }
        }
    }

    /** Per labelled facet, the codes of these facets whose label is not known yet; empty when all are. */
    synchronized Map<Facet, List<String>> unknown(SearchResult.Facets facets) {
        Map<Facet, List<String>> unknown = new EnumMap<>(Facet.class);
        for (Facet facet : labels.keySet()) {
            List<String> codes = new ArrayList<>();
            for (SearchResult.FacetValue value : values(facets, facet)) {
                if (!labels.get(facet).containsKey(value.value())) {
                    codes.add(value.value());
                }
            }
            if (!codes.isEmpty()) {
                unknown.put(facet, codes);
            }
        }
        return unknown;
    }

    /** The facets with the known labels filled in; a code with no known label is its own label. */
    synchronized SearchResult.Facets apply(SearchResult.Facets facets) {
        return new SearchResult.Facets(labelled(facets, Facet.CATEGORIES), facets.authors(),
                labelled(facets, Facet.PLACES), facets.sources(), facets.publishedAt());
    }

    private List<SearchResult.FacetValue> labelled(SearchResult.Facets facets, Facet facet) {
        Map<String, String> known = labels.get(facet);
        return values(facets, facet).stream()
                .map(v -> new SearchResult.FacetValue(v.value(), known.getOrDefault(v.value(), v.value()), v.count()))
                .toList();
    }

    private static List<SearchResult.FacetValue> values(SearchResult.Facets facets, Facet facet) {
        List<SearchResult.FacetValue> values = switch (facet) {
            case CATEGORIES -> facets.categories();
            case AUTHORS -> facets.authors();
            case PLACES -> facets.places();
            case SOURCES -> facets.sources();
        };
        return values == null ? List.of() : values;
    }
}
