package org.archivist.ingest.archive.html;

import org.archivist.ingest.article.ArticleDraft;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.archivist.contract.Footnote;
import org.junit.jupiter.api.Test;
import org.archivist.ingest.archive.ParsedPage;
import org.archivist.ingest.archive.SkippedBlock;

/** One behaviour per test, on small hand-written pages. */
class HtmlPageParserTests {

    private static final String BODY = "<p>The committee met on Tuesday and agreed the budget for next year after a long debate.</p>"
            + "<p>Members said the new figures leave enough room for the library and the swimming pool.</p>";
    private static final String[] BODY_PARAGRAPHS = {
            "The committee met on Tuesday and agreed the budget for next year after a long debate.",
            "Members said the new figures leave enough room for the library and the swimming pool." };

    private final HtmlPageParser parser = new HtmlPageParser();

    private ArticleDraft single(String html) {
        ParsedPage page = parser.parse(html);
        assertThat(page.articles()).hasSize(1);
        return page.articles().getFirst();
    }

    private static String post(int id, String title, String body) {
        return "<div class='post-" + id + " post type-post'><h2 class='entry-title'><a href='https://x.example/" + id
                + "/'>" + title + "</a></h2><div class='entry-content'>" + body + "</div></div>";
    }

    @Test
    void takesHeadlineFromJsonLdNewsArticle() {
        ArticleDraft article = single("<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Budget agreed\",\"datePublished\":\"2024-05-02T10:00:00+02:00\","
                + "\"author\":\"Ana Pérez\"}</script><article>" + BODY + "</article>");

        assertThat(article.title()).isEqualTo("Budget agreed");
        assertThat(article.publishedAt()).isEqualTo(LocalDate.of(2024, 5, 2));
        assertThat(article.authors()).containsExactly("Ana Pérez");
    }

    @Test
    void findsJsonLdArticleInsideGraphAndResolvesAuthorById() {
        ArticleDraft article = single("<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"WebPage\","
                + "\"name\":\"Site\"},{\"@type\":[\"Article\"],\"headline\":\"Budget agreed\",\"author\":{\"@id\":\"#p1\"}},"
                + "{\"@type\":\"Person\",\"@id\":\"#p1\",\"name\":\"Jo Lind\"}]}</script><article>" + BODY + "</article>");

        assertThat(article.title()).isEqualTo("Budget agreed");
        assertThat(article.authors()).containsExactly("Jo Lind");
    }

    @Test
    void readsJsonLdWithTrailingCommas() {
        ArticleDraft article = single("<script type='application/ld+json'>{\"@type\":\"BlogPosting\",\"headline\":"
                + "\"Budget agreed\",\"author\":[{\"name\":\"A One\"},{\"name\":\"B Two\"},],}</script><article>" + BODY
                + "</article>");

        assertThat(article.authors()).containsExactly("A One", "B Two");
    }

    @Test
    void ignoresBrokenJsonLdAndFallsBackToOpenGraph() {
        ArticleDraft article = single("<meta property='og:title' content='From OG'><script type='application/ld+json'>"
                + "{\"@type\":\"Article\",</script><article>" + BODY + "</article>");

        assertThat(article.title()).isEqualTo("From OG");
    }

    @Test
    void takesMetadataFromOpenGraphTags() {
        ArticleDraft article = single("<meta property='og:title' content='Budget agreed'>"
                + "<meta property='og:url' content='https://news.example/budget'>"
                + "<meta property='article:published_time' content='2023-11-30T23:30:00-05:00'>"
                + "<meta property='article:author' content='https://facebook.example/someone'>"
                + "<meta name='author' content='Kim Sato'><article>" + BODY + "</article>");

        assertThat(article.url()).isEqualTo("https://news.example/budget");
        assertThat(article.publishedAt()).isEqualTo(LocalDate.of(2023, 11, 30));
        assertThat(article.authors()).containsExactly("Kim Sato");
    }

    @Test
    void prefersCanonicalLinkForUrl() {
        ArticleDraft article = single("<link rel='canonical' href='https://news.example/a'>"
                + "<meta property='og:url' content='https://news.example/a?utm=x'><article>" + BODY + "</article>");

        assertThat(article.url()).isEqualTo("https://news.example/a");
    }

