package org.archivist.enrich.footnotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.archivist.contract.Citation;
import org.junit.jupiter.api.Test;

class CitationParserTests {

    private final CitationParser parser = new CitationParser();

    private static Citation citation(String title, List<String> authors, String publication, String date, String url) {
        return new Citation(title, authors, publication, date, url);
    }

    @Test
    void readsTitleAuthorPublicationAndDate() {
        assertThat(parser.parse("“How Utilities Lobby State Capitols”, Dana Ortiz, The Civic Ledger, October 12, 2020."))
                .isEqualTo(citation("How Utilities Lobby State Capitols", List.of("Dana Ortiz"), "The Civic Ledger",
                        "2020-10-12", null));
    }

    @Test
    void readsAPersonAloneBeforeTheDateAsAuthorWithNoPublication() {
        assertThat(parser.parse("“Court ruling”, Sam Patel, June 10, 2016."))
                .isEqualTo(citation("Court ruling", List.of("Sam Patel"), null, "2016-06-10", null));
    }

    @Test
    void readsAnOrganisationAloneAsAuthor() {
        assertThat(parser.parse("“Budget 2021”, City Council, March 2021."))
                .isEqualTo(citation("Budget 2021", List.of("City Council"), null, "2021-03", null));
    }

    @Test
    void readsAnOutletAloneAsPublication() {
        assertThat(parser.parse("“Dock strike ends”, Reuters, 17 August 2022.").publication()).isEqualTo("Reuters");
        assertThat(parser.parse("“Water rates rise”, The Daily Ledger, 2023.").publication())
                .isEqualTo("The Daily Ledger");
    }

    @Test
    void dropsTheClosingPeriodButKeepsOneThatEndsAnAbbreviation() {
        assertThat(parser.parse("“Water rates rise”, The Daily Ledger.").publication()).isEqualTo("The Daily Ledger");
        assertThat(parser.parse("“Quarterly report”, Harbour Freight Inc.").authors())
                .containsExactly("Harbour Freight Inc.");
        assertThat(parser.parse("“Dock strike ends”, Samuel Patel Jr.").authors()).containsExactly("Samuel Patel Jr.");
    }

    @Test
    void keepsOnlyTheTitleOfAnUnterminatedQuote() {
        assertThat(parser.parse("“Auction schedule challenged in court"))
                .isEqualTo(citation("Auction schedule challenged in court", List.of(), null, null, null));
    }

    @Test
    void takesTheAuthorFromFreeTextWithBy() {
        assertThat(parser.parse("“Who owns the wind?”, essay in 3 parts by Ana Ruiz"))
                .isEqualTo(citation("Who owns the wind?", List.of("Ana Ruiz"), null, null, null));
    }

    @Test
    void doesNotTakeEditorsOrTranslatorsAsAuthors() {
        assertThat(parser.parse("“Night train”, translated by Ana Ruiz, Harbor Press, 2019.").authors()).isEmpty();
    }

    @Test
    void doesNotTakeAnUnnamedGroupAfterByAsAuthors() {
        assertThat(parser.parse("“An open letter”, signed by 40 engineers, 2020.").authors()).isEmpty();
    }

    @Test
    void splitsAuthorsJoinedByAndSkipsVolumeAndIssueAndTakesTheUrl() {
        assertThat(parser.parse("“Layered deposits at the rim”, I. Duarte and P. Okafor, Planetary Notes, 12 (3), 2022. "
                + "https://example.org/notes/12-3"))
                .isEqualTo(citation("Layered deposits at the rim", List.of("I. Duarte", "P. Okafor"), "Planetary Notes",
                        "2022", "https://example.org/notes/12-3"));
    }

    @Test
    void splitsAuthorsJoinedByCommasAndAnd() {
        assertThat(parser.parse("“Public trust”, Laura Brennan, Sam Patel and Dana Ortiz, Utilities Policy, 2019.")
                .authors()).containsExactly("Laura Brennan", "Sam Patel", "Dana Ortiz");
    }

    @Test
    void keepsAnOrganisationWithAndInItsNameWhole() {
        assertThat(parser.parse("“Mine safety”, Ministry of Energy and Mines, 2020.").authors())
                .containsExactly("Ministry of Energy and Mines");
    }

    @Test
    void keepsOnlyTheNamedAuthorsBeforeEtAl() {
        assertThat(parser.parse("“Lobbying and news”, R. Kim et al., Journal of Media Economics, 2021.").authors())
                .containsExactly("R. Kim");
    }

