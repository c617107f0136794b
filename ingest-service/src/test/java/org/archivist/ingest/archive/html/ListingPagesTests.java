package org.archivist.ingest.archive.html;

import org.archivist.ingest.article.ArticleDraft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.archivist.ingest.archive.ParsedPage;
import org.archivist.ingest.archive.SkippedBlock;

/**
 * Listing pages from templates other than WordPress's own themes, one hand-written fixture each: every post
 * found, with its title, permalink, date, authors and excerpt flag, and the page's next page.
 */
class ListingPagesTests {

    private final HtmlPageParser parser = new HtmlPageParser();

    private ParsedPage page(String name) throws IOException {
        return parser.parse(HtmlConformanceTests.resource("/html/archives/" + name));
    }

    private static String text(ParsedPage page) {
        return String.join("\n", page.articles().stream().flatMap(article -> article.paragraphs().stream()).toList());
    }

    @Test
    void readsBloggerYearArchiveWithTwoPostsOnOneDay() throws IOException {
        ParsedPage page = page("blogger-year-archive.html");

        String base = "https://fieldnotes-ridgeway.blogspot.com/2023/";
        assertThat(page.articles()).extracting(ArticleDraft::title, ArticleDraft::url, ArticleDraft::publishedAt,
                ArticleDraft::authors).containsExactly(
                        tuple("Frost on White Horse Hill", base + "11/frost-on-white-horse-hill.html",
                                LocalDate.of(2023, 11, 18), List.of("Hannah Okafor")),
                        tuple("Wayland's Smithy in the fog", base + "11/wayland-smithy-in-fog.html",
                                LocalDate.of(2023, 11, 18), List.of("Hannah Okafor")),
                        tuple("Barbury Castle to Ogbourne St George", base + "08/barbury-castle-to-ogbourne.html",
                                LocalDate.of(2023, 8, 6), List.of("Dev Marwah")),
                        tuple("Easter Monday at Overton Hill", base + "04/easter-monday-at-overton-hill.html",
                                LocalDate.of(2023, 4, 10), List.of("Hannah Okafor")));
        assertThat(page.articles()).noneMatch(ArticleDraft::excerpt);
        assertThat(page.articles().getFirst().tags()).containsExactly("Uffington", "winter");
        assertThat(page.articles().get(1).paragraphs()).hasSize(2);
        assertThat(page.nextPage()).isEqualTo("https://fieldnotes-ridgeway.blogspot.com/search?updated-max="
                + "2023-04-10T10:15:00Z&max-results=20");
        assertThat(text(page)).doesNotContain("Posted by", "Labels", "comments", "Two walkers");
    }

    @Test
    void readsBloggerFrontPageOfSnippetsAsExcerpts() throws IOException {
        ParsedPage page = page("blogger-front-page.html");

        String base = "https://kitchentablephysics.blogspot.com/2024/";
        assertThat(page.articles()).extracting(ArticleDraft::title, ArticleDraft::url, ArticleDraft::publishedAt,
                ArticleDraft::authors, ArticleDraft::excerpt).containsExactly(
                        tuple("Why the pasta water foams", base + "02/why-the-pasta-water-foams.html",
                                LocalDate.of(2024, 2, 11), List.of("Lucía Ferreira"), true),
                        tuple("A rainbow from a glass of water", base + "01/a-rainbow-from-a-glass-of-water.html",
                                LocalDate.of(2024, 1, 28), List.of("Sam Whitlock"), true),
                        tuple("The egg that spins, and the egg that doesn't", base + "01/the-egg-that-spins.html",
                                LocalDate.of(2024, 1, 9), List.of("Lucía Ferreira"), true));
        assertThat(page.articles()).allSatisfy(article -> assertThat(article.paragraphs()).singleElement()
                .asString().endsWith("…"));
        assertThat(page.nextPage()).startsWith("https://kitchentablephysics.blogspot.com/search?updated-max=");
        assertThat(text(page)).doesNotContain("Read more");
    }