    @Test
    void stripsSiteNameFromTitleWhenH1Confirms() {
        ArticleDraft article = single("<title>x</title><meta property='og:title' content='Budget agreed | The Daily'>"
                + "<article><h1>Budget agreed</h1>" + BODY + "</article>");

        assertThat(article.title()).isEqualTo("Budget agreed");
    }

    @Test
    void keepsTitleSuffixWhenNoHeadingConfirmsIt() {
        ArticleDraft article = single("<meta property='og:title' content='Budget: agreed | approved'><article>" + BODY
                + "</article>");

        assertThat(article.title()).isEqualTo("Budget: agreed | approved");
    }

    @Test
    void prefersFullH1OverTruncatedJsonLdHeadline() {
        ArticleDraft article = single("<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":"
                + "\"The committee finally agreed the budget for…\"}</script><article><h1>The committee finally agreed the "
                + "budget for next year</h1>" + BODY + "</article>");

        assertThat(article.title()).isEqualTo("The committee finally agreed the budget for next year");
    }

    @Test
    void readsMicrodataHeadlineDateAndAuthor() {
        ArticleDraft article = single("<div itemscope itemtype='http://schema.org/NewsArticle'><h2 itemprop='headline'>"
                + "Budget agreed</h2><meta itemprop='datePublished' content='2019-08-02'><span itemprop='author' itemscope>"
                + "<span itemprop='name'>Carla Mendes</span></span><div itemprop='articleBody'>" + BODY + "</div></div>");

        assertThat(article.title()).isEqualTo("Budget agreed");
        assertThat(article.publishedAt()).isEqualTo(LocalDate.of(2019, 8, 2));
        assertThat(article.authors()).containsExactly("Carla Mendes");
        assertThat(article.paragraphs()).hasSize(2);
    }

    @Test
    void readsTimeElementWhenNoMetaDate() {
        ArticleDraft article = single("<article><h1>T</h1><time datetime='2020-02-29'>Feb 29</time>" + BODY
                + "</article>");

        assertThat(article.publishedAt()).isEqualTo(LocalDate.of(2020, 2, 29));
    }

    @Test
    void readsWrittenRussianDateNextToTitle() {
        ArticleDraft article = single("<article><h1>Заголовок</h1><span>14 сентября 2022, 21:07</span>" + BODY
                + "</article>");

        assertThat(article.publishedAt()).isEqualTo(LocalDate.of(2022, 9, 14));
    }

    @Test
    void splitsBylineIntoAuthors() {
        ArticleDraft article = single("<article><h1>T</h1><p class='byline'>By Grace Aoki and Martin Ruiz</p>" + BODY
                + "</article>");

        assertThat(article.authors()).containsExactly("Grace Aoki", "Martin Ruiz");
        assertThat(article.paragraphs()).noneMatch(text -> text.contains("Grace"));
    }

    @Test
    void dropsNavigationHeaderFooterAndAsides() {
        ArticleDraft article = single("<header><nav><a href='/'>Home</a><a href='/news'>News</a></nav></header>"
                + "<main><article><h1>T</h1>" + BODY + "<aside><p>Pull quote repeated from the body text here.</p></aside>"
                + "</article></main><footer><p>Copyright 2024 Example Media Group, all rights reserved worldwide.</p></footer>");

        assertThat(article.paragraphs()).hasSize(2);
    }

    @Test
    void dropsShareBarsRelatedListsAndCommentsByClassName() {
        ArticleDraft article = single("<article><h1>T</h1>" + BODY
                + "<div class='share-buttons'><a>Facebook</a><a>Email</a></div>"
                + "<div class='related-posts'><p>Another story about the committee and the budget vote last year.</p></div>"
                + "<section id='comments'><p>I disagree with every single word of this budget, shame on them.</p></section>"
                + "</article>");

        assertThat(article.paragraphs()).hasSize(2);
    }

