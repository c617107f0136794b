package org.archivist.ingest.archive.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTagsTests {

    @ParameterizedTest
    @CsvSource({"en, en", "EN, en", "en-us, en-US", "en_US, en-US", "pt-br, pt-BR", "PT_BR, pt-BR",
            "zh-hant-tw, zh-Hant-TW", "es-419, es-419", "'en-US,en;q=0.9', en-US", "de-DE-1996, de-DE", "fil, fil"})
    void writesTagsInBcp47Case(String declared, String tag) {
        assertThat(LanguageTags.normalise(declared)).isEqualTo(tag);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"x-default", "*", "English", "1", "  "})
    void givesNullForWhatIsNoLanguageTag(String declared) {
        assertThat(LanguageTags.normalise(declared)).isNull();
    }
}
