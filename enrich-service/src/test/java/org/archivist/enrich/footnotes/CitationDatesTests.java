package org.archivist.enrich.footnotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CitationDatesTests {

    /** The month names are ingest's too (MonthNames): a citation reads every language a byline does. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "October 13, 2020|2020-10-13",
            "13 octobre 2020|2020-10-13",
            "13 outubro 2020|2020-10-13",
            "13 oktober 2020|2020-10-13",
            "13 października 2020|2020-10-13",
            "13 октября 2020 г.|2020-10-13",
            "Oct 2020|2020-10" })
    void readsMonthNamesInTheLanguagesOfTheArchives(String text, String iso) {
        assertThat(CitationDates.find("Published " + text + "."))
                .extracting(CitationDates.DateMatch::iso).containsExactly(iso);
    }
}