    @Test
    void readsHostedBlogPostsWithoutArticleOrEntryTitleMarkup() throws IOException {
        ParsedPage page = page("hosted-blog-front-page.html");

        String base = "https://allotmentledger.example.com/2024/";
        assertThat(page.articles()).extracting(ArticleDraft::title, ArticleDraft::url, ArticleDraft::publishedAt,
                ArticleDraft::authors).containsExactly(
                        tuple("First earlies lifted", base + "05/19/first-earlies-lifted/", LocalDate.of(2024, 5, 19),
                                List.of("Rosa Delaney")),
                        tuple("The great bean frame rebuild", base + "05/04/the-great-bean-frame-rebuild/",
                                LocalDate.of(2024, 5, 4), List.of("Tomasz Nowicki")),
                        tuple("What the soil test said", base + "04/21/what-the-soil-test-said/",
                                LocalDate.of(2024, 4, 21), List.of("Rosa Delaney")),
                        tuple("Rhubarb forcing results", base + "04/07/rhubarb-forcing-results/",
                                LocalDate.of(2024, 4, 7), List.of("Tomasz Nowicki")),
                        tuple("Seed swap at the village hall", base + "03/16/seed-swap-at-the-village-hall/",
                                LocalDate.of(2024, 3, 16), List.of("Rosa Delaney")));
        assertThat(page.articles()).noneMatch(ArticleDraft::excerpt);
        assertThat(page.articles().get(1).sourceCategories()).containsExactly("Beans", "Structures");
        assertThat(page.articles().getFirst().paragraphs()).hasSize(2);
        assertThat(page.nextPage()).isEqualTo("https://allotmentledger.example.com/page/2/");
        assertThat(text(page)).doesNotContain("Comments", "Two households");
    }

    @Test
    void readsGhostPostCardsAndResolvesRelativeLinksAgainstTheCanonicalUrl() throws IOException {
        ParsedPage page = page("ghost-tag-page.html");

        assertThat(page.articles()).extracting(ArticleDraft::title, ArticleDraft::url, ArticleDraft::publishedAt,
                ArticleDraft::authors, ArticleDraft::excerpt).containsExactly(
                        tuple("Batteries on the substation fence line",
                                "https://gridletter.example/batteries-on-the-substation/", LocalDate.of(2024, 3, 12),
                                List.of("Marisol Ortega"), true),
                        tuple("The interconnection queue, explained with a spreadsheet",
                                "https://gridletter.example/the-interconnection-queue/", LocalDate.of(2024, 2, 27),
                                List.of("Ben Achterberg"), true),
                        tuple("How the heat pumps did in the cold snap",
                                "https://gridletter.example/heat-pumps-in-the-cold-snap/", LocalDate.of(2024, 2, 2),
                                List.of("Marisol Ortega"), true));
        assertThat(page.articles().getFirst().paragraphs()).singleElement().asString()
                .startsWith("Grid operators have started");
        assertThat(page.nextPage()).isEqualTo("https://gridletter.example/tag/energy/page/2/");
        assertThat(text(page)).doesNotContain("min read", "Power markets, storage");
    }

    @Test
    void readsHugoListWithCardWideLinksAndTruncatedSummaries() throws IOException {
        ParsedPage page = page("hugo-papermod-list.html");

        String base = "https://smallsystems.example.org/posts/";
        assertThat(page.articles()).extracting(ArticleDraft::title, ArticleDraft::url, ArticleDraft::publishedAt,
                ArticleDraft::authors, ArticleDraft::excerpt).containsExactly(
                        tuple("Debugging a UART at three in the morning", base + "uart-at-3am/",
                                LocalDate.of(2024, 4, 2), List.of("Noor Haddad"), true),
                        tuple("A read-only root filesystem that still keeps logs", base + "readonly-rootfs/",
                                LocalDate.of(2024, 3, 10), List.of("Noor Haddad"), true),
                        tuple("Why our watchdog never fired", base + "watchdog/", LocalDate.of(2024, 1, 21),
                                List.of("Pavel Dvořák"), false));
        assertThat(page.articles()).allSatisfy(article -> assertThat(article.paragraphs()).hasSize(1));
        assertThat(page.nextPage()).isEqualTo("https://smallsystems.example.org/posts/page/2/");
    }

