package org.archivist.ingest.archive.text;

import org.archivist.ingest.article.ArticleDraft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.archivist.contract.Footnote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.archivist.ingest.archive.ParsedPage;
import org.archivist.ingest.archive.SkippedBlock;

class TextArchiveParserTests {

    private final TextArchiveParser parser = new TextArchiveParser();

    private ParsedPage parse(String... lines) {
        return parser.parse(String.join("\n", lines));
    }

    private ArticleDraft only(ParsedPage page) {
        assertThat(page.articles()).hasSize(1);
        return page.articles().getFirst();
    }

    // --- post boundaries and footers -------------------------------------------------------------

    @Test
    void splitsPostsAtCommentsOffFooter() {
        ParsedPage page = parse(
                "First title", "", "First body.", "", "Posted in EnergyComments Off on First title", "",
                "Second title", "", "Second body.", "", "Posted in Wind, GridComments Off on Second title");

        assertThat(page.articles()).extracting(ArticleDraft::title).containsExactly("First title", "Second title");
        assertThat(page.articles()).extracting(ArticleDraft::paragraphs)
                .containsExactly(List.of("First body."), List.of("Second body."));
        assertThat(page.skipped()).isEmpty();
    }

    @Test
    void readsCategoriesGluedToCommentsOff() {
        ArticleDraft article = only(parse("T", "", "Body.", "", "Posted in Energy, Grid, PolicyComments Off on T"));

        assertThat(article.sourceCategories()).containsExactly("Energy", "Grid", "Policy");
        assertThat(article.tags()).isEmpty();
    }

    @Test
    void postStartsAtTheLineEqualToTheCommentsOffTitle() {
        ParsedPage page = parse(
                "One", "", "Body one.", "", "Posted in AComments Off on One", "",
                "Reader’s pages", "", "Two", "", "Body two.", "", "Posted in BComments Off on Two");

        assertThat(page.articles()).extracting(ArticleDraft::title).containsExactly("One", "Two");
        assertThat(page.skipped()).containsExactly(new SkippedBlock(TextPage.BETWEEN, "Reader’s pages"));
    }

    @Test
    void commentsOffTitleMatchesDespiteCaseAndPunctuation() {
        ParsedPage page = parse("Junk before", "", "Storage Boom – One Year After", "", "Body.", "",
                "Posted in StorageComments Off on Storage boom - one year after");

        assertThat(only(page).title()).isEqualTo("Storage Boom – One Year After");
        assertThat(page.skipped()).extracting(SkippedBlock::excerpt).containsExactly("Junk before");
    }

    @Test
    void commentsOffTitleMayBeWrappedOverTwoLines() {
        ArticleDraft article = only(parse("A very long title that the dump", "wrapped over two lines", "", "Body.", "",
                "Posted in XComments Off on A very long title that the dump wrapped over two lines"));

        assertThat(article.title()).isEqualTo("A very long title that the dump wrapped over two lines");
        assertThat(article.paragraphs()).containsExactly("Body.");
    }

    @Test
    void readsSpacedCommentsOffFooter() {
        ArticleDraft article = only(parse("T", "", "Body.", "", "Posted in Energy | Tagged grid | Comments Off on T"));

        assertThat(article.sourceCategories()).containsExactly("Energy");
        assertThat(article.tags()).containsExactly("grid");
    }

