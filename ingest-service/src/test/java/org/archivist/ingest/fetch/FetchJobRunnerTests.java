package org.archivist.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.archivist.contract.Article;
import org.archivist.ingest.article.ArticleFactory;
import org.archivist.ingest.fetch.FetchJob.ArticleRef;
import org.archivist.ingest.fetch.FetchJob.Counts;
import org.archivist.ingest.fetch.FetchJob.State;
import org.archivist.ingest.fetch.FetchJob.UrlOutcome;
import org.archivist.ingest.fetch.HttpFetcher.Response;
import org.archivist.ingest.fetch.HttpFetcher.Validators;
import org.archivist.ingest.fetch.WorkItem.Kind;
import org.archivist.ingest.publish.ArticlePublisher;
import org.archivist.ingest.publish.PublishFailedException;
import org.junit.jupiter.api.Test;

/**
 * One job at a time against a site served from memory: every fetch, save, stored validator and published article is
 * recorded, and the clock moves only when a test moves it.
 */
class FetchJobRunnerTests {

    private static final String SITE = "https://coast.example";
    private static final Instant CREATED = Instant.parse("2026-03-01T11:59:00Z");
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final int MAX_URLS = 100;

    private static final String PAGE = """
            <html lang="en"><head><title>%1$s | Coast Times</title>
            <meta property="og:type" content="article">%2$s</head><body><article><h1>%1$s</h1>
            <p>The harbour office said on Monday that %3$s would go ahead as planned, after two years of talks.</p>
            <p>More would follow in the coming weeks, once the season's work is planned by the port authority.</p>
            </article></body></html>""";

    private static final String LISTING = """
            <html lang="en"><head><title>Archive | Coast Times</title></head><body><main>
            %1$s
            %2$s</main></body></html>""";

    private static final String POST = """
            <article class="post"><h2><a href="%1$s">%2$s</a></h2><time datetime="%3$s">%3$s</time>
            <p>The first lines of the post about %2$s, as the archive shows them to readers. <a href="%1$s">Read more</a></p>
            </article>""";

    /** A page with nothing the parser takes for an article. */
    private static final String NO_ARTICLE = "<html><head><title>Contact | Coast Times</title></head></html>";

    private final TestClock clock = new TestClock(NOW);
    private final FakeSite site = new FakeSite();
    private final RecordingJournal journal = new RecordingJournal();
    private final MemoryValidators validators = new MemoryValidators();
    private final RecordingPublisher publisher = new RecordingPublisher();

    // Pages.

    private static String url(String path) {
        return SITE + path;
    }

    private static String article(String title) {
        return PAGE.formatted(title, "", title.toLowerCase(Locale.ROOT));
    }

    /** A page that names its own author, date and section. */
    private static String articleWithMetadata(String title, String author, String date, String section) {
        return PAGE.formatted(title, """
                <meta name="author" content="%s"><meta property="article:published_time" content="%sT08:00:00Z">
                <meta property="article:section" content="%s">""".formatted(author, date, section),
                title.toLowerCase(Locale.ROOT));
    }

    /** An archive page of excerpts, each {@code {path, title}} dated 2024-04-02, with a link to {@code next}. */
    private static String listing(String next, String[]... posts) {
        StringBuilder articles = new StringBuilder();
        for (String[] post : posts) {
            articles.append(POST.formatted(post[0], post[1], post.length > 2 ? post[2] : "2024-04-02"));
        }
        return LISTING.formatted(articles,
                next == null ? "" : "<a rel=\"next\" href=\"" + next + "\">Older posts</a>");
    }

    private static String[] post(String path, String title) {
        return new String[] {path, title};
    }