    @Test
    void dropsCookieBannerAndNewsletterBox() {
        ArticleDraft article = single("<div class='cookie-consent'><p>We use cookies to improve your experience of "
                + "this website and to show you relevant advertising.</p></div><article><h1>T</h1>" + BODY
                + "<div class='newsletter-signup'><p>Get our morning briefing in your inbox every weekday at six.</p>"
                + "</div></article>");

        assertThat(article.paragraphs()).hasSize(2).noneMatch(text -> text.contains("cookies"));
    }

    @Test
    void readsBemBodyClassesAsBodyClasses() {
        ArticleDraft article = single("<main><div class='article__body article-overlay-handle'>" + BODY + "</div>"
                + "<div class='teaser-list'><p>Another story that has nothing to do with the budget at all today.</p></div>"
                + "</main>");

        assertThat(article.paragraphs()).hasSize(2).noneMatch(text -> text.contains("Another story"));
    }

    @Test
    void findsABodyThatPageBuildersWrappedInWidgetBoxes() {
        String paragraphs = (BODY + "<p>The mayor said the library would open on Sundays again from the spring onwards,"
                + " and the pool would be heated all year.</p>").repeat(3);
        ArticleDraft article = single("<div class='elementor-widget elementor-widget-heading'><h1>Budget agreed</h1></div>"
                + "<div class='elementor-widget elementor-widget-theme-post-content'><div class='elementor-widget-container'>"
                + paragraphs + "</div></div>");

        assertThat(article.paragraphs()).hasSize(9).first().asString().startsWith("The committee met");
    }

    @Test
    void aWidgetWrappedBodyStillLeavesTheCommentsOut() {
        String comment = "<li class='comment'><p>I have been going to that pool for thirty years and I am delighted that the "
                + "council has finally decided to keep it open for everyone in town.</p></li>";
        ArticleDraft article = single("<div class='widget-box'><h1>Budget agreed</h1>" + BODY + "</div>"
                + "<ol class='comment-list'>" + comment.repeat(6) + "</ol>");

        assertThat(article.paragraphs()).hasSize(2).noneMatch(text -> text.contains("thirty years"));
    }

    @Test
    void readsABodyCutIntoChunksBetweenAdsWhole() {
        String paragraph = "<p>%s The committee met on Tuesday and agreed the budget for next year after a long debate "
                + "about the library, the pool and the bus that takes children to both.</p>";
        String ad = "<div class='ad-slot'><p>Advertisement for a very good car that nobody reading this needs at all.</p></div>";
        String open = "<div class='body body__container article__body'>";
        ParsedPage page = parser.parse("<main><h1>Budget agreed</h1><div class='article__chunks'>" + open
                + paragraph.formatted("One.") + paragraph.formatted("Two.") + paragraph.formatted("Three.")
                + paragraph.formatted("Four.") + "</div>" + ad + open + paragraph.formatted("Five.") + "</div>" + ad
                + open + paragraph.formatted("Six.") + "</div></div>"
                + "<div class='related'>" + open + "<p>A teaser of another story that shares the chunk markup but sits "
                + "in a related box below the article.</p></div></div></main>");

        assertThat(page.articles()).hasSize(1);
        assertThat(page.articles().getFirst().paragraphs()).extracting(text -> text.substring(0, text.indexOf('.')))
                .containsExactly("One", "Two", "Three", "Four", "Five", "Six");
    }

    @Test
    void doesNotJoinTeaserCardsThatShareTheBodysMarkupIntoIt() {
        String card = "<div class='card'><p>Another story in a card that only looks like the article's own text block.</p></div>";
        ArticleDraft article = single("<main><article><h1>Budget agreed</h1><div class='card'>" + BODY + BODY + BODY
                + "</div></article><section class='more'>" + card + card + card + card + card + card + card + card
                + "</section></main>");

        assertThat(article.paragraphs()).hasSize(6).noneMatch(text -> text.contains("Another story"));
    }

    @Test
    void keepsAShortParagraphThatFollowsAFigure() {
        ArticleDraft article = single("<article><h1>T</h1>" + BODY + "<figure><img src='/chart.png'></figure>"
                + "<p>The council denies any wrongdoing.</p></article>");

        assertThat(article.paragraphs()).hasSize(3).last().isEqualTo("The council denies any wrongdoing.");
        assertThat(article.media()).containsExactly("/chart.png");
    }