    @Test
    void readsPipeFooterWithTagsAndLeaveAComment() {
        ArticleDraft article = only(parse("T", "", "Body.", "", "Posted in Planetary, Science | Tagged geology, rovers | Leave a comment"));

        assertThat(article.sourceCategories()).containsExactly("Planetary", "Science");
        assertThat(article.tags()).containsExactly("geology", "rovers");
        assertThat(article.paragraphs()).containsExactly("Body.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"3 Comments", "1 Comment", "No Comments", "Leave a comment", "Comments Off", "12 Responses"})
    void readsPipeFooterWithAnyCommentCount(String count) {
        ParsedPage page = parse("T", "", "Body.", "", "Posted in Astronomy | " + count, "", "U", "", "More text.", "",
                "Posted in Stars | " + count);

        assertThat(page.articles()).extracting(ArticleDraft::title).containsExactly("T", "U");
        assertThat(page.articles()).extracting(ArticleDraft::sourceCategories)
                .containsExactly(List.of("Astronomy"), List.of("Stars"));
    }

    @Test
    void readsCommentCountGluedToTheLastCategory() {
        ArticleDraft article = only(parse("T", "", "Body.", "", "Posted in Energy, WindLeave a comment"));

        assertThat(article.sourceCategories()).containsExactly("Energy", "Wind");
    }

    @Test
    void readsThisEntryWasPostedInFooterWithTags() {
        ArticleDraft article = only(parse("T", "", "Body.", "",
                "This entry was posted in Transport, Roads and tagged ferries, bridges. Bookmark the permalink."));

        assertThat(article.sourceCategories()).containsExactly("Transport", "Roads");
        assertThat(article.tags()).containsExactly("ferries", "bridges");
    }

    @Test
    void readsThisEntryFooterWithoutTags() {
        ArticleDraft article = only(parse("T", "", "Body.", "", "This entry was posted in Roads, Transport. Bookmark the permalink."));

        assertThat(article.sourceCategories()).containsExactly("Roads", "Transport");
        assertThat(article.tags()).isEmpty();
    }

    @Test
    void readsThisEntryFooterWithDateAndAuthor() {
        ArticleDraft article = only(parse("T", "", "Body.", "",
                "This entry was posted in News and tagged port on March 3, 2021 by admin. Bookmark the permalink."));

        assertThat(article.sourceCategories()).containsExactly("News");
        assertThat(article.tags()).containsExactly("port");
        assertThat(article.publishedAt()).isEqualTo(LocalDate.of(2021, 3, 3));
        assertThat(article.authors()).containsExactly("admin");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Filed under Energy, Grid", "Filed under: Energy, Grid | Leave a comment",
            "Categorized as Energy, Grid", "Posted in Energy, Grid", "Categories: Energy, Grid | 2 Comments"})
    void readsFooterVariants(String footer) {
        ArticleDraft article = only(parse("T", "", "Body.", "", footer));

        assertThat(article.sourceCategories()).containsExactly("Energy", "Grid");
        assertThat(article.paragraphs()).containsExactly("Body.");
    }

    @Test
    void readsFooterSpreadOverSeveralLines() {
        ParsedPage page = parse("T", "", "Body.", "", "Posted in Energy", "Tagged grid, storage", "", "Leave a comment", "",
                "U", "", "More text.", "", "Posted in Wind");

        assertThat(page.articles()).extracting(ArticleDraft::title).containsExactly("T", "U");
        assertThat(page.articles().getFirst().tags()).containsExactly("grid", "storage");
        assertThat(page.skipped()).isEmpty();
    }

    @Test
    void keepsCategoriesAsWritten() {
        ArticleDraft article = only(parse("T", "", "Body.", "", "Posted in Consumers, U.S.A, PolicyComments Off on T"));

        assertThat(article.sourceCategories()).containsExactly("Consumers", "U.S.A", "Policy");
    }

    @Test
    void sentenceStartingWithPostedInIsNotAFooter() {
        ArticleDraft article = only(parse("T", "", "Posted in 2019, the video was watched by millions of people.", "",
                "Posted in Media | Leave a comment"));

        assertThat(article.paragraphs()).containsExactly("Posted in 2019, the video was watched by millions of people.");
    }

    @Test
    void subheadingThatLooksLikeATitleDoesNotStartAPost() {
        ArticleDraft article = only(parse("Wind output hits record", "", "Wind farms produced a record.", "",
                "What comes next?", "", "Ports will expand.", "", "A Very Old Network", "", "It was patched.", "",
                "Posted in WindComments Off on Wind output hits record"));

        assertThat(article.title()).isEqualTo("Wind output hits record");
        assertThat(article.paragraphs()).containsExactly("Wind farms produced a record.", "What comes next?",
                "Ports will expand.", "A Very Old Network", "It was patched.");
    }

    @Test
    void pageWithoutFooterIsOneArticle() {
        ArticleDraft article = only(parse("Library extends weekend hours", "", "The library will open on Sundays.", "",
                "What changes?", "", "Nothing else."));

        assertThat(article.title()).isEqualTo("Library extends weekend hours");
        assertThat(article.paragraphs()).containsExactly("The library will open on Sundays.", "What changes?", "Nothing else.");
        assertThat(article.sourceCategories()).isEmpty();
    }

    @Test
    void pageWithoutFooterDropsHeaderAndTrailingWidgetTitles() {
        ParsedPage page = parse("Category Archives: Town", "", "Library extends weekend hours", "", "Body.", "",
                "Recent Posts", "", "Search");

        assertThat(page.archiveCategory()).isEqualTo("Town");
        assertThat(only(page).title()).isEqualTo("Library extends weekend hours");
        assertThat(only(page).paragraphs()).containsExactly("Body.");
    }

    @Test
    void sidebarAfterASingleArticleIsNotBody() {
        ParsedPage page = parse("Library extends weekend hours", "", "Body.", "", "Leave a Reply", "",
                "Your email address will not be published.", "", "Recent Posts", "", "Council approves budget");

        assertThat(only(page).paragraphs()).containsExactly("Body.");
        assertThat(page.skipped()).extracting(SkippedBlock::reason, SkippedBlock::excerpt).containsExactly(
                tuple(TextPage.AFTER_LAST, "Your email address will not be published."),
                tuple(TextPage.AFTER_LAST, "Council approves budget"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"\n\n   \n", "\t\u00A0", "« Older posts\n\nSearch\n"})
    void pageWithoutContentHasNoArticles(String page) {
        assertThat(parser.parse(page).articles()).isEmpty();
    }

    @Test
    void aTitleWithoutTextIsNoArticle() {
        ParsedPage page = parser.parse("hello");

        assertThat(page.articles()).isEmpty();
        assertThat(page.skipped()).extracting(SkippedBlock::reason, SkippedBlock::excerpt)
                .containsExactly(tuple(TextPage.TITLE_WITHOUT_TEXT, "hello"));
    }

    @Test
    void aPostWithoutTextAmongOthersIsSkippedAndTheOthersKept() {
        ParsedPage page = parse("Empty one", "", "Posted in AComments Off on Empty one", "",
                "Full one", "", "Body.", "", "Posted in AComments Off on Full one");

        assertThat(page.articles()).extracting(ArticleDraft::title).containsExactly("Full one");
        assertThat(page.skipped()).extracting(SkippedBlock::reason).contains(TextPage.TITLE_WITHOUT_TEXT);
    }

    @Test
    void footerWithoutAPostIsSkipped() {
        ParsedPage page = parse("T", "", "Body.", "", "Posted in A | Leave a comment", "", "Search", "",
                "Posted in B, C | 3 Comments");

        assertThat(page.articles()).extracting(ArticleDraft::title).containsExactly("T");
        assertThat(page.skipped()).containsExactly(new SkippedBlock(TextPage.FOOTER_WITHOUT_POST, "Posted in B, C | 3 Comments"));
    }

    @Test
    void titleNamedByFooterButMissingIsReported() {
        ParsedPage page = parse("Actual title", "", "Body.", "", "Posted in AComments Off on Another title");

        assertThat(only(page).title()).isEqualTo("Actual title");
        assertThat(page.skipped()).containsExactly(new SkippedBlock(TextPage.TITLE_NOT_FOUND, "Another title"));
    }

    @Test
    void unrecognizedFooterPartIsSkippedNotLost() {
        ParsedPage page = parse("T", "", "Body.", "", "Posted in A | Sponsored by Acme Corp. | Leave a comment");

        assertThat(only(page).sourceCategories()).containsExactly("A");
        assertThat(page.skipped()).containsExactly(new SkippedBlock(TextPage.UNRECOGNIZED_FOOTER_PART, "Sponsored by Acme Corp."));
    }

    // --- page header and chrome -----------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Archive | Energy; Energy", "Category Archives: Energy; Energy", "Tag Archives: harbour; harbour",
            "Category: Energy; Energy", "Archive for the ‘Energy’ Category; Energy", "Posts tagged “grid”; grid",
            "Рубрика: Энергетика; Энергетика", "Archives | U.S.A; U.S.A"})
    void readsArchiveCategoryFromPageHeader(String header, String category) {
        ParsedPage page = parse(header, "", "T", "", "Body.", "", "Posted in XComments Off on T");

        assertThat(page.archiveCategory()).isEqualTo(category);
        assertThat(page.skipped()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Monthly Archives: March 2021", "Author Archives: Harbor Desk", "Archives: March 2021"})
    void dateAndAuthorArchiveHeadersAreChromeWithoutCategory(String header) {
        ParsedPage page = parse(header, "", "T", "", "Body.", "", "Posted in XComments Off on T");

        assertThat(page.archiveCategory()).isNull();
        assertThat(page.skipped()).isEmpty();
        assertThat(only(page).title()).isEqualTo("T");
    }

    @Test
    void dropsNavigationAndWidgetTitlesAsChrome() {
        ParsedPage page = parse("Skip to content", "", "T", "", "Body.", "", "Posted in A | 1 Comment", "",
                "« Older posts", "Newer posts »", "", "Search for:", "", "Recent Posts", "Recent Comments", "Archives",
                "Categories", "Meta", "Log in", "Entries feed", "Comments feed", "WordPress.org", "Page 1 of 12", "1 2 3 … 12 Next »",
                "", "Proudly powered by WordPress");

        assertThat(only(page).title()).isEqualTo("T");
        assertThat(page.skipped()).isEmpty();
    }

    @Test
    void navigationBetweenPostsIsNotAPost() {
        ParsedPage page = parse("T", "", "Body.", "", "Posted in A | Leave a comment", "", "Newer posts »", "",
                "U", "", "Body.", "", "Posted in B | Leave a comment");

        assertThat(page.articles()).extracting(ArticleDraft::title).containsExactly("T", "U");
    }

    @Test
    void recordsSidebarTextAfterTheLastPostAsSkipped() {
        ParsedPage page = parse("T", "", "Body.", "", "Posted in AComments Off on T", "", "Reader’s pages", "",
                "Recent Posts", "", "Grid operators approve new rules", "Wind output hits record");

        assertThat(page.skipped()).containsExactly(
                new SkippedBlock(TextPage.AFTER_LAST, "Reader’s pages"),
                new SkippedBlock(TextPage.AFTER_LAST, "Grid operators approve new rules Wind output hits record"));
    }

    @Test
    void recordsTextBeforeTheFirstPostAsSkipped() {
        ParsedPage page = parse("My Energy Blog", "Just another WordPress site", "", "Archive | Energy", "",
                "T", "", "Body.", "", "Posted in AComments Off on T");

        assertThat(page.skipped()).containsExactly(
                new SkippedBlock(TextPage.BEFORE_FIRST, "My Energy Blog Just another WordPress site"));
        assertThat(page.archiveCategory()).isEqualTo("Energy");
    }

    @Test
    void themeHeaderMarksTheTitleAfterSiteJunk() {
        ParsedPage page = parse("My Science Blog", "", "Rover finds rock", "", "Posted on September 14, 2022 by Ines Duarte", "",
                "Body.", "", "Posted in Science | Leave a comment");

        assertThat(only(page).title()).isEqualTo("Rover finds rock");
        assertThat(page.skipped()).extracting(SkippedBlock::excerpt).containsExactly("My Science Blog");
    }

    @Test
    void secondArchiveHeaderWithAnotherCategoryIsSkipped() {
        ParsedPage page = parse("Archive | Energy", "", "T", "", "Body.", "", "Posted in A | 1 Comment", "",
                "Archive | Wind", "", "U", "", "Body.", "", "Posted in B | 1 Comment");

        assertThat(page.archiveCategory()).isEqualTo("Energy");
        assertThat(page.skipped()).containsExactly(new SkippedBlock(TextPage.OTHER_ARCHIVE_HEADER, "Archive | Wind"));
    }

    @Test
    void dropsShareButtonsBeforeFooter() {
        ArticleDraft article = only(parse("T", "", "Body.", "", "Share this:", "", "Twitter", "Facebook", "", "Like this:",
                "", "Like Loading...", "", "Related", "", "Posted in A | Leave a comment"));

        assertThat(article.paragraphs()).containsExactly("Body.");
    }

    @Test
    void readsTagLineClosingTheBody() {
        ArticleDraft article = only(parse("T", "", "Body.", "", "Tags: grid, storage", "", "Posted in A | Leave a comment"));

        assertThat(article.paragraphs()).containsExactly("Body.");
        assertThat(article.tags()).containsExactly("grid", "storage");
    }

    @Test
    void dropsLynxReferenceList() {
        ParsedPage page = parse("T", "", "   Body of the post.", "", "Posted in A | Leave a comment", "", "References", "",
                "   1. https://example.org/", "   2. https://example.org/category/a/", "", "   Visible links", "");

        assertThat(only(page).paragraphs()).containsExactly("Body of the post.");
        assertThat(page.skipped()).isEmpty();
    }

    // --- bylines and dates ------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"By Harbor Desk", "By: Harbor Desk", "by Harbor Desk   ", "BY HARBOR DESK", "By Harbor Desk \t"})
    void readsOwnLineBylineVariants(String byline) {
        ArticleDraft article = only(parse("T", "", byline, "", "Body.", "", "Posted in AComments Off on T"));

        assertThat(article.authors()).hasSize(1);
        assertThat(article.authors().getFirst()).isEqualToIgnoringCase("Harbor Desk");
        assertThat(article.paragraphs()).containsExactly("Body.");
    }

    @Test
    void readsPostedOnHeaderWithSeveralAuthors() {
        ArticleDraft article = only(parse("T", "", "Posted on September 9, 2022 by Ines Duarte and Paul Okafor", "", "Body.",
                "", "Posted in Astronomy | 1 Comment"));

        assertThat(article.authors()).containsExactly("Ines Duarte", "Paul Okafor");
        assertThat(article.publishedAt()).isEqualTo(LocalDate.of(2022, 9, 9));
    }

    @Test
    void readsAuthorsJoinedByCommasAndAnd() {
        ArticleDraft article = only(parse("T", "", "By Ana Ruiz, Lee Wong and Sam Patel", "", "Body.", "", "Posted in A | 1 Comment"));

        assertThat(article.authors()).containsExactly("Ana Ruiz", "Lee Wong", "Sam Patel");
    }

    @Test
    void keepsStandfirstAndReadsGluedBylineDateAndViewCount() {
        ArticleDraft article = only(parse("Grid operators approve new storage rules. What now?", "",
                "Regional operators agree to count storage. The rules take effect in spring.By Harbor Desk -March 3, 20211542",
                "", "", "Battery operators will bid.", "", "Posted in EnergyComments Off on Grid operators approve new storage rules. What now?"));

        assertThat(article.paragraphs()).containsExactly(
                "Regional operators agree to count storage. The rules take effect in spring.", "Battery operators will bid.");
        assertThat(article.authors()).containsExactly("Harbor Desk");
        assertThat(article.publishedAt()).isEqualTo(LocalDate.of(2021, 3, 3));
        assertThat(article.viewCount()).isEqualTo(1542L);
    }

    @Test
    void readsGluedBylineWithoutViewCount() {
        ArticleDraft article = only(parse("T", "", "The standfirst.By Ana Ruiz – 3 March 2021", "", "Body.", "", "Posted in A | 1 Comment"));

        assertThat(article.paragraphs()).containsExactly("The standfirst.", "Body.");
        assertThat(article.authors()).containsExactly("Ana Ruiz");
        assertThat(article.publishedAt()).isEqualTo(LocalDate.of(2021, 3, 3));
        assertThat(article.viewCount()).isNull();
    }

    @Test
    void neverInventsAnAuthorFromTheBody() {
        ArticleDraft article = only(parse("T", "", "By the end of the year, the plant will close.", "",
                "Regulators must decide by Friday, March 3, 2021.", "", "By Harbor Desk", "", "Posted in A | 1 Comment"));

        assertThat(article.authors()).isEmpty();
        assertThat(article.publishedAt()).isNull();
        assertThat(article.paragraphs()).hasSize(3);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "March 3, 2021", "3 March 2021", "2021-03-03", "Mar 3, 2021", "Mar. 3rd, 2021", "Tuesday, March 3, 2021",
            "3 марта 2021", "3 de março de 2021", "3. März 2021", "March 3, 2021 at 10:15 am", "2021/03/03"})
    void parsesDatesInSeveralFormats(String date) {
        ArticleDraft article = only(parse("T", "", "Posted on " + date + " by Harbor Desk", "", "Body.", "", "Posted in A | 1 Comment"));

        assertThat(article.publishedAt()).isEqualTo(LocalDate.of(2021, 3, 3));
        assertThat(article.authors()).containsExactly("Harbor Desk");
    }

    @Test
    void bareDateLineUnderTheTitleIsThePublicationDate() {
        ArticleDraft article = only(parse("T", "", "3 March 2021", "", "Body.", "", "Posted in A | 1 Comment"));

        assertThat(article.publishedAt()).isEqualTo(LocalDate.of(2021, 3, 3));
        assertThat(article.paragraphs()).containsExactly("Body.");
    }

    @Test
    void dateLineAboveTheTitleIsThePublicationDate() {
        ParsedPage page = parse("March 3, 2021", "", "T", "", "Body.", "", "Posted in AComments Off on T");

        assertThat(only(page).publishedAt()).isEqualTo(LocalDate.of(2021, 3, 3));
        assertThat(page.skipped()).isEmpty();
    }

    @Test
    void impossibleDateIsNotABylineDate() {
        ArticleDraft article = only(parse("T", "", "Posted on February 30, 2021 by Harbor Desk", "", "Body.", "", "Posted in A | 1 Comment"));

        assertThat(article.publishedAt()).isNull();
        assertThat(article.paragraphs()).startsWith("Posted on February 30, 2021 by Harbor Desk");
    }

    // --- body ---------------------------------------------------------------------------------------

    @Test
    void joinsSoftWrappedLines() {
        ArticleDraft article = only(parse("T", "", "The rover reached", "the crater rim.", "", "Posted in A | 1 Comment"));

        assertThat(article.paragraphs()).containsExactly("The rover reached the crater rim.");
    }

    @Test
    void startsANewParagraphAfterAMediaPlaceholder() {
        ArticleDraft article = only(parse("T", "", "Before the image.", "JPEG - 29.9 kb", "The operators display their room.", "",
                "Posted in A | 1 Comment"));

        assertThat(article.paragraphs()).containsExactly("Before the image.", "The operators display their room.");
        assertThat(article.media()).containsExactly("JPEG - 29.9 kb");
    }

    @Test
    void mediaPlaceholderCaptionIsNotAParagraph() {
        ArticleDraft article = only(parse("T", "", "Standfirst.", "", "Image for post", "", "Inspectors at a substation. (Source: X)",
                "", "Body.", "", "Image for post", "Geolocation of the car park.", "", "End.", "", "Posted in A | 1 Comment"));

        assertThat(article.paragraphs()).containsExactly("Standfirst.", "Body.", "End.");
        assertThat(article.media()).containsExactly("Image for post", "Inspectors at a substation. (Source: X)",
                "Image for post", "Geolocation of the car park.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"JPEG - 71.3 kb", "PNG - 12 kb", "GIF - 1.2 Mb", "(PDF – 2.4 Mb)", "(PDF, 2.4 MB)", "JPG – 300 KB",
            "WEBP - 88 kB", "DOCX - 45 Ko"})
    void fileSizePlaceholdersGoToMedia(String placeholder) {
        ArticleDraft article = only(parse("T", "", "Body.", "", placeholder, "", "Posted in A | 1 Comment"));

        assertThat(article.paragraphs()).containsExactly("Body.");
        assertThat(article.media()).containsExactly(placeholder);
    }

    @Test
    void attachedDocumentsListGoesToMedia() {
        ArticleDraft article = only(parse("T", "", "Body.", "", "Attached documents", "", "Outage report 2021", "", "(PDF – 2.4 Mb)",
                "", "Posted in A | 1 Comment"));

        assertThat(article.paragraphs()).containsExactly("Body.");
        assertThat(article.media()).containsExactly("Attached documents", "Outage report 2021", "(PDF – 2.4 Mb)");
    }

    @Test
    void keepsBulletsQuotesSubheadingsAndEditorsNote() {
        ArticleDraft article = only(parse("T", "", "Editor’s note: This piece contains descriptions of unsafe work.", "",
                "“We are confident,” the operator said.", "", "A very old network", "", "– First step.", "", "– Second step.", "",
                "Posted in A | 1 Comment"));

        assertThat(article.paragraphs()).containsExactly("Editor’s note: This piece contains descriptions of unsafe work.",
                "“We are confident,” the operator said.", "A very old network", "– First step.", "– Second step.");
    }

    @Test
    void bulletLinesWithoutBlankLinesAreSeparateParagraphs() {
        ArticleDraft article = only(parse("T", "", "The board agreed:", "– publish the queues,", "– review after two years.",
                "• report monthly", "1. first", "2) second", "", "Posted in A | 1 Comment"));

        assertThat(article.paragraphs()).containsExactly("The board agreed:", "– publish the queues,", "– review after two years.",
                "• report monthly", "1. first", "2) second");
    }

    // --- footnotes ----------------------------------------------------------------------------------

    @Test
    void readsFootnotesAfterBodyVerbatim() {
        ArticleDraft article = only(parse("T", "", "Body [1] and [2].", "",
                "[1] “How Utilities Lobby State Capitols”, Dana Ortiz, The Civic Ledger, October 12, 2020.", "",
                "[2] “Lobbying “Reform” Revisited”, Sam Patel, June 10, 2016.", "", "[3] “Auction schedule challenged in court", "",
                "Posted in AComments Off on T"));

        assertThat(article.paragraphs()).containsExactly("Body [1] and [2].");
        assertThat(article.footnotes()).containsExactly(
                new Footnote(1, "“How Utilities Lobby State Capitols”, Dana Ortiz, The Civic Ledger, October 12, 2020."),
                new Footnote(2, "“Lobbying “Reform” Revisited”, Sam Patel, June 10, 2016."),
                new Footnote(3, "“Auction schedule challenged in court"));
    }

    @Test
    void footnoteMarkersStayInParagraphs() {
        ArticleDraft article = only(parse("T", "", "Most lines date from the 1960s [1]. Repairs were made one by one [12].", "",
                "Posted in A | 1 Comment"));

        assertThat(article.paragraphs()).containsExactly("Most lines date from the 1960s [1]. Repairs were made one by one [12].");
        assertThat(article.footnotes()).isEmpty();
    }

    @Test
    void bracketedNonNumbersAreText() {
        ArticleDraft article = only(parse("T", "", "Watch the clip.", "", "[VIDEO] The launch, filmed from the pad.", "",
                "[ПРОВЕРКА] Фото сделано в 2019 году.", "", "Posted in A | 1 Comment"));

        assertThat(article.paragraphs()).containsExactly("Watch the clip.", "[VIDEO] The launch, filmed from the pad.",
                "[ПРОВЕРКА] Фото сделано в 2019 году.");
        assertThat(article.footnotes()).isEmpty();
    }

    @Test
    void numberedLineFollowedByBodyTextIsText() {
        ArticleDraft article = only(parse("T", "", "[1] is how the report cites the audit.", "", "The utility denied it.", "",
                "Posted in A | 1 Comment"));

        assertThat(article.paragraphs()).containsExactly("[1] is how the report cites the audit.", "The utility denied it.");
        assertThat(article.footnotes()).isEmpty();
    }

    @Test
    void readsWrappedFootnoteContinuation() {
        ArticleDraft article = only(parse("T", "", "Body [1].", "", "[1] “Layered deposits”, I. Duarte and P. Okafor,",
                "Planetary Notes, 12 (3), 2022. https://example.org/notes/12-3", "", "Posted in A | 1 Comment"));

        assertThat(article.footnotes()).containsExactly(new Footnote(1,
                "“Layered deposits”, I. Duarte and P. Okafor, Planetary Notes, 12 (3), 2022. https://example.org/notes/12-3"));
    }

    @Test
    void footnotesAtTheEndOfAPageWithoutFooter() {
        ArticleDraft article = only(parse("Library extends weekend hours", "", "The council found the money [1].", "",
                "[1] “Budget 2021”, City Council, March 2021."));

        assertThat(article.footnotes()).containsExactly(new Footnote(1, "“Budget 2021”, City Council, March 2021."));
        assertThat(article.paragraphs()).containsExactly("The council found the money [1].");
    }

    // --- encoding and odd text -------------------------------------------------------------------

    @Test
    void acceptsWindowsAndOldMacLineEndings() {
        String unix = "T\n\nLine one\nline two.\n\nPosted in A | 1 Comment\n";
        ParsedPage expected = parser.parse(unix);

        assertThat(parser.parse(unix.replace("\n", "\r\n"))).isEqualTo(expected);
        assertThat(parser.parse(unix.replace("\n", "\r"))).isEqualTo(expected);
        assertThat(only(expected).paragraphs()).containsExactly("Line one line two.");
    }

    @Test
    void ignoresByteOrderMarkTabsAndNonBreakingSpaces() {
        ArticleDraft article = only(parser.parse("\uFEFFT\u00A0\n\t\nBy\u00A0Harbor Desk\t\n\n\tBody\twith\u00A0tabs.\n\u00A0\n"
                + "Posted in A |\u00A01 Comment"));

        assertThat(article.title()).isEqualTo("T");
        assertThat(article.authors()).containsExactly("Harbor Desk");
        assertThat(article.paragraphs()).containsExactly("Body with tabs.");
        assertThat(article.sourceCategories()).containsExactly("A");
    }

    @Test
    void unicodeAndUnbalancedQuotesSurvive() {
        ArticleDraft article = only(parse("Müller in São Paulo: «Ничего»", "", "By Zoë Müller-Lüdenscheidt", "",
                "On its website, the operator wrote: ” – We are confident. »", "", "He said “it was (not", "",
                "The newspapers: The Daily LedgerThe Morning Post.", "", "Posted in Économie, Россия | Tagged São Paulo | 1 Comment"));

        assertThat(article.title()).isEqualTo("Müller in São Paulo: «Ничего»");
        assertThat(article.authors()).containsExactly("Zoë Müller-Lüdenscheidt");
        assertThat(article.paragraphs()).containsExactly("On its website, the operator wrote: ” – We are confident. »",
                "He said “it was (not", "The newspapers: The Daily LedgerThe Morning Post.");
        assertThat(article.sourceCategories()).containsExactly("Économie", "Россия");
        assertThat(article.tags()).containsExactly("São Paulo");
    }

    @Test
    void readsRussianWordPressFooter() {
        ParsedPage page = parse("Заголовок", "", "Текст.", "", "Опубликовано в рубрике Экономика | Метки: газ, цены | Оставить комментарий",
                "", "Второй", "", "Текст два.", "", "Рубрика: Политика Комментарии к записи Второй отключены");

        assertThat(page.articles()).extracting(ArticleDraft::title).containsExactly("Заголовок", "Второй");
        assertThat(page.articles().getFirst().tags()).containsExactly("газ", "цены");
        assertThat(page.articles().get(1).sourceCategories()).containsExactly("Политика");
    }

    @Test
    void binaryLookingTextDoesNotBreakTheParse() {
        String junk = "\u0000\u0001PK\u0003\u0004\uFFFD\uD800x\u001B[0m" + "\u0007".repeat(50);
        ParsedPage page = parser.parse(junk + "\n\n" + junk + "\n");

        assertThat(page.articles()).hasSize(1);
    }
}
