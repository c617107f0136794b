package org.archivist.enrich.footnotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.archivist.contract.Footnote;
import org.archivist.contract.FootnoteLink;
import org.archivist.contract.MarkerPosition;
import org.archivist.contract.UnmatchedMarker;
import org.junit.jupiter.api.Test;

class FootnoteLinkerTests {

    private final FootnoteLinker linker = new FootnoteLinker();

    private static List<Footnote> notes(int... numbers) {
        List<Footnote> notes = new ArrayList<>();
        for (int n : numbers) {
            notes.add(new Footnote(n, "“Source " + n + "”, The Civic Ledger, 2020."));
        }
        return notes;
    }

    private static List<MarkerPosition> markersOf(FootnoteLinks links, int number) {
        return links.links().stream().filter(l -> l.number() == number).findFirst().orElseThrow().markers();
    }

    private static MarkerPosition at(int paragraph, int offset) {
        return new MarkerPosition(paragraph, offset);
    }

    @Test
    void linksABracketMarkerWithItsParagraphAndTheOffsetOfTheBracket() {
        var links = linker.link(List.of("No marker here.", "The council found the money [1]."), notes(1));

        assertThat(markersOf(links, 1)).containsExactly(at(1, 28));
        assertThat(links.unmatchedMarkers()).isEmpty();
        assertThat(links.uncitedFootnotes()).isEmpty();
    }

    @Test
    void givesOneLinkPerFootnoteInFootnoteOrderWithItsParsedCitationAndNoResolvedArticle() {
        var footnotes = List.of(new Footnote(2, "“Lobbying “Reform” Revisited”, Sam Patel, June 10, 2016."),
                new Footnote(1, "“How Utilities Lobby State Capitols”, Dana Ortiz, The Civic Ledger, October 12, 2020."));

        var links = linker.link(List.of("Paid pieces [1] and a watchdog [2]."), footnotes);

        assertThat(links.links()).extracting(FootnoteLink::number).containsExactly(2, 1);
        FootnoteLink first = links.links().get(1);
        assertThat(first.citation().title()).isEqualTo("How Utilities Lobby State Capitols");
        assertThat(first.citation().publication()).isEqualTo("The Civic Ledger");
        assertThat(links.links()).allSatisfy(l -> assertThat(l.resolvedArticleId()).isNull());
    }

    @Test
    void collectsEveryMarkerOfARepeatedNumberInTextOrder() {
        var links = linker.link(List.of("First [1].", "Again [1] and [1]."), notes(1));

        assertThat(markersOf(links, 1)).containsExactly(at(0, 6), at(1, 6), at(1, 14));
    }

    @Test
    void reportsMarkersWithNoFootnoteAsUnmatched() {
        var links = linker.link(List.of("Lines from the 1960s [1]. Repairs [2]."), notes());

        assertThat(links.unmatchedMarkers()).containsExactly(new UnmatchedMarker(1, 0, 21),
                new UnmatchedMarker(2, 0, 34));
        assertThat(links.links()).isEmpty();
    }

    @Test
    void reportsFootnotesNoMarkerPointsToAsUncitedInFootnoteOrder() {
        var links = linker.link(List.of("Only the second [2]."), notes(3, 1, 2));

        assertThat(links.uncitedFootnotes()).containsExactly(3, 1);
        assertThat(markersOf(links, 3)).isEmpty();
    }

    @Test
    void expandsCommaAndSemicolonListsAtTheOffsetOfTheGroup() {
        var links = linker.link(List.of("Designed for plants [1, 2] and [3;4]."), notes(1, 2, 3, 4));

        assertThat(markersOf(links, 1)).containsExactly(at(0, 20));
        assertThat(markersOf(links, 2)).containsExactly(at(0, 20));
        assertThat(markersOf(links, 3)).containsExactly(at(0, 31));
        assertThat(markersOf(links, 4)).containsExactly(at(0, 31));
    }

    @Test
    void expandsSmallRangesWrittenWithHyphenOrDashes() {
        var links = linker.link(List.of("A [2–4] B [5-6] C [7—8]"), notes(2, 3, 4, 5, 6, 7, 8));

        assertThat(links.uncitedFootnotes()).isEmpty();
        assertThat(markersOf(links, 3)).containsExactly(at(0, 2));
        assertThat(markersOf(links, 6)).containsExactly(at(0, 10));
    }

    @Test
    void treatsLargeOrDescendingRangesAsText() {
        var links = linker.link(List.of("Pages [1–40] and [5–2] are redacted."), notes(1, 2, 5));

        assertThat(links.uncitedFootnotes()).containsExactly(1, 2, 5);
        assertThat(links.unmatchedMarkers()).isEmpty();
    }

    @Test
    void acceptsSpacesInsideTheBrackets() {
        var links = linker.link(List.of("Ancillary services [ 10 ]."), notes(10));

        assertThat(markersOf(links, 10)).containsExactly(at(0, 19));
    }

    @Test
    void treatsBracketedWordsAsText() {
        var links = linker.link(List.of("Photos [VIDEO] from Отчёт [ПРОВЕРКА] said [sic] and [a] […] [1a] [note 1]."),
                notes(1));

        assertThat(links.uncitedFootnotes()).containsExactly(1);
        assertThat(links.unmatchedMarkers()).isEmpty();
    }