    @Test
    void keepsAnEmbeddedTweetAsQuotedText() {
        ArticleDraft article = single("<article><h1>T</h1>" + BODY + "<blockquote class='twitter-tweet'><p>The pool "
                + "stays open, and so does the library.</p>— Town Council (@council) March 3, 2024</blockquote></article>");

        assertThat(article.paragraphs()).contains("The pool stays open, and so does the library.");
    }

    @Test
    void longCommentsNeverWinOverAShorterArticle() {
        String comment = "<div class='comment'><div class='content'><p>I have been swimming in that pool for thirty years "
                + "and I am delighted that the council has finally decided to keep it open for everyone in town.</p><p>"
                + "Let us hope the library gets the same treatment next year, because the reading room is falling apart."
                + "</p><p>And while they are at it, the bus to the pool should run on Sundays as well, as it did until 2019.</p>"
                + "</div></div>";
        ArticleDraft article = single("<div class='article'><h1>Budget agreed</h1>" + BODY + "</div>"
                + "<div id='comments'>" + comment.repeat(8) + "</div>");

        assertThat(article.paragraphs()).hasSize(2).noneMatch(text -> text.contains("thirty years"));
    }

    @Test
    void readsPagesThatAFormWrapsWhole() {
        ArticleDraft article = single("<form id='aspnetForm' action='/article.aspx'><div class='page'><h1>Budget agreed</h1>"
                + BODY + "</div></form>");

        assertThat(article.paragraphs()).hasSize(2);
    }

    @Test
    void aBoxOpenedByAYouMayAlsoLikeHeadingIsNotTheArticle() {
        String teaser = "<article class='postbox'><h2><a href='/x'>Gratidão</a></h2><p>Gratidão pela vida está nos detalhes, "
                + "no sorriso dado logo ao despertar e na prece de agradecimento por mais um dia.</p></article>";
        ArticleDraft article = single("<article class='articlebox'><h1>Só quem se ama</h1><p>" + "Viver uma verdadeira "
                + "experiência amorosa é um dos maiores prazeres da vida. ".repeat(8) + "</p></article>"
                + "<article class='postbox'><h3 class='relatedpoststitle'>Você pode gostar...</h3>" + teaser.repeat(6)
                + "</article>");

        assertThat(article.paragraphs()).hasSize(1).first().asString().startsWith("Viver uma verdadeira");
    }

    @Test
    void dropsHiddenElementsAndInlineAdLabels() {
        ArticleDraft article = single("<article><h1>T</h1>" + BODY + "<div style='display: none'><p>Hidden teaser text"
                + " that no reader ever sees on the rendered page.</p></div><div><span>Advertisement</span></div></article>");

        assertThat(article.paragraphs()).hasSize(2);
    }

    @Test
    void keepsBlockElementsAsSeparateParagraphs() {
        ArticleDraft article = single("<article><h1>T</h1>" + BODY + "<h2>What next</h2><ul><li>First point made.</li>"
                + "<li>Second point made.</li></ul><blockquote><p>A quoted line.</p><p>Another quoted line.</p>"
                + "</blockquote></article>");

        assertThat(article.paragraphs()).containsSubsequence("What next", "First point made.", "Second point made.",
                "A quoted line.", "Another quoted line.");
    }

    @Test
    void turnsDoubleLineBreaksIntoParagraphs() {
        ArticleDraft article = single("<div class='story'>The first paragraph of a page that has no paragraph markup at"
                + " all.<br><br>The second paragraph, which\nwraps<br>over two lines.</div>");

        assertThat(article.paragraphs()).containsExactly(
                "The first paragraph of a page that has no paragraph markup at all.",
                "The second paragraph, which wraps over two lines.");
    }

    @Test
    void skipsLinkOnlyParagraphsAndReportsThem() {
        ParsedPage page = parser.parse("<article><h1>T</h1>" + BODY + "<p><a href='/x'>Council approves the new stop sign"
                + " on Elm Street</a></p></article>");

        assertThat(page.articles().getFirst().paragraphs()).hasSize(2);
        assertThat(page.skipped()).extracting(SkippedBlock::reason).contains("link-only block in article body");
    }

