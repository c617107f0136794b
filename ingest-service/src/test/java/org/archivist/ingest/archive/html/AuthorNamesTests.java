package org.archivist.ingest.archive.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AuthorNamesTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "By Jane Doe               ~ Jane Doe",
            "by Jane Doe               ~ Jane Doe",
            "BY: Jane Doe              ~ Jane Doe",
            "View all posts by Jane Doe ~ Jane Doe",
            "Posts by Jane Doe         ~ Jane Doe",
            "More from Jane Doe        ~ Jane Doe",
            "Written by Jane Doe       ~ Jane Doe",
            "Analysis by Jane Doe      ~ Jane Doe",
            "Von Katrin Müller         ~ Katrin Müller",
            "Par Élodie Garnier        ~ Élodie Garnier",
            "Por Núria Puigdevall      ~ Núria Puigdevall",
            "Автор: Анна Ершова        ~ Анна Ершова",
            "Текст: Венера Ерофеева    ~ Венера Ерофеева",
    })
    void dropsTheWordsBeforeTheName(String credit) {
        String[] parts = credit.split("~");
        assertThat(AuthorNames.of(parts[0].strip())).containsExactly(parts[1].strip());
    }

    @Test
    void splitsNamesOnAndCommasAndAmpersands() {
        assertThat(AuthorNames.of("by Grace Aoki and Martin Ruiz")).containsExactly("Grace Aoki", "Martin Ruiz");
        assertThat(AuthorNames.of("A One, B Two and C Three")).containsExactly("A One", "B Two", "C Three");
        assertThat(AuthorNames.of("A One & B Two")).containsExactly("A One", "B Two");
        assertThat(AuthorNames.of("Анна Ершова и Игорь Лапин")).containsExactly("Анна Ершова", "Игорь Лапин");
    }

    @Test
    void dropsTheRoleAfterACommaOrBar() {
        assertThat(AuthorNames.of("Jane Doe, Staff Writer")).containsExactly("Jane Doe");
        assertThat(AuthorNames.of("Jane Doe | Reporter")).containsExactly("Jane Doe");
        assertThat(AuthorNames.of("By TOM KRISHER, AP Auto Writer")).containsExactly("TOM KRISHER");
        assertThat(AuthorNames.of("Analysis by Chris Cillizza, CNN Editor-at-large")).containsExactly("Chris Cillizza");
        assertThat(AuthorNames.of("Amy Kuperinsky | NJ Advance Media for NJ.com")).containsExactly("Amy Kuperinsky");
        assertThat(AuthorNames.of("Jane Doe (Reuters)")).containsExactly("Jane Doe");
    }

    @Test
    void dropsTheEmployerAndCredentialsAfterTheNames() {
        assertThat(AuthorNames.of("By MEG KINNARD and ERRIN HAINES, Associated Press"))
                .containsExactly("MEG KINNARD", "ERRIN HAINES");
        assertThat(AuthorNames.of("Sandee LaMotte, CNN")).containsExactly("Sandee LaMotte");
        assertThat(AuthorNames.of("Jill Disis, CNN Business")).containsExactly("Jill Disis");
        assertThat(AuthorNames.of("Ilana Muhlstein, MS, RDN")).containsExactly("Ilana Muhlstein");
        assertThat(AuthorNames.of("Finian Cunningham. Sputnik International")).containsExactly("Finian Cunningham");
    }

    @Test
    void keepsAnAgencyThatIsTheWholeCredit() {
        assertThat(AuthorNames.of("Associated Press")).containsExactly("Associated Press");
        assertThat(AuthorNames.of("Reuters")).containsExactly("Reuters");
    }

    @Test
    void dropsTrailingDatesEmailsAndHandles() {
        assertThat(AuthorNames.of("Maren Estrada November 19th, 2019 at 8:40 AM")).containsExactly("Maren Estrada");
        assertThat(AuthorNames.of("Jeff Foust Monday, November 18")).containsExactly("Jeff Foust");
        assertThat(AuthorNames.of("By Jane Doe on 3 March 2021")).containsExactly("Jane Doe");
        assertThat(AuthorNames.of("Jane Doe jane.doe@example.com")).containsExactly("Jane Doe");
        assertThat(AuthorNames.of("Jane Doe @janedoe")).containsExactly("Jane Doe");
        assertThat(AuthorNames.of("Jane Doe - 2019-04-10")).containsExactly("Jane Doe");
    }

    @Test
    void aSentenceThatStartsWithByIsNoByline() {
        assertThat(AuthorNames.of("By popular request we are now open on Thursday evenings")).isEmpty();
        assertThat(AuthorNames.of("bell hooks")).containsExactly("bell hooks");
    }

    @Test
    void keepsInitialsParticlesApostrophesAndHyphens() {
        assertThat(AuthorNames.of("Sarah E. Needleman")).containsExactly("Sarah E. Needleman");
        assertThat(AuthorNames.of("Marcus de Guzman")).containsExactly("Marcus de Guzman");
        assertThat(AuthorNames.of("Seán O'Brien-Ní Dhuibhir")).containsExactly("Seán O'Brien-Ní Dhuibhir");
        assertThat(AuthorNames.of("JUAN ZAMORANO")).containsExactly("JUAN ZAMORANO");
    }

    @Test
    void keepsAMonthThatIsAName() {
        assertThat(AuthorNames.of("By Brian May")).containsExactly("Brian May");
        assertThat(AuthorNames.of("April Ryan")).containsExactly("April Ryan");
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "jdadmin", "Administrator", "rmb8090", "kei_eno", "Courier Staff", "Staff Reports",
            "HNN Staff", "JERUSALEM POST STAFF", "News Nation Bureau", "Editorial", "Гость", "Редакция",
            "https://www.facebook.com/inexhibit.mag", "www.example.com", "The Russian, Syrian defense ministries",
            "By the end of the year the council had agreed", "", "   ", "12 March 2021"})
    void givesNothingForWhatIsNoName(String credit) {
        assertThat(AuthorNames.of(credit)).isEmpty();
    }

    @Test
    void givesNothingForATooLongCredit() {
        assertThat(AuthorNames.of("A".repeat(61))).isEmpty();
        assertThat(AuthorNames.of("One Two Three Four Five Six Seven")).isEmpty();
        assertThat(AuthorNames.of(null)).isEmpty();
    }

    @Test
    void listsEachNameOnce() {
        assertThat(AuthorNames.of("Jane Doe and jane doe, Jane Doe")).isEqualTo(List.of("Jane Doe"));
    }
}