    @Test
    void keepsNestedQuotesInsideTheTitle() {
        assertThat(parser.parse("“Lobbying “Reform” Revisited”, Sam Patel, June 10, 2016.").title())
                .isEqualTo("Lobbying “Reform” Revisited");
        assertThat(parser.parse("\"Lobbying \"Reform\" Revisited\", Sam Patel, 2016.").title())
                .isEqualTo("Lobbying \"Reform\" Revisited");
    }

    @Test
    void closesAnUnbalancedNestedQuoteAtTheLastClosingMark() {
        assertThat(parser.parse("“Lobbying “Reform Revisited”, Sam Patel, 2016.").title())
                .isEqualTo("Lobbying “Reform Revisited");
    }

    @Test
    void readsStraightQuotesWithTheCommaInside() {
        assertThat(parser.parse("\"Council accuses utility,\" The Civic Ledger, Feb. 2, 2021."))
                .isEqualTo(citation("Council accuses utility", List.of(), "The Civic Ledger", "2021-02-02", null));
    }

    @Test
    void readsGuillemetsAndCyrillic() {
        assertThat(parser.parse("«Заголовок», Автор, Издание, 2020"))
                .isEqualTo(citation("Заголовок", List.of("Автор"), "Издание", "2020", null));
        assertThat(parser.parse("«Энергетики утвердили правила», Иван Петров, Коммерсантъ, 12 октября 2020."))
                .isEqualTo(citation("Энергетики утвердили правила", List.of("Иван Петров"), "Коммерсантъ",
                        "2020-10-12", null));
    }

    @Test
    void readsSingleCurlyQuotesWithoutStoppingAtAnApostrophe() {
        assertThat(parser.parse("‘The utility’s secret budget’, Ana Ruiz, The Weekly Review, 2 April 2020.").title())
                .isEqualTo("The utility’s secret budget");
    }

    @Test
    void leavesTitleAuthorsAndPublicationNullWhenTheTitleIsNotQuoted() {
        assertThat(parser.parse("Dana Ortiz, How Utilities Lobby, The Civic Ledger, 2020."))
                .isEqualTo(citation(null, List.of(), null, "2020", null));
    }

    @Test
    void doesNotTakeAQuotedWordInsideASentenceForTheTitle() {
        assertThat(parser.parse("Interview with Ana Ruiz on the “Morning Show”, 2021.").title()).isNull();
    }

    @Test
    void readsTheAuthorBeforeTheTitleInChicagoNotes() {
        assertThat(parser.parse("Lee Wong, “Court declines to halt auction,” The Valley Gazette, October 13, 2020."))
                .isEqualTo(citation("Court declines to halt auction", List.of("Lee Wong"), "The Valley Gazette",
                        "2020-10-13", null));
    }

    @Test
    void turnsAnInvertedBibliographyNameAround() {
        assertThat(parser.parse("Ortiz, Dana. “Lobbying in the Statehouse.” The Civic Ledger, March 2019.").authors())
                .containsExactly("Dana Ortiz");
    }

    @Test
    void readsApaReferences() {
        assertThat(parser.parse("Ortiz, D., & Patel, S. (2020). How utilities lobby state capitols. Journal of "
                + "Regional Politics, 12(3), 45–67. https://doi.org/10.1000/jrp.2020.123"))
                .isEqualTo(citation("How utilities lobby state capitols", List.of("D. Ortiz", "S. Patel"),
                        "Journal of Regional Politics", "2020", "https://doi.org/10.1000/jrp.2020.123"));
        assertThat(parser.parse("Chen, M. (2019, May 4). Port expansion approved. The Harbor Times.").date())
                .isEqualTo("2019-05-04");
    }

    @Test
    void readsDatesInTheCommonWrittenForms() {
        assertThat(dateOf("12 October 2020")).isEqualTo("2020-10-12");
        assertThat(dateOf("Oct. 12, 2020")).isEqualTo("2020-10-12");
        assertThat(dateOf("October 12th, 2020")).isEqualTo("2020-10-12");
        assertThat(dateOf("2020-10-12")).isEqualTo("2020-10-12");
        assertThat(dateOf("2020/10/12")).isEqualTo("2020-10-12");
        assertThat(dateOf("12.10.2020")).isEqualTo("2020-10-12");
        assertThat(dateOf("October 2020")).isEqualTo("2020-10");
        assertThat(dateOf("2020-10")).isEqualTo("2020-10");
        assertThat(dateOf("2020")).isEqualTo("2020");
        assertThat(dateOf("5. März 2019")).isEqualTo("2019-03-05");
        assertThat(dateOf("3 de mayo de 2022")).isEqualTo("2022-05-03");
        assertThat(dateOf("март 2021 г.")).isEqualTo("2021-03");
    }