    @Test
    void reportsTextOutsideTheMainContentAsSkipped() {
        ParsedPage page = parser.parse("<article><h1>T</h1>" + BODY + BODY + "</article><div><p>An unlabelled box with a"
                + " long paragraph that is not part of the article but might matter to someone.</p></div>");

        assertThat(page.skipped()).extracting(SkippedBlock::reason).contains("text outside the main content");
    }

    @Test
    void turnsSupLinksIntoMarkersAndOrderedListIntoFootnotes() {
        ArticleDraft article = single("<article><h1>T</h1><p>A claim that needs a source<sup><a href='#fn1'>1</a></sup>"
                + " and another one.<sup><a href='#fn2'>2</a></sup></p><p>More text of the body without any markers.</p>"
                + "<ol class='footnotes'><li id='fn1'>First source, 2020. <a href='#r1' class='footnote-backref'>↩</a></li>"
                + "<li id='fn2'>Second source, 2021.</li></ol></article>");

        assertThat(article.paragraphs().getFirst())
                .isEqualTo("A claim that needs a source[1] and another one.[2]");
        assertThat(article.footnotes()).containsExactly(new Footnote(1, "First source, 2020."),
                new Footnote(2, "Second source, 2021."));
    }

    @Test
    void readsListUnderNotesHeadingAsFootnotes() {
        ArticleDraft article = single("<article><h1>T</h1>" + BODY + "<h3>Notes</h3><ol><li>A book, 1999.</li></ol>"
                + "</article>");

        assertThat(article.paragraphs()).hasSize(2);
        assertThat(article.footnotes()).containsExactly(new Footnote(1, "A book, 1999."));
    }

    @Test
    void readsTrailingBracketedParagraphsAsFootnotes() {
        ArticleDraft article = single("<article><h1>T</h1>" + BODY + "<p>[1] “Title”, Author, Paper, May 1, 2020.</p>"
                + "<p>[2] “Other”, Someone.</p></article>");

        assertThat(article.paragraphs()).hasSize(2);
        assertThat(article.footnotes()).extracting(Footnote::number).containsExactly(1, 2);
    }

    @Test
    void keepsBracketedNonNumbersAsText() {
        ArticleDraft article = single("<article><h1>T</h1><p>[VIDEO] The committee met on Tuesday and agreed the"
                + " budget.</p>" + BODY + "</article>");

        assertThat(article.paragraphs().getFirst()).startsWith("[VIDEO]");
        assertThat(article.footnotes()).isEmpty();
    }

    @Test
    void leavesSuperscriptUnitsAloneWhenThereAreNoFootnotes() {
        ArticleDraft article = single("<article><h1>T</h1><p>The new hall covers 900 m<sup>2</sup> of floor space and"
                + " opens next spring.</p>" + BODY + "</article>");

        assertThat(article.paragraphs().getFirst()).contains("900 m2 of floor");
    }

    @Test
    void sendsFiguresCaptionsAndAttachmentsToMedia() {
        ArticleDraft article = single("<article><h1>T</h1>" + BODY + "<figure><img src='https://x.example/a.jpg'>"
                + "<figcaption>The committee room.</figcaption></figure><p><a href='/r.pdf'>Report</a> (PDF – 2.4 Mb)</p>"
                + "</article>");

        assertThat(article.paragraphs()).hasSize(2);
        assertThat(article.media()).containsExactly("https://x.example/a.jpg", "Report (PDF – 2.4 Mb)");
    }

    @Test
    void readsWordPressArchiveHeaderAsArchiveCategory() {
        ParsedPage page = parser.parse("<h1 class='page-title'>Archive | Energy</h1>" + post(1, "One", BODY)
                + post(2, "Two", BODY));

        assertThat(page.archiveCategory()).isEqualTo("Energy");
        assertThat(page.articles()).extracting(ArticleDraft::title).containsExactly("One", "Two");
        assertThat(page.articles()).extracting(ArticleDraft::url)
                .containsExactly("https://x.example/1/", "https://x.example/2/");
    }

