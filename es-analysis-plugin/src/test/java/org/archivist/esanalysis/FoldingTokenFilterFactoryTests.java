package org.archivist.esanalysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldingTokenFilterFactoryTests {

    private final FoldingTokenFilterFactory folding = new FoldingTokenFilterFactory();

    @Test
    void foldsPortugueseTurkishAndGermanLettersToAscii() {
        assertThat(Terms.of(folding, "São Paulo Erdoğan Müller İstanbul ılık")).containsExactly("Sao", "Paulo",
                "Erdogan", "Muller", "Istanbul", "ilik");
    }

    @Test
    void leavesAsciiTermsUnchanged() {
        assertThat(Terms.of(folding, "Sao Paulo negotiations")).containsExactly("Sao", "Paulo", "negotiations");
    }

    @Test
    void foldsMultiTermQueryInputToo() {
        assertThat(Terms.normalized(folding, "São* Erdoğ?n")).containsExactly("Sao*", "Erdog?n");
    }

    @Test
    void isNamedArchivistFolding() {
        assertThat(FoldingTokenFilterFactory.class.getAnnotation(org.elasticsearch.plugin.NamedComponent.class)
                .value()).isEqualTo("archivist_folding");
    }
}
