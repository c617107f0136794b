package org.archivist.ingest.archive.html;

import org.archivist.ingest.article.ArticleDraft;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.archivist.ingest.archive.ParsedPage;

class HtmlArticleMetadataTests {

    private static final String BODY = "<p>The council met on Tuesday evening and agreed the budget for next year after a long"
            + " debate about the cost of repairing the harbour wall and the future of the ferry service.</p>"
            + "<p>Councillors from both groups said the final figures were a compromise, and that the harbour repairs"
            + " would start in the spring if the contractor could be signed before the end of the month.</p>"
            + "<p>The ferry service will keep its winter timetable, with two extra sailings on Saturdays from April"
            + " until the end of September, paid for out of the reserve that was set aside last year.</p>";

    private static HtmlArticleMetadata read(String head, String body) {
        Document document = Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>");
        return HtmlArticleMetadata.read(document, MainContentExtractor.roots(document, HtmlTextStats.measure(document)));
    }

    private static String article(String header) {
        return "<article><header>" + header + "</header><div class=\"entry-content\">" + BODY + "</div></article>";
    }

    @Nested
    class Title {

        @Test
        void takesTheHeadlineOfTheArticleInsideAGraph() {
            String jsonLd = "<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Harbour News\"},"
                    + "{\"@type\":\"NewsArticle\",\"headline\":\"Budget agreed\"}]}</script>";
            assertThat(read(jsonLd, article("")).title()).isEqualTo("Budget agreed");
        }

        @Test
        void takesOgTitleWithoutTheSiteNameAfterABar() {
            String head = "<meta property=\"og:site_name\" content=\"Harbour News\"><meta property=\"og:title\""
                    + " content=\"Budget agreed | Harbour News\">";
            assertThat(read(head, article("")).title()).isEqualTo("Budget agreed");
        }

        @Test
        void stripsTheJsonLdPublisherNameBeforeAColon() {
            String jsonLd = "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":\"Harbour News: Budget agreed\","
                    + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Harbour News\"}}</script>";
            assertThat(read(jsonLd, article("")).title()).isEqualTo("Budget agreed");
        }

        @Test
        void keepsAHeadlineWhoseDashIsItsOwn() {
            String head = "<meta property=\"og:site_name\" content=\"Harbour News\"><meta property=\"og:title\""
                    + " content=\"Ferry review – slow, cold and worth it\">";
            assertThat(read(head, article("")).title()).isEqualTo("Ferry review – slow, cold and worth it");
        }

        @Test
        void neverTakesTheSiteNameForTheTitle() {
            String head = "<title>Budget agreed - The Harbour Blog</title><meta property=\"og:site_name\" content=\"The Harbour Blog\">"
                    + "<meta property=\"og:title\" content=\"The Harbour Blog\">";
            String body = "<h1 class=\"site-title\">The Harbour Blog</h1>" + article("<h1 class=\"entry-title\">Budget agreed</h1>");
            assertThat(read(head, body).title()).isEqualTo("Budget agreed");
        }

        @Test
        void skipsALogoHeadingAndReadsTheDocumentTitleWithoutTheLogoText() {
            String head = "<title>Budget agreed - Harbour News</title>";
            String body = "<div id=\"header\"><a href=\"/\"><h1>Harbour News</h1></a></div>"
                    + "<div class=\"news\">" + BODY + "</div>";
            assertThat(read(head, body).title()).isEqualTo("Budget agreed");
        }

        @Test
        void keepsTheDocumentTitleWholeWhenNothingNamesTheSite() {
            String body = "<div class=\"news\">" + BODY + "</div>";
            assertThat(read("<title>Budget agreed - Harbour News</title>", body).title())
                    .isEqualTo("Budget agreed - Harbour News");
        }

        @Test
        void prefersTheArticleHeadingThatConfirmsTheTitleTag() {
            String head = "<title>Budget agreed - Harbour News</title>";
            assertThat(read(head, article("<h1>Budget agreed</h1>")).title()).isEqualTo("Budget agreed");
        }

        @Test
        void decodesEntitiesThatWereEscapedTwice() {
            String head = "<meta property=\"og:title\" content=\"Budget &amp;#8216;agreed&amp;#8217;\">";
            assertThat(read(head, article("")).title()).isEqualTo("Budget ‘agreed’");
        }
    }

    @Nested
    class Authors {

        @Test
        void takesTheAuthorOfTheMainJsonLdItemById() {
            String jsonLd = "<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"Person\",\"@id\":\"#jo\",\"name\":\"Jo Lind\"},"
                    + "{\"@type\":\"BlogPosting\",\"headline\":\"Budget agreed\",\"author\":{\"@id\":\"#jo\"}}]}</script>";
            assertThat(read(jsonLd, article("")).authors()).containsExactly("Jo Lind");
        }

        @Test
        void normalisesTheMetaAuthor() {
            assertThat(read("<meta name=\"author\" content=\"By Jane Doe, Staff Writer\">", article("")).authors())
                    .containsExactly("Jane Doe");
        }

