package org.archivist.enrich.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;

import org.archivist.contract.Place;
import org.archivist.enrich.EnrichmentTable;
import org.junit.jupiter.api.Test;

class GazetteerTests {

    private final PlaceFinder finder =
            new PlaceFinder(Gazetteer.load(EnrichmentTable.classpath("places/test-gazetteer.txt", "table")));

    private int mentions(String text) {
        return finder.find(List.of(text)).stream().mapToInt(Place::mentions).sum();
    }

    @Test
    void addsPluralsToDemonymsEndingInAnOrI() {
        assertThat(mentions("Alandians and Alandis")).isEqualTo(2);
        assertThat(mentions("Alandeses")).isZero();
    }

    @Test
    void findsNamesDemonymsAndPlaces() {
        assertThat(finder.find(List.of("Aland, an Alandese, Alandville"))).containsExactly(new Place("AA", "Aland", 3));
    }

    @Test
    void countsNeitherStopPhrasesNorCues() {
        assertThat(mentions("New Aland and the Alandish King")).isZero();
    }

    @Test
    void rejectsANameGivenToTwoCountries() {
        assertThatIllegalStateException()
                .isThrownBy(() ->
                        Gazetteer.load(EnrichmentTable.classpath("places/test-gazetteer-conflict.txt", "table")))
                .withMessageContaining("'Aland'").withMessageContaining("test-gazetteer-conflict.txt:2");
    }
}