    private static String rss(String... items) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Coast Times</title>
                <link>%s</link><description>News</description>
                %s
                </channel></rss>""".formatted(SITE, String.join("\n", items));
    }

    private static String item(String path, String title, String pubDate) {
        return "<item><title>" + title + "</title><link>" + url(path) + "</link>"
                + (pubDate == null ? "" : "<pubDate>" + pubDate + "</pubDate>") + "</item>";
    }

    private static String urlset(String... urls) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                %s
                </urlset>""".formatted(String.join("\n", urls));
    }

    private static String sitemapIndex(String... sitemaps) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                %s
                </sitemapindex>""".formatted(String.join("\n", sitemaps));
    }

    private static String entry(String element, String path, String lastmod) {
        return "<" + element + "><loc>" + url(path) + "</loc>"
                + (lastmod == null ? "" : "<lastmod>" + lastmod + "</lastmod>") + "</" + element + ">";
    }

    // Requests and runs.

    private static FetchRequest urls(String... paths) {
        return new FetchRequest("coast", Arrays.stream(paths).map(FetchJobRunnerTests::url).toList(), null, null, null,
                0, false);
    }

    private static FetchRequest feed(String path, LocalDate since) {
        return new FetchRequest("coast", null, url(path), null, since, 0, false);
    }

    private static FetchRequest sitemap(String path, LocalDate since) {
        return new FetchRequest("coast", null, null, url(path), since, 0, false);
    }

    private static FetchRequest listing(String path, int followNextPages, boolean fetchFullPosts) {
        return new FetchRequest("coast", List.of(url(path)), null, null, null, followNextPages, fetchFullPosts);
    }

    private FetchJobRunner runner(int maxUrls) {
        return new FetchJobRunner(site, journal, validators, publisher, new ArticleFactory(clock), clock, maxUrls);
    }

    private FetchJob run(FetchRequest request) throws InterruptedException {
        return run(request, MAX_URLS);
    }

    private FetchJob run(FetchRequest request, int maxUrls) throws InterruptedException {
        return runner(maxUrls).run(FetchJob.queued("job-1", "instance-a", request, CREATED));
    }

    private static List<String> urlsOf(List<UrlOutcome> outcomes) {
        return outcomes.stream().map(UrlOutcome::url).toList();
    }

    private static List<String> articleUrls(FetchJob job) {
        return job.articles().stream().map(ArticleRef::url).toList();
    }

    private static List<String> pendingUrls(FetchJob job) {
        return job.pending().stream().map(WorkItem::url).toList();
    }

    // A single page.

    @Test
    void aPagesArticleIsPublishedUnderTheRequestsSourceWithTheTimeItWasFetched() throws Exception {
        site.page("/pier", article("Harbour opens new pier"));

        FetchJob job = run(urls("/pier"));

        assertThat(publisher.published()).singleElement().satisfies(article -> {
            assertThat(article.title()).isEqualTo("Harbour opens new pier");
            assertThat(article.url()).isEqualTo(url("/pier"));
            assertThat(article.source()).isEqualTo("coast");
            assertThat(article.capturedAt()).isEqualTo(NOW);
            assertThat(article.excerpt()).isFalse();
        });
        Article published = publisher.published().getFirst();
        assertThat(job.articles()).containsExactly(new ArticleRef(published.id(), url("/pier"),
                "Harbour opens new pier", false));
    }

    @Test
    void aFinishedJobIsDoneWithEveryUrlCountedAndNothingPending() throws Exception {
        site.page("/pier", article("Harbour opens new pier"));

        FetchJob job = run(urls("/pier"));

        assertThat(job.state()).isEqualTo(State.DONE);
        assertThat(job.counts()).isEqualTo(new Counts(1, 1, 1, 0, 0));
        assertThat(job.pending()).isEmpty();
        assertThat(job.reason()).isNull();
        assertThat(job.finishedAt()).isEqualTo(NOW);
        assertThat(job.updatedAt()).isEqualTo(NOW);
        assertThat(job.createdAt()).isEqualTo(CREATED);
        assertThat(job.id()).isEqualTo("job-1");
        assertThat(job.owner()).isEqualTo("instance-a");
    }

    @Test
    void aRedirectedPagesArticleCarriesTheUrlItEndedAt() throws Exception {
        site.answer("/old-pier", requested -> html(url("/pier"), article("Harbour opens new pier"), Validators.NONE));

        FetchJob job = run(urls("/old-pier"));

        assertThat(publisher.published()).extracting(Article::url).containsExactly(url("/pier"));
        assertThat(articleUrls(job)).containsExactly(url("/pier"));
    }

    @Test
    void everyUrlEndsAsExactlyOneOfArticleSkippedOrFailed() throws Exception {
        site.page("/pier", article("Harbour opens new pier"));
        site.status("/unchanged", 304);
        site.status("/missing", 404);
        site.disallowed("/private/memo");
        site.fails("/slow", 0, "no answer within the read timeout");
        site.page("/contact", NO_ARTICLE);

        FetchJob job = run(urls("/pier", "/unchanged", "/missing", "/private/memo", "/slow", "/contact"));

        List<String> ended = new ArrayList<>(articleUrls(job));
        ended.addAll(urlsOf(job.skipped()));
        ended.addAll(urlsOf(job.failed()));
        assertThat(ended).containsExactlyInAnyOrder(url("/pier"), url("/unchanged"), url("/missing"),
                url("/private/memo"), url("/slow"), url("/contact"));
        assertThat(job.counts()).isEqualTo(new Counts(6, 6, 1, 3, 2));
        assertThat(job.pending()).isEmpty();
        assertThat(job.state()).isEqualTo(State.DONE);
    }

    @Test
    void urlsAreFetchedInTheOrderGiven() throws Exception {
        site.page("/a", article("Pier A"));
        site.page("/b", article("Pier B"));
        site.page("/c", article("Pier C"));

        run(urls("/b", "/c", "/a"));

        assertThat(site.fetched()).containsExactly(url("/b"), url("/c"), url("/a"));
    }

    @Test
    void eachPagesArticlesArePublishedTogetherAPageAtATime() throws Exception {
        site.page("/pier", article("Harbour opens new pier"));
        site.page("/archive", listing(null, post("/posts/a", "the lighthouse"), post("/posts/b", "the breakwater")));

        run(urls("/pier", "/archive"));

        assertThat(publisher.batches).hasSize(2);
        assertThat(publisher.batches.get(0)).extracting(Article::title).containsExactly("Harbour opens new pier");
        assertThat(publisher.batches.get(1)).extracting(Article::url)
                .containsExactly(url("/posts/a"), url("/posts/b"));
    }

    @Test
    void aNotModifiedPageIsSkippedAndNothingPublished() throws Exception {
        site.status("/pier", 304);

        FetchJob job = run(urls("/pier"));

        assertThat(job.skipped()).containsExactly(new UrlOutcome(url("/pier"), 304,
                "not modified since it was last fetched"));
        assertThat(publisher.batches).isEmpty();
        assertThat(job.counts()).isEqualTo(new Counts(1, 1, 0, 1, 0));
    }

    @Test
    void aPageWithNoArticleIsSkipped() throws Exception {
        site.page("/contact", NO_ARTICLE);

        FetchJob job = run(urls("/contact"));

        assertThat(job.skipped()).containsExactly(new UrlOutcome(url("/contact"), 200, "no article found in the page"));
        assertThat(publisher.batches).isEmpty();
    }

    @Test
    void aRobotsDisallowedUrlIsSkippedWithItsReason() throws Exception {
        site.disallowed("/private/memo");

        FetchJob job = run(urls("/private/memo"));

        assertThat(job.skipped()).containsExactly(new UrlOutcome(url("/private/memo"), 0,
                "disallowed by " + url("/robots.txt")));
        assertThat(job.failed()).isEmpty();
    }

    @Test
    void aFetchFailureIsFailedWithItsStatusAndReason() throws Exception {
        site.fails("/slow", 0, "no answer within the read timeout");
        site.fails("/huge", 200, "the body is over the limit of 10 MB");

        FetchJob job = run(urls("/slow", "/huge"));

        assertThat(job.failed()).containsExactly(
                new UrlOutcome(url("/slow"), 0, "no answer within the read timeout"),
                new UrlOutcome(url("/huge"), 200, "the body is over the limit of 10 MB"));
        assertThat(job.skipped()).isEmpty();
        assertThat(job.state()).isEqualTo(State.DONE);
    }

    @Test
    void anErrorStatusIsFailedAsAnswered() throws Exception {
        site.status("/gone", 410);
        site.status("/broken", 500);

        FetchJob job = run(urls("/gone", "/broken"));

        assertThat(job.failed()).containsExactly(new UrlOutcome(url("/gone"), 410, "answered 410"),
                new UrlOutcome(url("/broken"), 500, "answered 500"));
    }

    @Test
    void duplicateUrlsAreFetchedOnce() throws Exception {
        site.page("/pier", article("Harbour opens new pier"));
        site.page("/tides", article("Tide tables change"));

        FetchJob job = run(urls("/pier", "/tides", "/pier"));

        assertThat(site.fetched()).containsExactly(url("/pier"), url("/tides"));
        assertThat(job.counts()).isEqualTo(new Counts(2, 2, 2, 0, 0));
    }

    @Test
    void pagesAreFetchedAcceptingOnlyPageTypes() throws Exception {
        site.page("/pier", article("Harbour opens new pier"));

        run(urls("/pier"));

        Predicate<String> accepted = site.requests.getFirst().acceptedType();
        assertThat(List.of("text/html", "application/xhtml+xml", "text/plain")).allMatch(accepted);
        assertThat(List.of("application/pdf", "image/png", "application/rss+xml")).noneMatch(accepted);
    }

    @Test
    void aPageOfATypeNotAcceptedFails() throws Exception {
        site.serve("/report.pdf", "application/pdf", "%PDF-1.7");

        FetchJob job = run(urls("/report.pdf"));

        assertThat(job.failed()).containsExactly(new UrlOutcome(url("/report.pdf"), 200,
                "not a type fetched here: application/pdf"));
    }

    @Test
    void aPlainTextPageIsReadAsText() throws Exception {
        site.serve("/notes.txt", "text/plain", """
                Harbour opens new pier

                The harbour opened its new pier on Monday, after two years of work by the port authority.

                Fishing boats will moor there from June, and the <ferry> moves to the old quay in the autumn.
                """);

        FetchJob job = run(urls("/notes.txt"));

        assertThat(job.counts().failed()).isZero();
        assertThat(publisher.published()).singleElement().satisfies(article -> {
            assertThat(article.title()).isEqualTo("Harbour opens new pier");
            assertThat(article.paragraphs()).hasSize(2);
            assertThat(article.paragraphs().getLast()).contains("the <ferry> moves");
        });
    }

    // Validators.

    @Test
    void theValidatorsOfAFetchedPageAreStored() throws Exception {
        Validators v1 = new Validators("\"v1\"", "Mon, 01 Apr 2024 08:00:00 GMT");
        site.page("/pier", article("Harbour opens new pier"), v1);

        run(urls("/pier"));

        assertThat(validators.stored).containsExactly(Map.entry(url("/pier"), v1));
    }

    @Test
    void aPageWithoutValidatorsStoresNone() throws Exception {
        site.page("/pier", article("Harbour opens new pier"));

        run(urls("/pier"));

        assertThat(validators.stored).isEmpty();
    }

    @Test
    void aPageNeverFetchedBeforeIsFetchedUnconditionally() throws Exception {
        site.page("/pier", article("Harbour opens new pier"));

        run(urls("/pier"));

        assertThat(site.requests.getFirst().conditional()).isEqualTo(Validators.NONE);
    }

    @Test
    void theStoredValidatorsAreSentWithTheNextFetchOfThatUrl() throws Exception {
        Validators v1 = new Validators("\"v1\"", null);
        site.page("/pier", article("Harbour opens new pier"), v1);
        run(urls("/pier"));
        site.status("/pier", 304);

        FetchJob second = run(urls("/pier"));

        assertThat(site.requests).extracting(FakeSite.Request::conditional).containsExactly(Validators.NONE, v1);
        assertThat(second.skipped()).extracting(UrlOutcome::status).containsExactly(304);
    }

    @Test
    void aPageThatChangedStoresItsNewValidators() throws Exception {
        Validators v2 = new Validators("\"v2\"", null);
        validators.put(url("/pier"), new Validators("\"v1\"", null));
        site.page("/pier", article("Harbour opens new pier"), v2);

        run(urls("/pier"));

        assertThat(validators.get(url("/pier"))).isEqualTo(v2);
    }

    @Test
    void aFailedPageKeepsTheValidatorsItHad() throws Exception {
        Validators v1 = new Validators("\"v1\"", null);
        validators.put(url("/pier"), v1);
        site.status("/pier", 500);

        run(urls("/pier"));

        assertThat(validators.get(url("/pier"))).isEqualTo(v1);
    }

    @Test
    void feedsAndSitemapsAreFetchedUnconditionally() throws Exception {
        validators.put(url("/feed.xml"), new Validators("\"f1\"", null));
        validators.put(url("/sitemap.xml"), new Validators("\"s1\"", null));
        site.serve("/feed.xml", "application/rss+xml", rss());
        site.serve("/sitemap.xml", "application/xml", urlset());

        run(feed("/feed.xml", null));
        run(sitemap("/sitemap.xml", null));

        assertThat(site.requests).extracting(FakeSite.Request::conditional)
                .containsExactly(Validators.NONE, Validators.NONE);
    }

    // Feeds.

    @Test
    void aFeedsItemsAreFetchedAsPagesInFeedOrder() throws Exception {
        site.serve("/feed.xml", "application/rss+xml", rss(
                item("/tides", "Tide tables change", "Tue, 02 Apr 2024 08:00:00 GMT"),
                item("/pilots", "Pilot boats renewed", "Mon, 01 Apr 2024 08:00:00 GMT")));
        site.page("/tides", article("Tide tables change"));
        site.page("/pilots", article("Pilot boats renewed"));

        FetchJob job = run(feed("/feed.xml", null));

        assertThat(site.fetched()).containsExactly(url("/feed.xml"), url("/tides"), url("/pilots"));
        assertThat(articleUrls(job)).containsExactly(url("/tides"), url("/pilots"));
        assertThat(job.counts()).isEqualTo(new Counts(3, 3, 2, 0, 0));
    }

    @Test
    void aFeedIsFetchedAcceptingFeedTypes() throws Exception {
        site.serve("/feed.xml", "application/rss+xml", rss());

        run(feed("/feed.xml", null));

        Predicate<String> accepted = site.requests.getFirst().acceptedType();
        assertThat(List.of("application/rss+xml", "application/atom+xml", "text/xml", "application/xml"))
                .allMatch(accepted);
        assertThat(List.of("text/html", "image/png")).noneMatch(accepted);
    }

    @Test
    void aFeedThatCannotBeReadFails() throws Exception {
        site.serve("/feed.xml", "application/xml", "<html><body>Not a feed</body></html>");

        FetchJob job = run(feed("/feed.xml", null));

        assertThat(job.failed()).singleElement().satisfies(outcome -> {
            assertThat(outcome.url()).isEqualTo(url("/feed.xml"));
            assertThat(outcome.status()).isEqualTo(200);
        });
        assertThat(job.state()).isEqualTo(State.DONE);
    }

    @Test
    void feedItemsPublishedBeforeSinceAreLeftOutWithoutAFetch() throws Exception {
        site.serve("/feed.xml", "application/rss+xml", rss(
                item("/tides", "Tide tables change", "Tue, 02 Apr 2024 08:00:00 GMT"),
                item("/pilots", "Pilot boats renewed", "Sun, 31 Mar 2024 23:59:00 GMT"),
                item("/undated", "Ferry timetable", null)));
        site.page("/tides", article("Tide tables change"));
        site.page("/pilots", article("Pilot boats renewed"));
        site.page("/undated", article("Ferry timetable"));

        FetchJob job = run(feed("/feed.xml", LocalDate.of(2024, 4, 1)));

        assertThat(site.fetched()).containsExactly(url("/feed.xml"), url("/tides"), url("/undated"));
        assertThat(job.skipped()).containsExactly(new UrlOutcome(url("/pilots"), 0, "published before 2024-04-01"));
        assertThat(job.counts()).isEqualTo(new Counts(4, 4, 2, 1, 0));
    }

    @Test
    void aFeedItemPublishedOnTheSinceDayIsFetched() throws Exception {
        site.serve("/feed.xml", "application/rss+xml", rss(
                item("/tides", "Tide tables change", "Mon, 01 Apr 2024 00:00:00 GMT")));
        site.page("/tides", article("Tide tables change"));

        run(feed("/feed.xml", LocalDate.of(2024, 4, 1)));

        assertThat(site.fetched()).containsExactly(url("/feed.xml"), url("/tides"));
    }

    @Test
    void feedMetadataFillsWhatThePageLacks() throws Exception {
        site.serve("/feed.xml", "application/rss+xml", rss("""
                <item><title>Tide tables change</title><link>%s</link><dc:creator>Ann Reed</dc:creator>
                <category>Harbour</category><pubDate>Tue, 02 Apr 2024 08:00:00 GMT</pubDate></item>"""
                .formatted(url("/tides"))));
        site.page("/tides", article("Tide tables change"));

        run(feed("/feed.xml", null));

        assertThat(publisher.published()).singleElement().satisfies(article -> {
            assertThat(article.authors()).containsExactly("Ann Reed");
            assertThat(article.publishedAt()).isEqualTo(LocalDate.of(2024, 4, 2));
            assertThat(article.sourceCategories()).containsExactly("Harbour");
        });
    }

    @Test
    void thePagesOwnMetadataWinsOverTheFeeds() throws Exception {
        site.serve("/feed.xml", "application/rss+xml", rss("""
                <item><title>Tide tables change</title><link>%s</link><dc:creator>Ann Reed</dc:creator>
                <category>Harbour</category><pubDate>Tue, 02 Apr 2024 08:00:00 GMT</pubDate></item>"""
                .formatted(url("/tides"))));
        site.page("/tides", articleWithMetadata("Tide tables change", "Bo Lind", "2024-03-30", "Port"));

        run(feed("/feed.xml", null));

        assertThat(publisher.published()).singleElement().satisfies(article -> {
            assertThat(article.authors()).containsExactly("Bo Lind");
            assertThat(article.publishedAt()).isEqualTo(LocalDate.of(2024, 3, 30));
            assertThat(article.sourceCategories()).containsExactly("Port");
        });
    }

    @Test
    void aPageNotNamedByAFeedGetsNoFeedMetadata() throws Exception {
        site.page("/tides", article("Tide tables change"));

        run(urls("/tides"));

        assertThat(publisher.published()).singleElement().satisfies(article -> {
            assertThat(article.authors()).isEmpty();
            assertThat(article.publishedAt()).isNull();
            assertThat(article.sourceCategories()).isEmpty();
        });
    }

    @Test
    void aListingNamedByAFeedItemKeepsItsPostsOwnMetadata() throws Exception {
        site.serve("/feed.xml", "application/rss+xml", rss("""
                <item><title>Archive</title><link>%s</link><dc:creator>Ann Reed</dc:creator>
                <category>Harbour</category></item>""".formatted(url("/archive"))));
        site.page("/archive", listing(null, post("/posts/a", "the lighthouse"), post("/posts/b", "the breakwater")));

        run(feed("/feed.xml", null));

        assertThat(publisher.published()).hasSize(2).allSatisfy(article -> {
            assertThat(article.authors()).isEmpty();
            assertThat(article.sourceCategories()).isEmpty();
        });
    }

    // Sitemaps.

    @Test
    void aSitemapsPagesAreFetched() throws Exception {
        site.serve("/sitemap.xml", "application/xml",
                urlset(entry("url", "/pier", null), entry("url", "/tides", null)));
        site.page("/pier", article("Harbour opens new pier"));
        site.page("/tides", article("Tide tables change"));

        FetchJob job = run(sitemap("/sitemap.xml", null));

        assertThat(site.fetched()).containsExactly(url("/sitemap.xml"), url("/pier"), url("/tides"));
        assertThat(job.counts()).isEqualTo(new Counts(3, 3, 2, 0, 0));
    }

    @Test
    void aSitemapIsFetchedAcceptingXmlTextAndGzip() throws Exception {
        site.serve("/sitemap.xml", "application/xml", urlset());

        run(sitemap("/sitemap.xml", null));

        Predicate<String> accepted = site.requests.getFirst().acceptedType();
        assertThat(List.of("application/xml", "text/xml", "text/plain", "application/gzip", "application/x-gzip"))
                .allMatch(accepted);
        assertThat(List.of("text/html", "image/png")).noneMatch(accepted);
    }

    @Test
    void sitemapEntriesNotModifiedSinceAreLeftOutWithoutAFetch() throws Exception {
        site.serve("/sitemap.xml", "application/xml", urlset(entry("url", "/new", "2026-02-01T10:00:00+00:00"),
                entry("url", "/undated", null), entry("url", "/old", "2025-12-31")));
        site.page("/new", article("New quay lights"));
        site.page("/undated", article("Ferry timetable"));
        site.page("/old", article("Old news"));

        FetchJob job = run(sitemap("/sitemap.xml", LocalDate.of(2026, 1, 1)));

        assertThat(site.fetched()).containsExactly(url("/sitemap.xml"), url("/new"), url("/undated"));
        assertThat(job.skipped()).containsExactly(new UrlOutcome(url("/old"), 0, "not modified since 2026-01-01"));
        assertThat(job.counts()).isEqualTo(new Counts(4, 4, 2, 1, 0));
    }

    @Test
    void aSitemapIndexLeadsToItsChildSitemapsAndTheirPages() throws Exception {
        site.serve("/sitemap.xml", "application/xml", sitemapIndex(entry("sitemap", "/sitemap-1.xml", null),
                entry("sitemap", "/sitemap-2.xml", null)));
        site.serve("/sitemap-1.xml", "application/xml", urlset(entry("url", "/pier", null)));
        site.serve("/sitemap-2.xml", "application/xml", urlset(entry("url", "/tides", null)));
        site.page("/pier", article("Harbour opens new pier"));
        site.page("/tides", article("Tide tables change"));

        FetchJob job = run(sitemap("/sitemap.xml", null));

        assertThat(site.fetched()).containsExactly(url("/sitemap.xml"), url("/sitemap-1.xml"), url("/sitemap-2.xml"),
                url("/pier"), url("/tides"));
        assertThat(articleUrls(job)).containsExactly(url("/pier"), url("/tides"));
        assertThat(job.counts()).isEqualTo(new Counts(5, 5, 2, 0, 0));
    }

    @Test
    void childSitemapsAreFetchedAsSitemaps() throws Exception {
        site.serve("/sitemap.xml", "application/xml", sitemapIndex(entry("sitemap", "/sitemap-1.xml.gz", null)));
        site.serve("/sitemap-1.xml.gz", "application/gzip", urlset());

        FetchJob job = run(sitemap("/sitemap.xml", null));

        assertThat(site.fetched()).containsExactly(url("/sitemap.xml"), url("/sitemap-1.xml.gz"));
        assertThat(job.failed()).isEmpty();
    }

    @Test
    void aChildSitemapNotModifiedSinceIsLeftOutWithoutAFetch() throws Exception {
        site.serve("/sitemap.xml", "application/xml", sitemapIndex(entry("sitemap", "/sitemap-new.xml", "2026-02-01"),
                entry("sitemap", "/sitemap-2025.xml", "2025-06-01")));
        site.serve("/sitemap-new.xml", "application/xml", urlset(entry("url", "/pier", null)));
        site.page("/pier", article("Harbour opens new pier"));

        FetchJob job = run(sitemap("/sitemap.xml", LocalDate.of(2026, 1, 1)));

        assertThat(site.fetched()).containsExactly(url("/sitemap.xml"), url("/sitemap-new.xml"), url("/pier"));
        assertThat(job.skipped()).containsExactly(new UrlOutcome(url("/sitemap-2025.xml"), 0,
                "not modified since 2026-01-01"));
    }

    @Test
    void aSitemapThatCannotBeReadFails() throws Exception {
        site.serve("/sitemap.xml", "application/xml", "<rubbish>not a sitemap</rubbish>");

        FetchJob job = run(sitemap("/sitemap.xml", null));

        assertThat(job.failed()).singleElement().satisfies(outcome -> {
            assertThat(outcome.url()).isEqualTo(url("/sitemap.xml"));
            assertThat(outcome.status()).isEqualTo(200);
        });
    }

    // Since, on the page's own date.

    @Test
    void aPagePublishedBeforeSinceIsSkippedAndNotPublished() throws Exception {
        site.page("/old", articleWithMetadata("Old news", "Bo Lind", "2024-03-31", "Port"));
        site.page("/new", articleWithMetadata("New news", "Bo Lind", "2024-04-01", "Port"));
        FetchRequest request = new FetchRequest("coast", List.of(url("/old"), url("/new")), null, null,
                LocalDate.of(2024, 4, 1), 0, false);

        FetchJob job = run(request);

        assertThat(job.skipped()).containsExactly(new UrlOutcome(url("/old"), 200, "published before 2024-04-01"));
        assertThat(publisher.published()).extracting(Article::title).containsExactly("New news");
    }

    @Test
    void aPageWithoutADateIsKeptWhateverSinceSays() throws Exception {
        site.page("/undated", article("Ferry timetable"));
        FetchRequest request = new FetchRequest("coast", List.of(url("/undated")), null, null,
                LocalDate.of(2030, 1, 1), 0, false);

        run(request);

        assertThat(publisher.published()).extracting(Article::title).containsExactly("Ferry timetable");
    }

    @Test
    void aListingsPostsPublishedBeforeSinceAreSkippedOneByOne() throws Exception {
        site.page("/archive", listing(null, new String[] {"/posts/a", "the lighthouse", "2024-04-02"},
                new String[] {"/posts/b", "the breakwater", "2024-03-01"}));
        FetchRequest request = new FetchRequest("coast", List.of(url("/archive")), null, null,
                LocalDate.of(2024, 4, 1), 0, false);

        FetchJob job = run(request);

        assertThat(publisher.published()).extracting(Article::url).containsExactly(url("/posts/a"));
        assertThat(job.skipped()).containsExactly(new UrlOutcome(url("/posts/b"), 200, "published before 2024-04-01"));
    }

    // Next pages.

    /** Archive pages /archive, /archive/page/2 ... /archive/page/{count}, each linking to the next. */
    private void archivePages(int count) {
        for (int n = 1; n <= count; n++) {
            String path = n == 1 ? "/archive" : "/archive/page/" + n;
            String next = n < count ? "/archive/page/" + (n + 1) : null;
            site.page(path, listing(next, post("/posts/" + n + "a", "the lighthouse " + n),
                    post("/posts/" + n + "b", "the breakwater " + n)));
        }
    }

    @Test
    void followNextPagesFollowsExactlyThatManyNextPages() throws Exception {
        archivePages(5);

        FetchJob job = run(listing("/archive", 2, false));

        assertThat(site.fetched()).containsExactly(url("/archive"), url("/archive/page/2"), url("/archive/page/3"));
        assertThat(job.counts()).isEqualTo(new Counts(3, 3, 6, 0, 0));
    }

    @Test
    void noNextPageIsFollowedByDefault() throws Exception {
        archivePages(3);

        run(listing("/archive", 0, false));

        assertThat(site.fetched()).containsExactly(url("/archive"));
    }

    @Test
    void followingStopsAtTheLastPage() throws Exception {
        archivePages(2);

        FetchJob job = run(listing("/archive", 10, false));

        assertThat(site.fetched()).containsExactly(url("/archive"), url("/archive/page/2"));
        assertThat(job.pending()).isEmpty();
    }

    @Test
    void eachGivenUrlFollowsItsOwnNextPages() throws Exception {
        archivePages(3);
        site.page("/news", listing("/news/page/2", post("/posts/n1a", "the ferry"), post("/posts/n1b", "the bridge")));
        site.page("/news/page/2", listing("/news/page/3", post("/posts/n2a", "the quay"),
                post("/posts/n2b", "the dock")));
        site.page("/news/page/3", listing(null, post("/posts/n3a", "the market"), post("/posts/n3b", "the fair")));
        FetchRequest request = new FetchRequest("coast", List.of(url("/archive"), url("/news")), null, null, null, 1,
                false);

        run(request);

        assertThat(site.fetched()).containsExactlyInAnyOrder(url("/archive"), url("/archive/page/2"), url("/news"),
                url("/news/page/2"));
    }

    @Test
    void aNextPageAlreadyKnownIsNotFetchedAgain() throws Exception {
        site.page("/archive", listing("/archive/page/2", post("/posts/a", "the lighthouse"),
                post("/posts/b", "the breakwater")));
        site.page("/archive/page/2", listing("/archive", post("/posts/c", "the fish market"),
                post("/posts/d", "the boat show")));

        FetchJob job = run(listing("/archive", 5, false));

        assertThat(site.fetched()).containsExactly(url("/archive"), url("/archive/page/2"));
        assertThat(job.counts().urls()).isEqualTo(2);
    }

    // Excerpts and whole posts.

    private void lighthouseAndBreakwater() {
        site.page("/archive", listing(null, post("/posts/a", "the lighthouse"), post("/posts/b", "the breakwater")));
        site.page("/posts/a", article("The lighthouse"));
        site.page("/posts/b", article("The breakwater"));
    }

    @Test
    void withoutFetchFullPostsAListingsExcerptsArePublishedAsTheyAre() throws Exception {
        lighthouseAndBreakwater();

        run(listing("/archive", 0, false));

        assertThat(site.fetched()).containsExactly(url("/archive"));
        assertThat(publisher.published()).hasSize(2).allSatisfy(article -> assertThat(article.excerpt()).isTrue());
    }

    @Test
    void fetchFullPostsReplacesExcerptsByTheWholePosts() throws Exception {
        lighthouseAndBreakwater();

        FetchJob job = run(listing("/archive", 0, true));

        assertThat(site.fetched()).containsExactly(url("/archive"), url("/posts/a"), url("/posts/b"));
        assertThat(publisher.published()).extracting(Article::url).containsExactly(url("/posts/a"), url("/posts/b"));
        assertThat(publisher.published()).noneMatch(Article::excerpt);
        assertThat(job.counts()).isEqualTo(new Counts(3, 3, 2, 0, 0));
    }

    @Test
    void wholePostsAreFetchedAcceptingPageTypes() throws Exception {
        lighthouseAndBreakwater();

        run(listing("/archive", 0, true));

        assertThat(site.requests.get(1).acceptedType()).accepts("text/html").rejects("application/rss+xml");
    }

    @Test
    void aWholePostThatFailsLeavesItsExcerptPublished() throws Exception {
        lighthouseAndBreakwater();
        site.status("/posts/a", 404);

        FetchJob job = run(listing("/archive", 0, true));

        assertThat(publisher.published()).extracting(Article::url, Article::excerpt)
                .containsExactly(tuple(url("/posts/a"), true), tuple(url("/posts/b"), false));
        assertThat(job.failed()).containsExactly(new UrlOutcome(url("/posts/a"), 404, "answered 404"));
        assertThat(articleUrls(job)).containsExactlyInAnyOrder(url("/posts/a"), url("/posts/b"));
    }

    @Test
    void aWholePostThatCannotBeFetchedLeavesItsExcerptPublished() throws Exception {
        lighthouseAndBreakwater();
        site.fails("/posts/a", 0, "no answer within the read timeout");

        run(listing("/archive", 0, true));

        assertThat(publisher.published()).filteredOn(article -> article.url().equals(url("/posts/a")))
                .singleElement().satisfies(article -> assertThat(article.excerpt()).isTrue());
    }

    @Test
    void aWholePostRobotsTxtDisallowsLeavesItsExcerptPublished() throws Exception {
        lighthouseAndBreakwater();
        site.disallowed("/posts/a");

        FetchJob job = run(listing("/archive", 0, true));

        assertThat(publisher.published()).filteredOn(article -> article.url().equals(url("/posts/a")))
                .singleElement().satisfies(article -> assertThat(article.excerpt()).isTrue());
        assertThat(urlsOf(job.skipped())).containsExactly(url("/posts/a"));
    }

    @Test
    void aWholePostWithNoArticleLeavesItsExcerptPublished() throws Exception {
        lighthouseAndBreakwater();
        site.page("/posts/a", NO_ARTICLE);

        run(listing("/archive", 0, true));

        assertThat(publisher.published()).filteredOn(article -> article.url().equals(url("/posts/a")))
                .singleElement().satisfies(article -> assertThat(article.excerpt()).isTrue());
    }

    @Test
    void anExcerptOfAPostTheJobStoredWholeIsSkipped() throws Exception {
        lighthouseAndBreakwater();

        FetchJob job = run(urls("/posts/a", "/archive"));

        assertThat(job.skipped()).containsExactly(new UrlOutcome(url("/posts/a"), 200,
                "an excerpt of a post this job stored whole"));
        assertThat(publisher.published()).extracting(Article::url, Article::excerpt).containsExactly(
                tuple(url("/posts/a"), false),
                tuple(url("/posts/b"), true));
    }

    @Test
    void withFetchFullPostsAPostTheJobStoredWholeIsNotFetchedAgain() throws Exception {
        lighthouseAndBreakwater();
        FetchRequest request = new FetchRequest("coast", List.of(url("/posts/a"), url("/archive")), null, null, null,
                0, true);

        run(request);

        assertThat(site.fetched()).containsExactly(url("/posts/a"), url("/archive"), url("/posts/b"));
        assertThat(publisher.published()).extracting(Article::url).containsExactly(url("/posts/a"), url("/posts/b"));
        assertThat(publisher.published()).noneMatch(Article::excerpt);
    }

    // The URL limit.

    @Test
    void theJobsUrlLimitSkipsTheUrlsFoundPastIt() throws Exception {
        site.serve("/feed.xml", "application/rss+xml", rss(item("/a", "A", null), item("/b", "B", null),
                item("/c", "C", null), item("/d", "D", null)));
        for (String path : List.of("/a", "/b", "/c", "/d")) {
            site.page(path, article("Pier " + path));
        }

        FetchJob job = run(feed("/feed.xml", null), 3);

        assertThat(site.fetched()).containsExactly(url("/feed.xml"), url("/a"), url("/b"));
        String reason = "over the job's limit of 3 URLs (archivist.fetch.max-urls-per-job)";
        assertThat(job.skipped()).containsExactly(new UrlOutcome(url("/c"), 0, reason),
                new UrlOutcome(url("/d"), 0, reason));
        assertThat(job.counts()).isEqualTo(new Counts(5, 5, 2, 2, 0));
    }

    @Test
    void theUrlLimitCountsNextPages() throws Exception {
        archivePages(5);

        FetchJob job = run(listing("/archive", 4, false), 2);

        assertThat(site.fetched()).containsExactly(url("/archive"), url("/archive/page/2"));
        assertThat(job.skipped()).extracting(UrlOutcome::url).containsExactly(url("/archive/page/3"));
    }

    @Test
    void aRepeatedUrlDoesNotCountAgainstTheLimit() throws Exception {
        site.serve("/feed.xml", "application/rss+xml", rss(item("/a", "A", null), item("/a", "A again", null),
                item("/b", "B", null)));
        site.page("/a", article("Pier A"));
        site.page("/b", article("Pier B"));

        FetchJob job = run(feed("/feed.xml", null), 3);

        assertThat(site.fetched()).containsExactly(url("/feed.xml"), url("/a"), url("/b"));
        assertThat(job.skipped()).isEmpty();
    }

    // Publishing fails.

    @Test
    void aPublishFailureEndsTheJobFailedWithTheCurrentUrlStillPending() throws Exception {
        site.page("/a", article("Pier A"));
        site.page("/b", article("Pier B"));
        site.page("/c", article("Pier C"));
        publisher.failOn = article -> article.title().equals("Pier B");

        FetchJob job = run(urls("/a", "/b", "/c"));

        assertThat(job.state()).isEqualTo(State.FAILED);
        assertThat(pendingUrls(job)).containsExactly(url("/b"), url("/c"));
        assertThat(job.reason()).contains(url("/b"), "the broker is away", "pending");
        assertThat(articleUrls(job)).containsExactly(url("/a"));
        assertThat(job.counts()).isEqualTo(new Counts(3, 1, 1, 0, 0));
        assertThat(job.finishedAt()).isEqualTo(NOW);
        assertThat(site.fetched()).containsExactly(url("/a"), url("/b"));
    }

    @Test
    void aFailedJobIsTheLastOneSaved() throws Exception {
        site.page("/a", article("Pier A"));
        publisher.failOn = article -> true;

        FetchJob job = run(urls("/a"));

        assertThat(journal.saved.getLast()).isEqualTo(job);
        assertThat(journal.saved.getLast().state()).isEqualTo(State.FAILED);
    }

    @Test
    void aPublishFailureOfAnExcerptInsteadOfItsPostLeavesThePostPending() throws Exception {
        lighthouseAndBreakwater();
        site.status("/posts/a", 404);
        publisher.failOn = Article::excerpt;

        FetchJob job = run(listing("/archive", 0, true));

        assertThat(job.state()).isEqualTo(State.FAILED);
        assertThat(pendingUrls(job)).containsExactly(url("/posts/a"), url("/posts/b"));
        assertThat(job.reason()).contains(url("/posts/a"));
    }

    // Resuming.

    /** As an instance saved it before it stopped: /done published, /skipped and /failed ended, two URLs left. */
    private FetchJob interrupted(FetchRequest request, List<WorkItem> pending) {
        return new FetchJob("job-1", "instance-a", request, State.RUNNING, CREATED, CREATED.plusSeconds(5), null, null,
                new Counts(3 + pending.size(), 3, 1, 1, 1),
                List.of(new ArticleRef("id-done", url("/done"), "Done before", false)),
                List.of(new UrlOutcome(url("/skipped"), 304, "not modified since it was last fetched")),
                List.of(new UrlOutcome(url("/failed"), 500, "answered 500")), pending, 3 + pending.size());
    }

    @Test
    void aResumedJobFetchesOnlyWhatWasPending() throws Exception {
        for (String path : List.of("/done", "/skipped", "/failed", "/left-1", "/left-2")) {
            site.page(path, article("Pier " + path));
        }
        FetchRequest request = urls("/done", "/skipped", "/failed", "/left-1", "/left-2");

        FetchJob job = runner(MAX_URLS).run(interrupted(request,
                List.of(WorkItem.page(url("/left-1"), 0), WorkItem.page(url("/left-2"), 0))));

        assertThat(site.fetched()).containsExactly(url("/left-1"), url("/left-2"));
        assertThat(job.state()).isEqualTo(State.DONE);
        assertThat(job.pending()).isEmpty();
    }

    @Test
    void aResumedJobKeepsTheOutcomesRecordedBeforeAndCountsOn() throws Exception {
        site.page("/left-1", article("Left one"));
        site.status("/left-2", 404);
        FetchRequest request = urls("/done", "/skipped", "/failed", "/left-1", "/left-2");

        FetchJob job = runner(MAX_URLS).run(interrupted(request,
                List.of(WorkItem.page(url("/left-1"), 0), WorkItem.page(url("/left-2"), 0))));

        assertThat(articleUrls(job)).containsExactly(url("/done"), url("/left-1"));
        assertThat(job.skipped()).containsExactly(new UrlOutcome(url("/skipped"), 304,
                "not modified since it was last fetched"));
        assertThat(job.failed()).containsExactly(new UrlOutcome(url("/failed"), 500, "answered 500"),
                new UrlOutcome(url("/left-2"), 404, "answered 404"));
        assertThat(job.counts()).isEqualTo(new Counts(5, 5, 2, 1, 2));
        assertThat(job.createdAt()).isEqualTo(CREATED);
    }

    @Test
    void aResumedJobStillKnowsTheUrlsEndedBeforeTheRestart() throws Exception {
        site.page("/left-1", listing("/done", post("/posts/a", "the lighthouse"), post("/posts/b", "the breakwater")));
        site.page("/left-2", listing("/left-3", post("/posts/c", "the fish market"),
                post("/posts/d", "the boat show")));
        site.page("/left-3", article("Left three"));
        FetchRequest request = new FetchRequest("coast", List.of(url("/done"), url("/skipped"), url("/failed"),
                url("/left-1"), url("/left-2")), null, null, null, 1, false);

        FetchJob job = runner(MAX_URLS).run(interrupted(request,
                List.of(WorkItem.page(url("/left-1"), 1), WorkItem.page(url("/left-2"), 1))));

        assertThat(site.fetched()).containsExactly(url("/left-1"), url("/left-2"), url("/left-3"));
        assertThat(job.counts().urls()).isEqualTo(6);
    }

    @Test
    void aResumedFeedItemKeepsItsFeedMetadata() throws Exception {
        site.page("/tides", article("Tide tables change"));
        FeedItem item = new FeedItem(url("/tides"), "Tide tables change", List.of("Ann Reed"),
                Instant.parse("2024-04-02T08:00:00Z"), List.of("Harbour"));
        FetchRequest request = new FetchRequest("coast", null, url("/feed.xml"), null, null, 0, false);

        runner(MAX_URLS).run(interrupted(request, List.of(new WorkItem(Kind.PAGE, url("/tides"), 0, item))));

        assertThat(publisher.published()).singleElement().satisfies(article -> {
            assertThat(article.authors()).containsExactly("Ann Reed");
            assertThat(article.sourceCategories()).containsExactly("Harbour");
        });
    }

    /**
     * Runs {@code request} as an instance that stops (is interrupted) while fetching {@code path}, saving after every
     * URL; returns the job as it was last saved, and forgets the fetches and articles of that first run.
     */
    private FetchJob savedWhenStoppingAt(String path, FetchRequest request, int maxUrls) {
        FakeSite.Answer answer = site.answers.remove(url(path));
        site.answer(path, requested -> {
            throw new InterruptedException();
        });
        site.beforeEachFetch = () -> clock.advance(Duration.ofSeconds(1));

        assertThatThrownBy(() -> run(request, maxUrls)).isInstanceOf(InterruptedException.class);

        site.answers.remove(url(path));
        if (answer != null) {
            site.answers.put(url(path), answer);
        }
        site.beforeEachFetch = () -> { };
        site.requests.clear();
        publisher.batches.clear();
        return journal.saved.getLast();
    }

    @Test
    void aJobStoppedAndResumedFromItsLastSaveEndsAsTheUnbrokenJobWould() throws Exception {
        site.page("/a", article("Pier A"));
        site.page("/b", article("Pier B"));
        site.page("/c", article("Pier C"));
        FetchJob saved = savedWhenStoppingAt("/b", urls("/a", "/b", "/c"), MAX_URLS);
        assertThat(saved.state()).isEqualTo(State.RUNNING);

        FetchJob resumed = runner(MAX_URLS).run(saved);

        assertThat(site.fetched()).containsExactly(url("/b"), url("/c"));
        assertThat(articleUrls(resumed)).containsExactly(url("/a"), url("/b"), url("/c"));
        assertThat(resumed.counts()).isEqualTo(new Counts(3, 3, 3, 0, 0));
    }

    @Test
    void aResumedJobSkipsAnExcerptOfAPostItStoredWholeBeforeTheRestart() throws Exception {
        lighthouseAndBreakwater();
        FetchJob saved = savedWhenStoppingAt("/archive", urls("/posts/a", "/archive"), MAX_URLS);
        assertThat(articleUrls(saved)).containsExactly(url("/posts/a"));

        FetchJob resumed = runner(MAX_URLS).run(saved);

        assertThat(publisher.published()).extracting(Article::url).containsExactly(url("/posts/b"));
        assertThat(resumed.skipped()).containsExactly(new UrlOutcome(url("/posts/a"), 200,
                "an excerpt of a post this job stored whole"));
    }

    @Test
    void aResumedJobStillPublishesTheExcerptOfAWholePostThatFails() throws Exception {
        lighthouseAndBreakwater();
        FetchJob saved = savedWhenStoppingAt("/posts/a", listing("/archive", 0, true), MAX_URLS);
        assertThat(pendingUrls(saved)).containsExactly(url("/posts/a"), url("/posts/b"));
        site.status("/posts/a", 404);

        runner(MAX_URLS).run(saved);

        assertThat(publisher.published()).extracting(Article::url, Article::excerpt)
                .containsExactlyInAnyOrder(tuple(url("/posts/a"), true), tuple(url("/posts/b"), false));
    }

    @Test
    void aResumedJobReachesTheUrlLimitWhereTheUnbrokenJobWould() throws Exception {
        archivePages(3);
        assertThat(run(listing("/archive", 2, false), 3).skipped()).isEmpty();
        FetchJob saved = savedWhenStoppingAt("/archive/page/2", listing("/archive", 2, false), 3);

        FetchJob resumed = runner(3).run(saved);

        assertThat(site.fetched()).containsExactly(url("/archive/page/2"), url("/archive/page/3"));
        assertThat(resumed.skipped()).isEmpty();
    }

    // The journal.

    @Test
    void theFirstSaveIsRunningAndTheLastDone() throws Exception {
        site.page("/a", article("Pier A"));
        site.page("/b", article("Pier B"));

        FetchJob job = run(urls("/a", "/b"));

        assertThat(journal.saved.getFirst().state()).isEqualTo(State.RUNNING);
        assertThat(journal.saved.getFirst().counts()).isEqualTo(new Counts(2, 0, 0, 0, 0));
        assertThat(pendingUrls(journal.saved.getFirst())).containsExactly(url("/a"), url("/b"));
        assertThat(journal.saved.getLast()).isEqualTo(job);
        assertThat(journal.saved.getLast().state()).isEqualTo(State.DONE);
    }

    @Test
    void progressIsSavedAtMostOnceASecond() throws Exception {
        site.page("/a", article("Pier A"));
        site.answer("/b", requested -> {
            clock.advance(Duration.ofSeconds(1));
            return html(requested, article("Pier B"), Validators.NONE);
        });
        site.page("/c", article("Pier C"));

        run(urls("/a", "/b", "/c"));

        assertThat(journal.saved).extracting(FetchJob::state)
                .containsExactly(State.RUNNING, State.RUNNING, State.DONE);
        assertThat(journal.saved).extracting(job -> job.counts().done()).containsExactly(0, 2, 3);
        assertThat(journal.saved.get(1).updatedAt()).isEqualTo(NOW.plusSeconds(1));
    }

    @Test
    void aRunningJobIsSavedWithoutAnEnd() throws Exception {
        site.page("/a", article("Pier A"));

        run(urls("/a"));

        assertThat(journal.saved.getFirst().finishedAt()).isNull();
        assertThat(journal.saved.getFirst().reason()).isNull();
    }

    @Test
    void anInterruptedRunStopsWithTheJobRunningAsLastSaved() {
        site.answer("/a", requested -> {
            Thread.currentThread().interrupt();
            return html(requested, article("Pier A"), Validators.NONE);
        });
        site.page("/b", article("Pier B"));

        assertThatThrownBy(() -> run(urls("/a", "/b"))).isInstanceOf(InterruptedException.class);

        assertThat(site.fetched()).containsExactly(url("/a"));
        assertThat(journal.saved).singleElement().satisfies(job -> {
            assertThat(job.state()).isEqualTo(State.RUNNING);
            assertThat(pendingUrls(job)).containsExactly(url("/a"), url("/b"));
        });
    }

    @Test
    void aFetchInterruptedWhileWaitingStopsTheRun() {
        site.answer("/a", requested -> {
            throw new InterruptedException();
        });

        assertThatThrownBy(() -> run(urls("/a", "/b"))).isInstanceOf(InterruptedException.class);

        assertThat(journal.saved).extracting(FetchJob::state).containsExactly(State.RUNNING);
        assertThat(publisher.batches).isEmpty();
    }

    // Fakes.

    private static Response html(String url, String html, Validators validators) {
        return new Response(url, 200, "text/html", "utf-8", html.getBytes(StandardCharsets.UTF_8), validators, null);
    }

    /**
     * A site in memory, answering like {@link PoliteFetcher}: a canned answer per URL, else 404; a 200 of a type the
     * caller does not accept fails as {@link HttpFetcher} fails it. Records every request.
     */
    private static final class FakeSite implements FetchJobRunner.Fetch {

        record Request(String url, Validators conditional, Predicate<String> acceptedType) {
        }

        interface Answer {

            Response answer(String url) throws FetchFailedException, RobotsDisallowedException, InterruptedException;
        }

        final Map<String, Answer> answers = new HashMap<>();
        final List<Request> requests = new ArrayList<>();
        Runnable beforeEachFetch = () -> { };

        void answer(String path, Answer answer) {
            answers.put(url(path), answer);
        }

        void page(String path, String html) {
            page(path, html, Validators.NONE);
        }

        void page(String path, String html, Validators validators) {
            answer(path, requested -> html(requested, html, validators));
        }

        void serve(String path, String mimeType, String body) {
            answer(path, requested -> new Response(requested, 200, mimeType, "utf-8",
                    body.getBytes(StandardCharsets.UTF_8), Validators.NONE, null));
        }

        void status(String path, int status) {
            answer(path, requested -> new Response(requested, status, "text/html", null, null, Validators.NONE, null));
        }

        void fails(String path, int status, String reason) {
            answer(path, requested -> {
                throw new FetchFailedException(requested, status, reason);
            });
        }

        void disallowed(String path) {
            answer(path, requested -> {
                throw new RobotsDisallowedException(requested, "disallowed by " + url("/robots.txt"));
            });
        }

        List<String> fetched() {
            return requests.stream().map(Request::url).toList();
        }

        @Override
        public Response fetch(String url, Validators conditional, Predicate<String> acceptedType)
                throws FetchFailedException, RobotsDisallowedException, InterruptedException {
            beforeEachFetch.run();
            requests.add(new Request(url, conditional, acceptedType));
            Answer answer = answers.get(url);
            Response response = answer == null
                    ? new Response(url, 404, "text/html", null, null, Validators.NONE, null)
                    : answer.answer(url);
            if (response.status() == 200 && !acceptedType.test(response.mimeType())) {
                throw new FetchFailedException(url, 200, "not a type fetched here: " + response.mimeType());
            }
            return response;
        }
    }

    private static final class RecordingJournal implements FetchJobRunner.Journal {

        final List<FetchJob> saved = new ArrayList<>();

        @Override
        public void save(FetchJob job) {
            saved.add(job);
        }
    }

    private static final class MemoryValidators implements FetchJobRunner.PageValidators {

        final Map<String, Validators> stored = new HashMap<>();

        @Override
        public Validators get(String url) {
            return stored.get(url);
        }

        @Override
        public void put(String url, Validators validators) {
            stored.put(url, validators);
        }
    }

    /** Keeps each published batch; fails a batch holding an article {@code failOn} picks, as Kafka would: whole. */
    private static final class RecordingPublisher implements ArticlePublisher {

        final List<List<Article>> batches = new ArrayList<>();
        Predicate<Article> failOn = article -> false;

        @Override
        public void publish(List<Article> articles) {
            if (articles.stream().anyMatch(failOn)) {
                throw new PublishFailedException("the broker is away", null);
            }
            batches.add(List.copyOf(articles));
        }

        List<Article> published() {
            return batches.stream().flatMap(List::stream).toList();
        }
    }
}
