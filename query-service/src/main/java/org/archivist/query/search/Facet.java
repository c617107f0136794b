package org.archivist.query.search;

import java.util.List;
import java.util.function.Function;

/**
 * The facets of a search: each counts the values of one keyword field, and is also a filter. Categories
 * and places are arrays of objects, so their labels (category label, place name) are read from one
 * document of each bucket rather than counted beside the codes, where they would mix with the labels
 * of the other objects of the same document.
 */
enum Facet {

    CATEGORIES("categories", "categories.code", "categories", "label", SearchFilters::categories),
    AUTHORS("authors", "authors.keyword", null, null, SearchFilters::authors),
    PLACES("places", "places.code", "places", "name", SearchFilters::places),
    SOURCES("sources", "source", null, null, SearchFilters::sources);

    private final String key;
    private final String field;
    private final String objectField;
    private final String labelField;
    private final Function<SearchFilters, List<String>> selected;

    Facet(String key, String field, String objectField, String labelField,
            Function<SearchFilters, List<String>> selected) {
        this.key = key;
        this.field = field;
        this.objectField = objectField;
        this.labelField = labelField;
        this.selected = selected;
    }

    /** The name of the facet in the response and of its aggregation. */
    String key() {
        return key;
    }

    /** The keyword field counted and filtered on. */
    String field() {
        return field;
    }

    boolean hasLabel() {
        return objectField != null;
    }

    /** The array of objects holding the code and its label, e.g. {@code categories}. */
    String objectField() {
        return objectField;
    }

    /** The label's name inside each object, e.g. {@code label}. */
    String labelField() {
        return labelField;
    }

    /** The values of this facet the search filters on (OR between them); empty for none. */
    List<String> selectedIn(SearchFilters filters) {
        return selected.apply(filters);
    }
}
