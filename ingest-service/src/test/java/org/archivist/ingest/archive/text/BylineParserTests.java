package org.archivist.ingest.archive.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BylineParserTests {

    @Test
    void readsAThemeHeaderWithDateThenAuthor() {
        BylineParser.Byline byline = BylineParser.header("Posted 9 April 2007 by Geoff Tanner");
        assertThat(byline.authors()).containsExactly("Geoff Tanner");
        assertThat(byline.date()).isEqualTo(LocalDate.of(2007, 4, 9));
    }

    @Test
    void readsAThemeHeaderWithSeveralAuthors() {
        BylineParser.Byline byline = BylineParser.header("Posted on September 14, 2022 by Ana Pérez and Jo Lind");
        assertThat(byline.authors()).containsExactly("Ana Pérez", "Jo Lind");
        assertThat(byline.date()).isEqualTo(LocalDate.of(2022, 9, 14));
    }

    @Test
    void readsAByLineWithADate() {
        BylineParser.Byline byline = BylineParser.header("By Harbor Desk - March 3, 2021");
        assertThat(byline.authors()).containsExactly("Harbor Desk");
        assertThat(byline.date()).isEqualTo(LocalDate.of(2021, 3, 3));
    }

    @Test
    void readsABareDate() {
        BylineParser.Byline byline = BylineParser.header("Monday, 3 March 2021");
        assertThat(byline.authors()).isEmpty();
        assertThat(byline.date()).isEqualTo(LocalDate.of(2021, 3, 3));
    }

    @Test
    void readsAThemeHeaderInOtherLanguages() {
        assertThat(BylineParser.header("Publié le 14 février 2023 par Élodie Garnier").authors()).containsExactly("Élodie Garnier");
        assertThat(BylineParser.header("Опубликовано 14 сентября 2022 автором Анна Ершова").authors())
                .containsExactly("Анна Ершова");
    }

    @ParameterizedTest
    @ValueSource(strings = {"By the end of the year the council had agreed the budget.",
            "The plan was approved by Harbour Council.", ""})
    void readsNoBylineFromASentence(String line) {
        assertThat(BylineParser.header(line)).isNull();
    }

    @Test
    void findsABylineGluedToTheStandfirst() {
        BylineParser.Glued glued = BylineParser.glued("The harbour wall will be rebuilt in spring.By Harbor Desk -March 3, 2021");
        assertThat(glued.standfirst()).isEqualTo("The harbour wall will be rebuilt in spring.");
        assertThat(glued.byline().authors()).containsExactly("Harbor Desk");
        assertThat(glued.byline().date()).isEqualTo(LocalDate.of(2021, 3, 3));
    }

    @Test
    void aNameMayEndWithAnInitialWhoseDotStays() {
        assertThat(BylineParser.names("Dana P.", true)).containsExactly("Dana P.");
        assertThat(BylineParser.names("Jane Doe.", true)).containsExactly("Jane Doe");
    }

    @Test
    void strictNamesMayHoldParticlesButNoDigits() {
        assertThat(BylineParser.names("Ana de la Cruz", true)).containsExactly("Ana de la Cruz");
        assertThat(BylineParser.names("Agent 47", true)).isEmpty();
        assertThat(BylineParser.names("user_47", false)).containsExactly("user_47");
    }

    @Test
    void overlongOrManyWordedNamesAreNoNames() {
        assertThat(BylineParser.names("A".repeat(61), false)).isEmpty();
        assertThat(BylineParser.names("Ann Bo Cy Di Ed Flo Gus", true)).isEmpty();
        assertThat(BylineParser.names("Ann Bo Cy Di Ed Flo", true)).containsExactly("Ann Bo Cy Di Ed Flo");
    }

    @Test
    void strictNamesMustBeCapitalisedWords() {
        assertThat(BylineParser.names("Jane Doe and John Roe", true)).containsExactly("Jane Doe", "John Roe");
        assertThat(BylineParser.names("the end of the year", true)).isEmpty();
        assertThat(BylineParser.names("admin", false)).containsExactly("admin");
    }
}