    @Test
    void readsArchivePostCategoriesAndTagsSeparately() {
        ParsedPage page = parser.parse(post(1, "One", BODY).replace("</div></div>", "</div><span class='cat-links'>"
                + "<a rel='category tag'>U.S.A</a></span><span class='tag-links'><a rel='tag'>grid</a></span></div>")
                + post(2, "Two", BODY));

        assertThat(page.articles().getFirst().sourceCategories()).containsExactly("U.S.A");
        assertThat(page.articles().getFirst().tags()).containsExactly("grid");
    }

    @Test
    void treatsSinglePostContainerOnArchivePageAsArchive() {
        ParsedPage page = parser.parse("<body class='archive category'><h1 class='page-title'>Category Archives: "
                + "<span>Science</span></h1>" + post(1, "Only", BODY) + "</body>");

        assertThat(page.archiveCategory()).isEqualTo("Science");
        assertThat(page.articles()).extracting(ArticleDraft::title).containsExactly("Only");
    }

    @Test
    void yieldsNoArticleForEmptyInput() {
        assertThat(parser.parse("").articles()).isEmpty();
        assertThat(parser.parse("   ").articles()).isEmpty();
        assertThat(parser.parse(null).articles()).isEmpty();
    }

    @Test
    void yieldsNoArticleForScriptOnlyPage() {
        ParsedPage page = parser.parse("<html><head><script>var a = 'lots of text in a script that is not an article "
                + "at all and must never become one';</script></head><body><script>document.write('x')</script>"
                + "<style>p{color:red}</style></body></html>");

        assertThat(page.articles()).isEmpty();
    }

    @Test
    void yieldsNoArticleForPageWithoutBodyText() {
        assertThat(parser.parse("<html><head><title>Only a title</title></head></html>").articles()).isEmpty();
    }

    @Test
    void readsTheArticleOfHtmlNestedOneHundredThousandLevelsDeep() {
        String deep = "<div>".repeat(100_000) + "<p>The committee met on Tuesday and agreed the budget for next year.</p>"
                + "</div>".repeat(100_000);

        ParsedPage page = parser.parse("<html><body>" + deep + "</body></html>");

        assertThat(page.articles()).singleElement().satisfies(article -> assertThat(article.paragraphs())
                .containsExactly("The committee met on Tuesday and agreed the budget for next year."));
        assertReadable(page);
    }

    @Test
    void readsTheArticleUnderDeeplyNestedInlineElementsAndPostContainers() {
        String deep = "<div class='post-1 type-post'><span><a href='#fn1'>1</a>".repeat(20_000) + BODY
                + "</span></div>".repeat(20_000);

        ParsedPage page = parser.parse(deep);

        assertReadable(page);
        assertThat(page.articles()).singleElement().satisfies(article -> assertThat(article.paragraphs())
                .containsSubsequence(BODY_PARAGRAPHS));
    }

    @Test
    void readsTheArticleAfterNulBytesAndBinaryJunk() {
        StringBuilder junk = new StringBuilder("<p>\u0000\u0001\u00ff");
        for (int i = 0; i < 5_000; i++) {
            junk.append((char) (i * 7919 % 0xD7FF));
        }
        ParsedPage page = parser.parse(junk + "</p><article>\u0000" + BODY + "</article>");

        assertReadable(page);
        assertThat(page.articles()).singleElement().satisfies(article -> assertThat(article.paragraphs())
                .containsSubsequence(BODY_PARAGRAPHS).noneMatch(text -> text.contains("\u0000")));
    }

    /** The parser catches what it cannot read and reports it as skipped; these pages must not need that. */
    private static void assertReadable(ParsedPage page) {
        assertThat(page.skipped()).extracting(SkippedBlock::reason)
                .noneMatch(reason -> reason.startsWith(HtmlPageParser.UNREADABLE));
    }

    @Test
    void survivesUnclosedAndMisnestedTags() {
        ParsedPage page = parser.parse("<html><body><article><h1>T<p>One <b>bold <i>both</b> italic</i> text that "
                + "goes on for a while.<p>Two<table><tr><td>cell<div></article></span></body>");

        assertThat(page.articles()).singleElement().satisfies(article -> assertThat(article.paragraphs()).isNotEmpty());
    }
}
