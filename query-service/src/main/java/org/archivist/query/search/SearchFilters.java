package org.archivist.query.search;

import java.time.LocalDate;
import java.util.List;

/**
 * The filters of a search. Filters combine with AND; the values of one filter with OR.
 *
 * @param categories {@code categories.code} values (IPTC {@code medtop:…} or {@code source:…} codes)
 * @param authors    exact author names
 * @param places     ISO 3166-1 alpha-2 country codes
 * @param sources    source names
 * @param from       first publication day included, or null
 * @param to         last publication day included, or null
 */
record SearchFilters(List<String> categories, List<String> authors, List<String> places, List<String> sources,
        LocalDate from, LocalDate to) {

    static final SearchFilters NONE = new SearchFilters(List.of(), List.of(), List.of(), List.of(), null, null);

    SearchFilters {
        categories = List.copyOf(categories);
        authors = List.copyOf(authors);
        places = List.copyOf(places);
        sources = List.copyOf(sources);
    }

    boolean hasDateRange() {
        return from != null || to != null;
    }
}
