package org.archivist.esanalysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnglishStemTokenFilterFactoryTests {

    private final EnglishStemTokenFilterFactory stem = new EnglishStemTokenFilterFactory();

    @Test
    void stemsPluralsToTheSingular() {
        assertThat(Terms.of(stem, "negotiations negotiation prisoners prisoner countries policies"))
                .containsExactly("negotiation", "negotiation", "prisoner", "prisoner", "country", "policy");
    }

    @Test
    void stemsVerbFormsToTheBaseWord() {
        assertThat(Terms.of(stem, "negotiated negotiating negotiate")).containsExactly("negotiate", "negotiate",
                "negotiate");
    }

    @Test
    void keepsApartWordsThatPorterWouldMerge() {
        assertThat(Terms.of(stem, "news new uses us organization organ united unit"))
                .containsExactly("news", "new", "use", "us", "organization", "organ", "united", "unit");
    }

    @Test
    void leavesMultiTermQueryInputAlone() {
        assertThat(Terms.normalized(stem, "negotiations")).containsExactly("negotiations");
    }
}
