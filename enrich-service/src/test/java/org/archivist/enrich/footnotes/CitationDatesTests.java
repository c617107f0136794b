package org.archivist.enrich.footnotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
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

    /**
     * The search tries the pattern only where a date can start; it must find what trying every position finds,
     * on every citation of the sets from every offset (the parser hands it the text after a title) and on odd text.
     */
    @Test
    void findsWhatTryingEveryPositionFinds() throws IOException {
        List<String> texts = new ArrayList<>(List.of("x2020-10-12", "№2020", "²October 12, 2020", "Ⅻ 12 May 2020",
                "𝐀October 2020", "October2020", "Spring 2021, May 2021", "Notes 12, 2020", "12.10.2020.",
                "03/04/2021 and 13/04/2021", "12 de octubre de 2020", "13 октября 2020 г.", "ſeptember 2020",
                "2020–2021", "ISBN 978-1-2020-1999-0", "\u212Aov 2020", "1899 1900 2099 2100", "a 2020b"));
        for (String file : List.of("/footnotes/citations.jsonl", "/footnotes/citations-holdout.jsonl")) {
            try (InputStream in = CitationDatesTests.class.getResourceAsStream(file)) {
                texts.addAll(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
            }
        }
        for (String text : texts) {
            for (int from = 0; from < text.length(); from++) {
                String s = text.substring(from);
                assertThat(CitationDates.find(s)).as(s).isEqualTo(CitationDates.findTryingEveryPosition(s));
            }
        }
    }
}
