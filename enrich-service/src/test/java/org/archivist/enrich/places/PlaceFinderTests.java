package org.archivist.enrich.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.archivist.contract.Article;
import org.archivist.contract.Place;
import org.archivist.enrich.EnrichmentTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceFinderTests {

    private static final PlaceFinder FINDER = new PlaceFinder();

    private static List<String> codes(String... paragraphs) {
        return FINDER.find(Arrays.asList(paragraphs)).stream().map(Place::code).toList();
    }

    private static Map<String, Integer> mentions(String... paragraphs) {
        return FINDER.find(Arrays.asList(paragraphs)).stream()
                .collect(Collectors.toMap(Place::code, Place::mentions));
    }

    @Test
    void loadsAllSovereignCountriesAndCommonTerritories() {
        Gazetteer gazetteer = Gazetteer.load(EnrichmentTable.classpath("places/gazetteer.txt", "table"));

        assertThat(gazetteer.countries()).isGreaterThanOrEqualTo(195);
        assertThat(gazetteer.name("TW")).isEqualTo("Taiwan");
        assertThat(gazetteer.name("XK")).isEqualTo("Kosovo");
        assertThat(gazetteer.name("PS")).isEqualTo("Palestine");
        assertThat(gazetteer.name("HK")).isEqualTo("Hong Kong");
    }

    @Test
    void findsCountriesInTitleAndParagraphsWithNamesAndCounts() {
        Article article = new Article(1, "id", "test", null, "Brazil and Argentina sign trade deal", List.of(), null,
                List.of(), List.of(), List.of("Brazil will cut tariffs.", "Argentine officials welcomed it."),
                List.of(), List.of(), null, null, null, null, null, false, null);

        assertThat(FINDER.find(article)).containsExactly(new Place("AR", "Argentina", 2),
                new Place("BR", "Brazil", 2));
    }

    @Test
    void sortsByMentionsThenByCode() {
        assertThat(codes("France, Spain and Italy met. Italy hosted; Spain and Italy agreed."))
                .containsExactly("IT", "ES", "FR");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "The United States imposed tariffs.|US",
            "The U.S. economy grew.|US",
            "Officials in the USA disagreed.|US",
            "the United States of America said|US",
            "America's allies were worried.|US",
            "The UK and U.K. are the same.|GB",
            "Britain voted to leave.|GB",
            "Burma, now called Myanmar, held a vote.|MM",
            "Talks in Côte d'Ivoire and in Cote d’Ivoire.|CI",
            "Czechia, formerly the Czech Republic.|CZ",
            "Türkiye and Turkiye are official spellings.|TR",
            "The Democratic Republic of the Congo held elections.|CD",
            "The DRC and DR Congo are one country.|CD",
            "The Republic of the Congo borders Gabon.|CG;GA",
            "Taiwan, Kosovo, Palestine and Hong Kong.|HK;PS;TW;XK",
            "Россия и Украина|RU;UA",
            "Президент России прибыл в Киев|RU;UA",
            "Беларусь и Казахстан|BY;KZ"})
    void findsOfficialCommonAndAlternativeNames(String text, String expected) {
        assertThat(codes(text)).containsExactlyInAnyOrder(expected.split(";"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Brazilian farmers protested.|BR",
            "Several Brazilians were hurt.|BR",
            "The French president spoke.|FR",
            "Israeli and Pakistani diplomats met.|IL;PK",
            "A Turkish court ruled.|TR",
            "Filipino workers went home.|PH",
            "Swiss banks and Dutch pension funds.|CH;NL",
            "российский рынок|RU"})
    void findsDemonyms(String text, String expected) {
        assertThat(codes(text)).containsExactlyInAnyOrder(expected.split(";"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Officials in Brasília said.|BR",
            "Officials in Brasilia said.|BR",
            "Shelling in Kyiv continued.|UA",
            "Shelling in Kiev continued.|UA",
            "Talks in Nuku'alofa ended.|TO",
            "Protests in N'Djamena.|TD",
            "The rally in Port-au-Prince.|HT",
            "Floods in São Paulo and Sao Paulo.|BR"})
    void findsCapitalsAndMajorCities(String text, String expected) {
        assertThat(codes(text)).containsExactlyInAnyOrder(expected.split(";"));
    }

    @Test
    void matchesWholeWordsOnly() {
        assertThat(codes("Romania and Germanic tribes; Chinatown; Indiana; Malice; Perugia; Nigerias")).containsExactly(
                "RO");
    }

    @Test
    void isCaseSensitiveForProperNouns() {
        assertThat(codes("we ate turkey and fine china while chile peppers roasted and the jordan almonds"))
                .isEmpty();
    }

    @Test
    void readsTurkeyCapitalisedMidSentenceAsTheCountry() {
        assertThat(codes("Exports to Turkey rose sharply last year.")).containsExactly("TR");
    }

    @Test
    void readsSentenceInitialTurkeyAsTheBirdWhenTheTextIsAboutTheBird() {
        assertThat(codes("Farmers raised more turkeys this year. Turkey prices rose before Thanksgiving."))
                .isEmpty();
        assertThat(codes("Turkey raised interest rates again. The lira fell.")).containsExactly("TR");
    }

    @Test
    void acceptsUsOnlyInUpperCaseAndNotInShoutedText() {
        assertThat(codes("Let us talk about trade.")).isEmpty();
        assertThat(codes("LET US PRAY")).isEmpty();
        assertThat(codes("The US and the EU agreed.")).containsExactly("US");
        assertThat(codes("US-EU talks resumed.")).containsExactly("US");
    }

    @Test
    void readsGeorgiaAsTheCountryWithCaucasianContext() {
        assertThat(codes("Protesters filled the streets of Georgia. Police in Tbilisi used water cannon."))
                .containsExactly("GE");
        assertThat(codes("Georgia has accused Russia of occupying Abkhazia.")).containsExactlyInAnyOrder("GE", "RU");
        assertThat(mentions("Georgia and Armenia share a border in the Caucasus.")).containsEntry("GE", 1);
    }

    @Test
    void readsGeorgiaAsTheUsStateWithUsStateContext() {
        assertThat(codes("Voters in Georgia lined up in Atlanta on Tuesday.")).isEmpty();
        assertThat(codes("The governor of Georgia signed the bill.")).isEmpty();
        assertThat(codes("Storms hit Georgia and South Carolina.")).isEmpty();
    }

    @Test
    void readsGeorgiaAsTheCountryWithoutAnyContext() {
        assertThat(codes("Georgia applied to join the European Union.")).containsExactly("GE");
    }

    @Test
    void readsGeorgianAsTheCountryButNotTheArchitecturalStyle() {
        assertThat(codes("The Georgian government resigned.")).containsExactly("GE");
        assertThat(codes("They restored a Georgian terrace in Bath.")).isEmpty();
    }

    @Test
    void readsJordanAsAPersonInAFullName() {
        assertThat(codes("Michael Jordan won six titles.")).isEmpty();
        assertThat(codes("Jordan Henderson scored twice.")).isEmpty();
        assertThat(codes("Mr. Jordan declined to comment.")).isEmpty();
    }

    @Test
    void readsJordanAsAPersonWhenTheTextUsesTheNameForAPerson() {
        assertThat(codes("Michael Jordan retired in 2003. Jordan later bought a team.")).isEmpty();
        assertThat(codes("Jordan said he was proud of the team.")).isEmpty();
    }

    @Test
    void readsJordanAsTheCountryWithALocativeOrContext() {
        assertThat(codes("Refugees fled to Jordan last year.")).containsExactly("JO");
        assertThat(codes("Jordan said it would reopen the border crossing near Amman.")).containsExactly("JO");
        assertThat(codes("Jordan, Egypt and Lebanon issued a statement.")).containsExactlyInAnyOrder("JO", "EG",
                "LB");
        assertThat(codes("King Abdullah of Jordan met the pope.")).containsExactly("JO");
    }

    @Test
    void readsChadAsAPersonOrTheCountry() {
        assertThat(codes("Chad Smith played the drums.")).isEmpty();
        assertThat(codes("Chad said the album was finished.")).isEmpty();
        assertThat(codes("Troops from Chad joined the mission in the Sahel.")).containsExactly("TD");
        assertThat(codes("Chad closed its border with Sudan.")).containsExactlyInAnyOrder("TD", "SD");
    }

    @Test
    void prefersTheLongestNameSoNigerIsNotNigeria() {
        assertThat(codes("Nigeria and Niger signed a deal.")).containsExactlyInAnyOrder("NG", "NE");
        assertThat(codes("Oil spills in the Niger Delta.")).containsExactly("NG");
        assertThat(codes("Nigerian and Nigerien troops.")).containsExactlyInAnyOrder("NG", "NE");
    }

    @Test
    void prefersTheLongestNameSoGuineaIsNotItsNeighbours() {
        assertThat(codes("Guinea-Bissau held elections.")).containsExactly("GW");
        assertThat(codes("Equatorial Guinea exports oil.")).containsExactly("GQ");
        assertThat(codes("Papua New Guinea was hit by a quake.")).containsExactly("PG");
        assertThat(codes("Guinea held elections.")).containsExactly("GN");
        assertThat(codes("The island of New Guinea is vast.")).isEmpty();
    }

    @Test
    void prefersTheLongestNameForSudanIrelandAndSamoa() {
        assertThat(codes("South Sudan split from Sudan.")).containsExactlyInAnyOrder("SS", "SD");
        assertThat(codes("Northern Ireland and Ireland share an island.")).containsExactlyInAnyOrder("GB", "IE");
        assertThat(codes("American Samoa and Samoa.")).containsExactlyInAnyOrder("AS", "WS");
    }

    @Test
    void readsWashingtonAsTheUsOnlyInPoliticalContext() {
        assertThat(codes("Washington warned Moscow against escalation.")).containsExactlyInAnyOrder("US", "RU");
        assertThat(codes("Officials in Washington said the White House would respond.")).containsExactly("US");
        assertThat(codes("Apple growers in Washington had a good year near Yakima.")).isEmpty();
    }

    @Test
    void neverReadsWashingtonPostOrPeopleOrTheStateAsTheUs() {
        assertThat(codes("The Washington Post reported it.")).isEmpty();
        assertThat(codes("George Washington crossed the river.")).isEmpty();
        assertThat(codes("Denzel Washington won an award.")).isEmpty();
        assertThat(codes("Washington state passed a law.")).isEmpty();
        assertThat(codes("Washington, D.C. is the capital.")).containsExactly("US");
    }

    @Test
    void readsBareCongoAsTheDrcUnlessTheTextIsAboutBrazzaville() {
        assertThat(codes("Fighting in eastern Congo displaced thousands.")).containsExactly("CD");
        assertThat(codes("Congo's army fought M23 rebels near Goma.")).containsExactly("CD");
        assertThat(codes("Kinshasa and Brazzaville face each other.")).containsExactlyInAnyOrder("CD", "CG");
        assertThat(codes("In Brazzaville, Congo's president voted.")).containsExactly("CG");
        assertThat(codes("Congolese refugees arrived.")).containsExactly("CD");
    }

    @Test
    void readsBareKoreaAsSouthKoreaUnlessTheTextIsAboutTheNorth() {
        assertThat(codes("South Korea and North Korea held talks.")).containsExactlyInAnyOrder("KR", "KP");
        assertThat(codes("Korea's exports rose.")).containsExactly("KR");
        assertThat(codes("Korean films are popular.")).containsExactly("KR");
        assertThat(codes("Pyongyang fired a missile, Korea's state media said.")).containsExactly("KP");
        assertThat(codes("Tension on the Korean Peninsula rose.")).isEmpty();
    }

    @Test
    void ignoresRegionsAndPhrasesThatContainACountryName() {
        assertThat(codes("Latin America, South America, New Mexico and the Indian Ocean.")).isEmpty();
        assertThat(codes("Native Americans and French fries; English-speaking visitors.")).isEmpty();
        assertThat(codes("The American economy and the Indian market.")).containsExactlyInAnyOrder("US", "IN");
    }

    @Test
    void countsPossessivesAndHyphenatedForms() {
        assertThat(mentions("Brazil's president and the Brazil-Argentina border.")).containsEntry("BR", 2)
                .containsEntry("AR", 1);
    }

    @Test
    void findsNothingInEmptyText() {
        assertThat(codes("")).isEmpty();
        assertThat(FINDER.find(new Article(1, "id", "s", null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, false, null))).isEmpty();
    }

    @Test
    void givesTheSameAnswerFromManyThreads() {
        String text = "Talks between Russia and Ukraine resumed in Istanbul, Turkish officials said.";
        List<String> expected = codes(text);

        assertThat(IntStream.range(0, 200).parallel().mapToObj(i -> codes(text)).toList())
                .allSatisfy(r -> assertThat(r).isEqualTo(expected));
    }
}