    @Test
    void readsJekyllMinimaPostList() throws IOException {
        ParsedPage page = page("jekyll-minima-home.html");

        String base = "https://tidewater-birding.example.net/2024/";
        assertThat(page.articles()).extracting(ArticleDraft::title, ArticleDraft::url, ArticleDraft::publishedAt,
                ArticleDraft::authors, ArticleDraft::excerpt).containsExactly(
                        tuple("Avocets are back on the mudflats", base + "02/18/avocets-are-back.html",
                                LocalDate.of(2024, 2, 18), List.of(), false),
                        tuple("January wader count: fewer knot, more godwits", base + "01/30/january-wader-count.html",
                                LocalDate.of(2024, 1, 30), List.of(), false),
                        tuple("A short-eared owl over the sea wall", base + "01/07/a-short-eared-owl.html",
                                LocalDate.of(2024, 1, 7), List.of(), false));
        assertThat(page.articles().get(1).paragraphs()).singleElement().asString().startsWith("The monthly count");
        assertThat(page.nextPage()).isNull();
        assertThat(text(page)).doesNotContain("subscribe", "Tidewater Birding Group");
    }

    @Test
    void readsDrupalViewRowsAndTheNextPageNumber() throws IOException {
        ParsedPage page = page("drupal-news-view.html");

        String base = "https://www.harlow-township.example.gov/news/";
        assertThat(page.articles()).extracting(ArticleDraft::title, ArticleDraft::url, ArticleDraft::publishedAt,
                ArticleDraft::authors, ArticleDraft::excerpt).containsExactly(
                        tuple("Spring brush pickup schedule announced", base + "spring-brush-pickup-schedule",
                                LocalDate.of(2024, 3, 25), List.of(), true),
                        tuple("Trustees approve Mill Creek trail grant application",
                                base + "trustees-approve-park-trail-grant", LocalDate.of(2024, 3, 12), List.of(), true),
                        tuple("Water main flushing begins in April", base + "water-main-flushing-april",
                                LocalDate.of(2024, 2, 28), List.of(), true));
        assertThat(page.articles()).allSatisfy(article -> assertThat(article.paragraphs()).hasSize(1));
        assertThat(page.nextPage()).isEqualTo("https://www.harlow-township.example.gov/news?page=1");
        assertThat(text(page)).doesNotContain("Read more", "03/25/2024", "Township Hall");
    }

    @Test
    void readsNewsSectionFrontOfStoryCards() throws IOException {
        ParsedPage page = page("news-section-front.html");

        String base = "https://www.northerncourier.example/climate/2024/";
        assertThat(page.articles()).extracting(ArticleDraft::title, ArticleDraft::url, ArticleDraft::publishedAt,
                ArticleDraft::authors).containsExactly(
                        tuple("Tees Valley flood defences will not be ready before winter, agency admits",
                                base + "06/03/flood-defences-tees-valley", LocalDate.of(2024, 6, 3),
                                List.of("Fiona McBride")),
                        tuple("Offshore wind firms struggle to fill apprentice places in Hartlepool",
                                base + "06/02/offshore-wind-apprentices", LocalDate.of(2024, 6, 2),
                                List.of("Amir Sadeghi")),
                        tuple("Puffin numbers on the Farne Islands recover after bird flu",
                                base + "05/31/puffins-farne-islands-count", LocalDate.of(2024, 5, 31),
                                List.of("Fiona McBride", "Owen Pryce")),
                        tuple("Who is actually getting heat pump grants in the North East?",
                                base + "05/29/heat-pump-grants-north-east", LocalDate.of(2024, 5, 29),
                                List.of("Owen Pryce")));
        assertThat(page.articles()).allSatisfy(article -> assertThat(article.paragraphs()).hasSize(1));
        assertThat(page.nextPage()).isEqualTo("https://www.northerncourier.example/climate?page=2");
        assertThat(text(page)).doesNotContain("Most read", "A19", "Climate Brief", "cookies", "Energy\n");
    }