        @Test
        void ignoresAnArticleAuthorThatIsAUrl() {
            String head = "<meta property=\"article:author\" content=\"https://www.facebook.com/harbournews\">"
                    + "<meta name=\"author\" content=\"Jane Doe\">";
            assertThat(read(head, article("")).authors()).containsExactly("Jane Doe");
        }

        @Test
        void readsTheAuthorLinkInTheArticleHeader() {
            String header = "<h1>Budget agreed</h1><p class=\"meta\">By <a rel=\"author\" href=\"/author/jane\""
                    + " title=\"View all posts by Jane Doe\">View all posts by Jane Doe</a></p>";
            assertThat(read("", article(header)).authors()).containsExactly("Jane Doe");
        }

        @Test
        void readsAStaffCreditAsNoAuthor() {
            assertThat(read("<meta name=\"author\" content=\"Courier Staff\">", article("")).authors()).isEmpty();
        }

        @Test
        void readsTheSiteNameAsNoAuthor() {
            String head = "<meta property=\"og:site_name\" content=\"LinkNaija\"><meta name=\"author\" content=\"LinkNaija\">";
            assertThat(read(head, article("")).authors()).isEmpty();
        }

        @Test
        void neverTakesBylinesFromRelatedPosts() {
            String body = article("<h1>Budget agreed</h1>") + "<div class=\"related-posts\"><div class=\"post\"><h3>Ferry"
                    + " fares rise</h3><span class=\"byline\">By Other Writer</span><a rel=\"author\" href=\"/a/o\">Other"
                    + " Writer</a></div></div>";
            assertThat(read("", body).authors()).isEmpty();
        }

        @Test
        void neverTakesCommentAuthors() {
            String body = "<article><h1>Budget agreed</h1><div class=\"entry-content\">" + BODY + "</div>"
                    + "<ol id=\"comments\"><li><cite class=\"comment-author\" itemprop=\"author\">Karol</cite>"
                    + "<span class=\"author\">Lilian</span><p>Great post.</p></li></ol></article>";
            assertThat(read("", body).authors()).isEmpty();
        }

        @Test
        void neverTakesTheSidebarAuthorBoxOfAnotherPost() {
            String body = article("<h1>Budget agreed</h1><span class=\"author\">Jane Doe</span>")
                    + "<aside class=\"sidebar\"><div class=\"author\">By Sam Sidebar</div></aside>";
            assertThat(read("", body).authors()).containsExactly("Jane Doe");
        }

        @Test
        void readsAThemeHeaderLineAfterTheTitle() {
            String body = "<div><h1>Budget agreed</h1><b>Posted 9 April 2007 by Geoff Tanner</b>" + BODY + "</div>";
            HtmlArticleMetadata metadata = read("", body);
            assertThat(metadata.authors()).containsExactly("Geoff Tanner");
            assertThat(metadata.publishedAt()).isEqualTo(LocalDate.of(2007, 4, 9));
        }

        @Test
        void takesNoAuthorFromASentenceWithBy() {
            String body = "<div><h1>Budget agreed</h1><p class=\"standfirst\">The plan was approved by Harbour Council.</p>"
                    + BODY + "</div>";
            assertThat(read("", body).authors()).isEmpty();
        }
    }

    @Nested
    class PublishedAt {

        @Test
        void prefersJsonLdDatePublishedOverModified() {
            String jsonLd = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Budget agreed\","
                    + "\"dateModified\":\"2024-03-01\",\"datePublished\":\"2024-02-08T09:00:00Z\"}</script>";
            assertThat(read(jsonLd, article("")).publishedAt()).isEqualTo(LocalDate.of(2024, 2, 8));
        }

        @Test
        void skipsAPlaceholderJsonLdDate() {
            String head = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Budget agreed\","
                    + "\"datePublished\":\"0001-01-01T00:00:00Z\"}</script>"
                    + "<link rel=\"canonical\" href=\"https://example.com/story/2019/11/19/budget-agreed/\">";
            assertThat(read(head, article("")).publishedAt()).isEqualTo(LocalDate.of(2019, 11, 19));
        }

        @Test
        void readsEachMetaDateKey() {
            for (String tag : new String[] {"<meta property=\"article:published_time\" content=\"2021-10-12T08:00:00+03:00\">",
                    "<meta property=\"og:published_time\" content=\"2021-10-12\">",
                    "<meta itemprop=\"datePublished dateCreated\" content=\"2021-10-12T11:00:09.000Z\">",
                    "<meta name=\"pubdate\" content=\"20211012\">", "<meta name=\"DC.date\" content=\"2021-10-12\">",
                    "<meta name=\"date\" content=\"2021-10-12\">", "<meta name=\"sailthru.date\" content=\"2021-10-12 08:00:00\">",
                    "<meta name=\"parsely-pub-date\" content=\"2021-10-12T08:00:00Z\">"}) {
                assertThat(read(tag, article("")).publishedAt()).as(tag).isEqualTo(LocalDate.of(2021, 10, 12));
            }
        }

