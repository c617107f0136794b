package org.archivist.query.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class SearchParametersTests {

    static SearchParameters search(String text, List<String> places, SearchSort sort, int size) {
        return new SearchParameters(text, new SearchFilters(List.of(), List.of(), places, List.of(), null, null), sort,
                size, null);
    }

    @Test
    void fingerprintIgnoresOrderOfFilterValuesAndPageSize() {
        assertThat(search("x", List.of("BR", "TR"), SearchSort.RELEVANCE, 10).fingerprint())
                .isEqualTo(search("x", List.of("TR", "BR"), SearchSort.RELEVANCE, 50).fingerprint());
    }

    @Test
    void fingerprintChangesWithTextFiltersAndSort() {
        String base = search("x", List.of("BR"), SearchSort.RELEVANCE, 10).fingerprint();

        assertThat(search("y", List.of("BR"), SearchSort.RELEVANCE, 10).fingerprint()).isNotEqualTo(base);
        assertThat(search("x", List.of("TR"), SearchSort.RELEVANCE, 10).fingerprint()).isNotEqualTo(base);
        assertThat(search("x", List.of("BR"), SearchSort.OLDEST, 10).fingerprint()).isNotEqualTo(base);
        assertThat(search(null, List.of("BR"), SearchSort.RELEVANCE, 10).fingerprint()).isNotEqualTo(base);
    }

    @Test
    void fingerprintTellsWhichFilterAValueBelongsTo() {
        SearchParameters asPlace = search(null, List.of("BR"), SearchSort.NEWEST, 10);
        SearchParameters asSource = new SearchParameters(null, new SearchFilters(List.of(), List.of(), List.of(),
                List.of("BR"), null, null), SearchSort.NEWEST, 10, null);

        assertThat(asPlace.fingerprint()).isNotEqualTo(asSource.fingerprint());
    }

    @Test
    void fingerprintChangesWithDates() {
        SearchParameters undated = search(null, List.of(), SearchSort.NEWEST, 10);
        SearchParameters dated = new SearchParameters(null, new SearchFilters(List.of(), List.of(), List.of(),
                List.of(), LocalDate.of(2024, 1, 1), null), SearchSort.NEWEST, 10, null);

        assertThat(dated.fingerprint()).isNotEqualTo(undated.fingerprint());
    }

    @Test
    void fingerprintIsShortAndUrlSafe() {
        assertThat(search("São Paulo", List.of(), SearchSort.RELEVANCE, 10).fingerprint()).matches("[A-Za-z0-9_-]{16}");
    }
}
