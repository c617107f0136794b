package org.archivist.query.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.archivist.contract.Category;
import org.junit.jupiter.api.Test;

class FacetLabelsTests {

    private final FacetLabels labels = new FacetLabels();

    private static SearchResult.Facets facets(List<SearchResult.FacetValue> categories,
            List<SearchResult.FacetValue> places) {
        return new SearchResult.Facets(categories, List.of(new SearchResult.FacetValue("Ana Müller", null, 3)), places,
                List.of(new SearchResult.FacetValue("wire", null, 1)), new SearchResult.DateFacet("year",
                        List.of(new SearchResult.DateBucket("2024", "2024-01-01", "2024-12-31", 4))));
    }

    private static SearchResult.FacetValue value(String code, String label) {
        return new SearchResult.FacetValue(code, label, 1);
    }

    private static SearchResult.Hit hit(Category... categories) {
        return new SearchResult.Hit("a", "t", List.of(), null, List.of(categories), List.of(), 0);
    }

    private static Category category(String code, String label) {
        return new Category(code, label, 0.9, "inferred", List.of());
    }

    @Test
    void everyLabelledCodeIsUnknownAtFirstAndAuthorsAndSourcesNeverAre() {
        SearchResult.Facets facets = facets(List.of(value("medtop:06000000", null)), List.of(value("BR", null)));

        assertThat(labels.unknown(facets)).isEqualTo(Map.of(Facet.CATEGORIES, List.of("medtop:06000000"),
                Facet.PLACES, List.of("BR")));
    }

    @Test
    void categoryLabelsAreLearntFromTheHits() {
        labels.learn(List.of(hit(category("medtop:06000000", "environment")), hit()));
        SearchResult.Facets facets = facets(List.of(value("medtop:06000000", null)), List.of());

        assertThat(labels.unknown(facets)).isEmpty();
        assertThat(labels.apply(facets).categories()).containsExactly(value("medtop:06000000", "environment"));
    }

    @Test
    void labelsFoundByALabelQueryAreKeptAndCodesWithoutOneStandForThemselves() {
        labels.learn(facets(List.of(value("medtop:06000000", "environment")), List.of(value("BR", "Brazil"))));
        SearchResult.Facets facets = facets(List.of(value("medtop:06000000", null), value("source:odd", null)),
                List.of(value("BR", null)));

        assertThat(labels.unknown(facets)).isEqualTo(Map.of(Facet.CATEGORIES, List.of("source:odd")));
        SearchResult.Facets labelled = labels.apply(facets);
        assertThat(labelled.categories()).containsExactly(value("medtop:06000000", "environment"),
                value("source:odd", "source:odd"));
        assertThat(labelled.places()).containsExactly(value("BR", "Brazil"));
        assertThat(labelled.authors()).containsExactly(new SearchResult.FacetValue("Ana Müller", null, 3));
        assertThat(labelled.publishedAt()).isEqualTo(facets.publishedAt());
    }

    @Test
    void aLabelQueryThatFoundNothingLeavesTheCodeUnknown() {
        labels.learn(facets(List.of(value("medtop:06000000", null)), List.of()));

        assertThat(labels.unknown(facets(List.of(value("medtop:06000000", null)), List.of()))).hasSize(1);
    }

    @Test
    void keepsAtMostCapacityCodesPerFacetDroppingTheLeastRecentlyUsed() {
        for (int n = 0; n <= FacetLabels.CAPACITY; n++) {
            labels.learn(List.of(hit(category("c" + n, "label " + n))));
            if (n == FacetLabels.CAPACITY - 1) {
                labels.apply(facets(List.of(value("c0", null)), List.of())); // c0 used again: c1 is now the eldest
            }
        }

        SearchResult.Facets facets = facets(List.of(value("c0", null), value("c1", null), value("c2", null)), List.of());
        assertThat(labels.unknown(facets)).isEqualTo(Map.of(Facet.CATEGORIES, List.of("c1")));
    }
}
