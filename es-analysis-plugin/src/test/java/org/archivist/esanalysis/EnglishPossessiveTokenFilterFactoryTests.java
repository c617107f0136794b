package org.archivist.esanalysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnglishPossessiveTokenFilterFactoryTests {

    private final EnglishPossessiveTokenFilterFactory possessive = new EnglishPossessiveTokenFilterFactory();

    @Test
    void stripsStraightAndTypographicPossessives() {
        assertThat(Terms.of(possessive, "Erdoğan's Müller’s")).containsExactly("Erdoğan", "Müller");
    }

    @Test
    void keepsWordsWithoutPossessive() {
        assertThat(Terms.of(possessive, "prisoners its it's")).containsExactly("prisoners", "its", "it");
    }

    @Test
    void leavesMultiTermQueryInputAlone() {
        assertThat(Terms.normalized(possessive, "Erdoğan's")).containsExactly("Erdoğan's");
    }
}
