package org.archivist.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MonthNamesTests {

    @ParameterizedTest
    @CsvSource({ "January, 1", "jan, 1", "SEPT, 9", "février, 2", "März, 3", "março, 3", "мая, 5", "января, 1",
            "października, 10", "augustus, 8", "dic, 12", "Dezember, 12", "Mär, 3", "ago, 8" })
    void namesAndAbbreviationsInAnyCase(String word, int month) {
        assertThat(MonthNames.number(word)).isEqualTo(month);
    }

    @ParameterizedTest
    @CsvSource({ "Monday", "janu", "13", "''", "the" })
    void otherWordsNameNoMonth(String word) {
        assertThat(MonthNames.number(word)).isZero();
    }

    @org.junit.jupiter.api.Test
    void nullNamesNoMonth() {
        assertThat(MonthNames.number(null)).isZero();
    }
}
