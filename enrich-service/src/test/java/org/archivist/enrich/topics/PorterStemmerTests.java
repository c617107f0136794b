package org.archivist.enrich.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PorterStemmerTests {

    @ParameterizedTest
    @CsvSource({
            "caresses, caress", "ponies, poni", "cats, cat", "agreed, agre", "plastered, plaster",
            "motoring, motor", "hopping, hop", "happy, happi", "relational, relat", "conditional, condit",
            "electrical, electr", "adjustment, adjust", "negotiations, negoti", "negotiation, negoti",
            "negotiate, negoti", "elections, elect", "is, is", "économie, économie"})
    void stemsLikePorters1980Algorithm(String word, String stem) {
        assertThat(PorterStemmer.stem(word)).isEqualTo(stem);
    }

    @ParameterizedTest
    @CsvSource({"Negotiations, negoti", "innings, innings", "news, news", "détectives, detectives",
            "government's, govern", "don't, dont"})
    void normalisesWordsBeforeStemming(String text, String stem) {
        assertThat(Words.stems(text)).containsExactly(stem);
    }
}