    @Test
    void keepsOnlyTheYearOfASlashDateWhoseDayAndMonthCannotBeToldApart() {
        assertThat(dateOf("03/04/2021")).isEqualTo("2021");
        assertThat(dateOf("13/04/2021")).isEqualTo("2021-04-13");
        assertThat(dateOf("04/13/2021")).isEqualTo("2021-04-13");
    }

    @Test
    void rejectsImpossibleDatesAndYearRanges() {
        assertThat(dateOf("31 February 2021")).isNull();
        assertThat(dateOf("2019–2020")).isNull();
        assertThat(dateOf("2019-20")).isNull();
    }

    @Test
    void ignoresAccessedRetrievedAndUpdatedDates() {
        assertThat(parser.parse("“Census”, National Statistics Office, accessed on 4 January 2022.").date()).isNull();
        assertThat(parser.parse("“Battery storage”, Wikipedia, retrieved 3 March 2021.").date()).isNull();
        assertThat(parser.parse("“Fire”, Harbor Live, 15 October 2020 (updated 16 October 2020).").date())
                .isEqualTo("2020-10-15");
        assertThat(parser.parse("“Реформа”, Новая газета, 5 мая 2019. Дата обращения: 1 июня 2020.").date())
                .isEqualTo("2019-05-05");
    }

    @Test
    void takesTheUrlAfterRetrievedFromAndStripsTrailingPunctuation() {
        assertThat(parser.parse("Retrieved from https://grid.example.org/data/outages.csv.").url())
                .isEqualTo("https://grid.example.org/data/outages.csv");
        assertThat(parser.parse("Available at: <https://library.example.edu/item/4512>").url())
                .isEqualTo("https://library.example.edu/item/4512");
        assertThat(parser.parse("(see https://en.wikipedia.org/wiki/Grid_(power)).").url())
                .isEqualTo("https://en.wikipedia.org/wiki/Grid_(power)");
    }

    @Test
    void removesOnlyWholeLeadInWordsBeforeAUrl() {
        assertThat(parser.parse("“Episode 4”, The Morning Chat https://chat.example.org/4").publication())
                .isEqualTo("The Morning Chat");
    }

    @Test
    void keepsTheFirstOfSeveralUrls() {
        assertThat(parser.parse("“Page”, https://a.example.org/x, archived at https://web.archive.org/a.example.org/x")
                .url()).isEqualTo("https://a.example.org/x");
    }

    @Test
    void leavesTheUrlNullWithoutAnHttpScheme() {
        assertThat(parser.parse("“Page”, www.example.org/x, 2020.").url()).isNull();
    }

    @Test
    void dropsALeadingNoteNumber() {
        assertThat(parser.parse("[2] “Court declines”, Lee Wong, The Valley Gazette, 2020.").title())
                .isEqualTo("Court declines");
    }

    @Test
    void readsAPublicationIntroducedByIn() {
        assertThat(parser.parse("“How a newsroom was bought”, Omar Haddad, in The Media Reader, ed. Laura Brennan, "
                + "Harbor Press, 2017.")).isEqualTo(citation("How a newsroom was bought", List.of("Omar Haddad"),
                        "The Media Reader", "2017", null));
    }

    @Test
    void returnsAnEmptyCitationForEmptyOrNullText() {
        Citation empty = citation(null, List.of(), null, null, null);
        assertThat(parser.parse(null)).isEqualTo(empty);
        assertThat(parser.parse("")).isEqualTo(empty);
        assertThat(parser.parse("   ")).isEqualTo(empty);
        assertThat(parser.parse("Ibid.")).isEqualTo(empty);
    }