        @Test
        void prefersThePublishedMetaOverTheModifiedOne() {
            String head = "<meta property=\"article:modified_time\" content=\"2022-01-02\">"
                    + "<meta property=\"article:published_time\" content=\"2021-12-01\">";
            assertThat(read(head, article("")).publishedAt()).isEqualTo(LocalDate.of(2021, 12, 1));
        }

        @Test
        void fallsBackToTheModifiedDateWhenNothingElseHasOne() {
            assertThat(read("<meta property=\"article:modified_time\" content=\"2022-01-02\">", article("")).publishedAt())
                    .isEqualTo(LocalDate.of(2022, 1, 2));
        }

        @Test
        void readsTheTimeInTheArticleHeaderNotInRelatedPosts() {
            String body = "<div class=\"related\"><time datetime=\"2020-01-01\">1 Jan</time></div>"
                    + article("<h1>Budget agreed</h1><time class=\"updated\" datetime=\"2023-06-01\">June</time>"
                            + "<time datetime=\"2023-05-17T08:00\">17 May</time>");
            assertThat(read("", body).publishedAt()).isEqualTo(LocalDate.of(2023, 5, 17));
        }

        @Test
        void readsTheDateInTheCanonicalUrl() {
            String head = "<link rel=\"canonical\" href=\"https://example.com/2019/11/18/budget-agreed/\">";
            assertThat(read(head, article("<h1>Budget agreed</h1>")).publishedAt()).isEqualTo(LocalDate.of(2019, 11, 18));
        }

        @Test
        void readsWrittenDatesInOtherLanguagesNextToTheTitle() {
            assertThat(read("", article("<h1>Бюджет принят</h1><p>14 сентября 2022</p>")).publishedAt())
                    .isEqualTo(LocalDate.of(2022, 9, 14));
            assertThat(read("", article("<h1>Haushalt beschlossen</h1><p>27. März 2022</p>")).publishedAt())
                    .isEqualTo(LocalDate.of(2022, 3, 27));
            assertThat(read("", article("<h1>Orçamento aprovado</h1><p>3 de março de 2021</p>")).publishedAt())
                    .isEqualTo(LocalDate.of(2021, 3, 3));
        }
    }

    @Nested
    class Url {

        @Test
        void prefersTheCanonicalLink() {
            String head = "<link rel=\"canonical\" href=\"https://example.com/a\"><meta property=\"og:url\" content=\"https://example.com/b\">";
            assertThat(read(head, article("")).url()).isEqualTo("https://example.com/a");
        }

        @Test
        void resolvesARelativeCanonicalLinkAgainstOgUrl() {
            String head = "<link rel=\"canonical\" href=\"/news/a\"><meta property=\"og:url\" content=\"https://example.com/news/a?utm=x\">";
            assertThat(read(head, article("")).url()).isEqualTo("https://example.com/news/a");
        }

        @Test
        void fallsBackToOgUrlForAnUnresolvableOrForeignSchemeLink() {
            assertThat(read("<link rel=\"canonical\" href=\"javascript:void(0)\"><meta property=\"og:url\" content=\"https://example.com/a\">",
                    article("")).url()).isEqualTo("https://example.com/a");
            assertThat(read("<link rel=\"canonical\" href=\"/news/a\">", article("")).url()).isNull();
            assertThat(read("<meta property=\"og:url\" content=\"ftp://example.com/a\">", article("")).url()).isNull();
        }
    }

    @Nested
    class Language {

        @Test
        void readsTheHtmlLangAttribute() {
            Document document = Jsoup.parse("<html lang=\"PT-br\"><body>" + article("") + "</body></html>");
            assertThat(HtmlArticleMetadata.read(document, MainContentExtractor.roots(document, HtmlTextStats.measure(document)))
                    .language()).isEqualTo("pt-BR");
        }

        @Test
        void readsContentLanguageThenOgLocaleThenInLanguage() {
            assertThat(read("<meta http-equiv=\"Content-Language\" content=\"de-at\">", article("")).language()).isEqualTo("de-AT");
            assertThat(read("<meta property=\"og:locale\" content=\"en_US\">", article("")).language()).isEqualTo("en-US");
            assertThat(read("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"B\",\"inLanguage\":\"ru\"}</script>",
                    article("")).language()).isEqualTo("ru");
        }

        @Test
        void isNullWhenThePageDeclaresNone() {
            assertThat(read("", article("")).language()).isNull();
        }

        @Test
        void reachesTheParsedArticle() {
            ParsedPage page = new HtmlPageParser().parse("<html lang=\"en-gb\"><head><title>Budget agreed</title></head><body>"
                    + article("<h1>Budget agreed</h1>") + "</body></html>");
            assertThat(page.articles()).singleElement().satisfies(parsed -> assertThat(parsed.language()).isEqualTo("en-GB"));
        }
    }
}