    @Test
    void treatsFourDigitYearsInBracketsAsText() {
        var links = linker.link(List.of("The rules of [1960] were replaced in [2021]."), notes(1));

        assertThat(links.unmatchedMarkers()).isEmpty();
    }

    @Test
    void treatsZeroAndLeadingZerosAsText() {
        var links = linker.link(List.of("Item [0] and item [01] and [007]."), notes(1, 7));

        assertThat(links.unmatchedMarkers()).isEmpty();
        assertThat(links.uncitedFootnotes()).containsExactly(1, 7);
    }

    @Test
    void acceptsThreeDigitNumbersButNotFour() {
        var links = linker.link(List.of("Note [250] and [1000]."), notes(1));

        assertThat(links.unmatchedMarkers()).containsExactly(new UnmatchedMarker(250, 0, 5));
    }

    @Test
    void treatsAnUnclosedBracketAsText() {
        var links = linker.link(List.of("A list [1, 2 that never closes"), notes(1, 2));

        assertThat(links.uncitedFootnotes()).containsExactly(1, 2);
    }

    @Test
    void ignoresBracketsInsideUrls() {
        var links = linker.link(List.of(
                "Data at https://data.example.org/outages[1] and www.example.com/page[2], then (https://x.org/?a[3]=1)."),
                notes(1, 2, 3));

        assertThat(links.uncitedFootnotes()).containsExactly(1, 2, 3);
    }

    @Test
    void findsAMarkerRightAfterAUrlAndASpace() {
        var links = linker.link(List.of("See https://example.org/report [1]."), notes(1));

        assertThat(markersOf(links, 1)).containsExactly(at(0, 31));
    }

    @Test
    void countsTheNumberOfAMarkdownFootnoteLinkAsAMarker() {
        var links = linker.link(List.of("Look like [2](#fn2) here."), notes(2));

        assertThat(markersOf(links, 2)).containsExactly(at(0, 10));
    }

    @Test
    void linksTheInnerNumberOfWikiDoubleBrackets() {
        var links = linker.link(List.of("The auction[[1]]ran."), notes(1));

        assertThat(markersOf(links, 1)).containsExactly(at(0, 12));
    }

    @Test
    void countsTwoSeparateGroupsWrittenSideBySide() {
        var links = linker.link(List.of("Revenue [8][9]."), notes(8, 9));

        assertThat(markersOf(links, 8)).containsExactly(at(0, 8));
        assertThat(markersOf(links, 9)).containsExactly(at(0, 11));
    }

    @Test
    void countsADuplicateNumberWithinAGroupOnce() {
        var links = linker.link(List.of("Twice [1, 1]."), notes(1));

        assertThat(markersOf(links, 1)).containsExactly(at(0, 6));
    }

    @Test
    void measuresOffsetsInUtf16UnitsSoAnEmojiCountsTwice() {
        var links = linker.link(List.of("🔋 up [1]"), notes(1));

        assertThat(markersOf(links, 1)).containsExactly(at(0, 6));
    }

    @Test
    void linksSuperscriptDigitsThatMatchAFootnote() {
        var links = linker.link(List.of("Costs fell.¹ The minister agreed”² and so on.¹²"), notes(1, 2, 12));

        assertThat(markersOf(links, 1)).containsExactly(at(0, 11));
        assertThat(markersOf(links, 2)).containsExactly(at(0, 33));
        assertThat(markersOf(links, 12)).containsExactly(at(0, 45));
    }

    @Test
    void treatsExponentsAndUnitsAsText() {
        var links = linker.link(List.of("An area of 40 km², 12 m³, E = mc² and 10³ MWh, x² and 2⁵."), notes(2, 3, 5));

        assertThat(links.uncitedFootnotes()).containsExactly(2, 3, 5);
    }

    @Test
    void ignoresASuperscriptWithNoFootnoteRatherThanReportingIt() {
        var links = linker.link(List.of("Discussed below.⁹"), notes(1));

        assertThat(links.unmatchedMarkers()).isEmpty();
    }

    @Test
    void ignoresASuperscriptGluedToAFollowingWord() {
        var links = linker.link(List.of("The ¹word is odd."), notes(1));

        assertThat(links.uncitedFootnotes()).containsExactly(1);
    }

    @Test
    void treatsNullListsAndNullElementsAsAbsent() {
        assertThat(linker.link(null, null).links()).isEmpty();
        var links = linker.link(Arrays.asList(null, "Text [1]."), Arrays.asList(null, new Footnote(1, null)));

        assertThat(markersOf(links, 1)).containsExactly(at(1, 5));
        assertThat(links.links().get(0).citation().title()).isNull();
    }

    @Test
    void scansAHugeParagraphOfOpenBracketsInOnePass() {
        String paragraph = "[1, ".repeat(50_000) + "[" + "9".repeat(10_000) + " [2]";

        var links = linker.link(List.of(paragraph), notes(2));

        assertThat(markersOf(links, 2)).containsExactly(at(0, paragraph.length() - 3));
    }
}