    @Test
    void readsTeaserListWithReadMoreLinksResolvedAgainstBase() throws IOException {
        ParsedPage page = page("joomla-teaser-blog.html");

        String base = "https://www.valleyrowing.example.org/index.php/club-news/";
        assertThat(page.articles()).extracting(ArticleDraft::title, ArticleDraft::url, ArticleDraft::publishedAt,
                ArticleDraft::authors, ArticleDraft::excerpt).containsExactly(
                        tuple("Novice eight wins at Bedford", base + "41-novice-eight-wins-at-bedford",
                                LocalDate.of(2024, 5, 13), List.of("Gemma Thornton"), true),
                        tuple("Boathouse roof appeal passes its target", base + "40-boathouse-roof-appeal-passes-target",
                                LocalDate.of(2024, 4, 28), List.of("Martin Oyelaran"), true),
                        tuple("Learn to Row: summer courses open for booking", base + "39-learn-to-row-summer-courses",
                                LocalDate.of(2024, 4, 9), List.of("Gemma Thornton"), true));
        assertThat(page.articles()).allSatisfy(article -> assertThat(article.paragraphs()).hasSize(1));
        assertThat(page.nextPage()).isEqualTo("https://www.valleyrowing.example.org/index.php/club-news?start=3");
        assertThat(text(page)).doesNotContain("Read more", "Details", "Published", "Head of the River");
    }

    @Test
    void cutsOneContainerIntoPostsAtItsH1Headings() throws IOException {
        ParsedPage page = page("organisation-news-headings.html");

        assertThat(page.articles()).extracting(ArticleDraft::title, ArticleDraft::url, ArticleDraft::publishedAt,
                ArticleDraft::authors, ArticleDraft::excerpt).containsExactly(
                        tuple("Summer holiday lunch packs", null, LocalDate.of(2024, 6, 14), List.of(), false),
                        tuple("Thank you, Harvest Run", null, LocalDate.of(2024, 5, 30), List.of(), false),
                        tuple("New opening hours", null, LocalDate.of(2024, 5, 2), List.of(), false),
                        tuple("Annual report 2023", null, LocalDate.of(2024, 4, 15), List.of(), false));
        assertThat(page.articles()).extracting(article -> article.paragraphs().size()).containsExactly(2, 1, 2, 1);
        assertThat(text(page)).doesNotContain("Posted 14 June", "Back to top", "Registered charity");
        assertThat(page.skipped()).extracting(SkippedBlock::excerpt).noneMatch(excerpt -> excerpt.startsWith("The Eastbrook"));
        assertThat(page.nextPage()).isNull();
    }

    @Test
    void readsHEntryMicroformats() throws IOException {
        ParsedPage page = page("indieweb-h-entry-feed.html");

        String base = "https://inescarvalho.example/journal/2024/";
        assertThat(page.articles()).extracting(ArticleDraft::title, ArticleDraft::url, ArticleDraft::publishedAt,
                ArticleDraft::authors, ArticleDraft::excerpt).containsExactly(
                        tuple("Printing a zine on a risograph", base + "09/printing-a-zine/", LocalDate.of(2024, 9, 8),
                                List.of("Ines Carvalho"), false),
                        tuple("A week without notifications", base + "08/a-week-without-notifications/",
                                LocalDate.of(2024, 8, 19), List.of("Ines Carvalho"), false),
                        tuple("Guest post: walking the Levada do Rei", base + "07/guest-post-walking-the-levada/",
                                LocalDate.of(2024, 7, 30), List.of("Tomás Rocha"), false));
        assertThat(page.articles().getFirst().sourceCategories()).containsExactly("zines", "printing");
        assertThat(page.articles().getFirst().paragraphs()).hasSize(2);
        assertThat(page.nextPage()).isEqualTo("https://inescarvalho.example/journal/page/2/");
        assertThat(text(page)).doesNotContain("Filed under", "CC BY-SA");
    }