    @Test
    void readsRandomTextWithoutADefectAndOnlyReturnsFieldsTheTextHolds() {
        // parseStrictly has no safety net: a defect that parse() would hide behind an empty citation fails here.
        Random random = new Random(42);
        String alphabet = "“”\"'‘’«»„()[],.;:-–— 0123456789aZ@/#&hpst:Яя";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int k = 0; k < length; k++) {
                text.append(random.nextInt(20) == 0 ? (char) random.nextInt(0xFFFF)
                        : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String footnote = text.toString();
            Citation citation = parser.parseStrictly(footnote);

            assertThat(parser.parse(footnote)).as(footnote).isEqualTo(citation);
            if (citation.url() != null) {
                assertThat(footnote).as("url of %s", footnote).contains(citation.url());
                assertThat(citation.url()).as(footnote).startsWithIgnoringCase("http");
            }
            if (citation.date() != null) {
                assertThat(citation.date()).as(footnote).matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
            }
            if (citation.title() != null) {
                assertThat(squeezed(footnote)).as("title of %s", footnote).contains(squeezed(citation.title()));
            }
            assertThat(citation.authors()).as(footnote).allSatisfy(author -> assertThat(author).isNotBlank());
        }
    }

    @Test
    void readsAHugeFootnoteUpToTheLengthLimitAsAnUnterminatedTitle() {
        String huge = "“" + "Title, ".repeat(20_000) + "”, Dana Ortiz, 2020. " + "https://x.org/" + "a".repeat(50_000);

        // Cut at MAX_LENGTH, the closing quote, the author, the date and the url are all beyond the limit.
        assertThat(parser.parseStrictly(huge)).isEqualTo(
                citation(huge.substring(1, CitationParser.MAX_LENGTH).trim(), List.of(), null, null, null));
    }

    @Test
    void readsAFootnoteWhoseLengthLimitCutsASurrogatePairInHalf() {
        String footnote = "“Court ruling”, Sam Patel, June 10, 2016.";
        String padded = footnote + " ".repeat(CitationParser.MAX_LENGTH - 1 - footnote.length()) + "😀";

        assertThat(parser.parseStrictly(padded))
                .isEqualTo(citation("Court ruling", List.of("Sam Patel"), null, "2016-06-10", null));
    }

    @Test
    void readsFootnotesOfPunctuationAloneAsEmpty() {
        Citation empty = citation(null, List.of(), null, null, null);
        for (String footnote : List.of("“”", "“", "”", ",,;;()[]|", "( )", "[1]", "— – -", "«»", "\"\"", "in ")) {
            assertThat(parser.parseStrictly(footnote)).as(footnote).isEqualTo(empty);
        }
    }

    @Test
    void readsTheTitleBeforeEmptySegmentsAndDanglingWords() {
        assertThat(parser.parseStrictly("“Court ruling”,,,;;()[]|"))
                .isEqualTo(citation("Court ruling", List.of(), null, null, null));
        assertThat(parser.parseStrictly("“Court ruling”, in "))
                .isEqualTo(citation("Court ruling", List.of(), null, null, null));
        assertThat(parser.parseStrictly("“Court ruling”, by"))
                .isEqualTo(citation("Court ruling", List.of(), null, null, null));
        assertThat(parser.parseStrictly("“Court ruling” by "))
                .isEqualTo(citation("Court ruling", List.of(), null, null, null));
    }

    @Test
    void readsAUrlAloneOrBehindALeadInWithNothingElse() {
        assertThat(parser.parseStrictly("https://example.org/report.pdf."))
                .isEqualTo(citation(null, List.of(), null, null, "https://example.org/report.pdf"));
        assertThat(parser.parseStrictly("Retrieved from: <https://example.org/a>"))
                .isEqualTo(citation(null, List.of(), null, null, "https://example.org/a"));
        assertThat(parser.parseStrictly("http://"))
                .isEqualTo(citation(null, List.of(), null, null, null));
    }

    @Test
    void readsAnApaReferenceCutShortAfterTheYear() {
        assertThat(parser.parseStrictly("Ortiz, D. (2020"))
                .isEqualTo(citation(null, List.of(), null, "2020", null));
        assertThat(parser.parseStrictly("Ortiz, D. (2020)."))
                .isEqualTo(citation(null, List.of(), null, "2020", null));
    }

    @Test
    void readsAFootnoteWithControlCharactersAndALoneSurrogateInside() {
        assertThat(parser.parseStrictly("“Court\u0000 ruling”,\uD800 Sam Patel,\u0007 June 10, 2016."))
                .extracting(Citation::date, Citation::url)
                .containsExactly("2016-06-10", null);
    }

    /** The text without the spaces and invisible characters the parser normalises. */
    private static String squeezed(String text) {
        return text.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                        && c != 0x200B && c != 0x200C && c != 0x200D && c != 0xFEFF && c != 0xAD)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private String dateOf(String date) {
        return parser.parse("“T”, The Civic Ledger, " + date + ".").date();
    }
}