    @Test
    void readsGermanPostsWithWeiterlesenTeasers() throws IOException {
        ParsedPage page = page("german-club-blog.html");

        String base = "https://www.imker-obere-lahn.example.de/aktuelles/";
        assertThat(page.articles()).extracting(ArticleDraft::title, ArticleDraft::url, ArticleDraft::publishedAt,
                ArticleDraft::authors, ArticleDraft::excerpt).containsExactly(
                        tuple("Honigmarkt am Marktplatz: 31 Imkereien dabei", base + "honigmarkt-2024/",
                                LocalDate.of(2024, 9, 14), List.of("Klaus Weber"), true),
                        tuple("Anfängerkurs 2025: Anmeldung ab sofort möglich", base + "anfaengerkurs-2025/",
                                LocalDate.of(2024, 9, 2), List.of("Sabine Brückner"), true),
                        tuple("Asiatische Hornisse im Landkreis gesichtet", base + "asiatische-hornisse-gesichtet/",
                                LocalDate.of(2024, 8, 19), List.of("Klaus Weber"), true));
        assertThat(page.articles()).extracting(ArticleDraft::sourceCategories)
                .containsExactly(List.of("Veranstaltungen"), List.of("Kurse"), List.of("Bienengesundheit"));
        assertThat(page.nextPage()).isEqualTo(base + "seite/2/");
        assertThat(text(page)).doesNotContain("Weiterlesen", "Veröffentlicht", "Monatstreffen");
    }

    @Test
    void readsRussianNewsListWithReadOnLinksAndPageNumbers() throws IOException {
        ParsedPage page = page("russian-news-list.html");

        String base = "https://zarechny-museum.example.ru/news/";
        assertThat(page.articles()).extracting(ArticleDraft::title, ArticleDraft::url, ArticleDraft::publishedAt,
                ArticleDraft::authors, ArticleDraft::excerpt).containsExactly(
                        tuple("Открылась выставка «Река и люди»", base + "1452/", LocalDate.of(2024, 9, 12),
                                List.of("Ирина Петрова"), true),
                        tuple("Итоги летней археологической экспедиции", base + "1447/", LocalDate.of(2024, 8, 28),
                                List.of("Андрей Соловьёв"), true),
                        tuple("Лекторий возобновляет работу", base + "1440/", LocalDate.of(2024, 8, 5),
                                List.of("Ирина Петрова"), true));
        assertThat(page.nextPage()).isEqualTo(base + "?PAGEN_1=2");
        assertThat(text(page)).doesNotContain("Читать далее", "Автор", "Набережная");
    }

    @Test
    void keepsSinglePostWithCommentsRelatedPostsAndAuthorBoxAsOneArticle() throws IOException {
        ParsedPage page = parser.parse(HtmlConformanceTests.resource("/html/single/post-with-comments-and-related.html"));

        assertThat(page.articles()).singleElement().satisfies(article -> {
            assertThat(article.title()).isEqualTo("Why we stopped mowing the churchyard");
            assertThat(article.url()).isEqualTo("https://wildmargins.example/2024/07/why-we-stopped-mowing/");
            assertThat(article.publishedAt()).isEqualTo(LocalDate.of(2024, 7, 14));
            assertThat(article.authors()).containsExactly("Eleanor Pike");
            assertThat(article.excerpt()).isFalse();
            assertThat(article.paragraphs()).hasSize(6);
        });
        assertThat(text(page)).doesNotContain("Yellow rattle", "St Michael's", "county recorder");
        assertThat(page.nextPage()).isNull();
    }
}
