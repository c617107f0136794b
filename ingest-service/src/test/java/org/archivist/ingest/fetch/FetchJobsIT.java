package org.archivist.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.archivist.ingest.IngestSettings;
import org.archivist.testing.HttpProbe;
import org.archivist.testing.StackIntegrationTest;
import org.archivist.testing.TestKeys;
import org.archivist.testing.TopicProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/fetches} against a site the test serves on 127.0.0.1 (the only host allowed), with robots.txt, a
 * feed, a sitemap index with a gzipped sitemap, archive pages with next pages and excerpts, a redirect to 127.0.0.2,
 * a slow answer, a gzip bomb and a windows-1251 page that declares no charset. Each job is followed through
 * {@code GET /api/fetches/{id}} to its end, and its articles read back from the topic.
 */
@StackIntegrationTest(properties = {
        "archivist.ingest.topic=it-fetch-${archivist.it.run}",
        "spring.kafka.producer.transaction-id-prefix=it-fetch-${archivist.it.run}-",
        "archivist.fetch.jobs-topic=it-fetch-jobs-${archivist.it.run}",
        "archivist.fetch.validators-topic=it-fetch-validators-${archivist.it.run}",
        "archivist.fetch.allowed-hosts=127.0.0.1",
        "archivist.fetch.host-interval=100ms",
        "archivist.fetch.read-timeout=1s",
        "archivist.fetch.request-timeout=2s",
        "archivist.fetch.max-attempts=2",
        "archivist.fetch.max-retry-after=5s" })
class FetchJobsIT {

    private static final String PAGE = """
            <html lang="%3$s"><head><title>%1$s | Coast Times</title>
            <meta property="og:type" content="article"></head><body><article><h1>%1$s</h1>
            <p>%2$s</p>
            <p>The harbour office said more would follow in the coming weeks, once the season's work is planned.</p>
            </article></body></html>""";

    private final JsonMapper json = JsonMapper.builder().build();
    private final TestSite site = TestSite.start("127.0.0.1");
    private final TestSite elsewhere = TestSite.start("127.0.0.2");

    @LocalServerPort
    int port;

    @Autowired
    IngestSettings settings;

    @Autowired
    FetchJobs fetchJobs;

    @Autowired
    FetchJobLog jobLog;

    HttpProbe http;

    @BeforeEach
    void setUp() {
        http = new HttpProbe(port, TestKeys.WRITER);
        site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n".getBytes(StandardCharsets.US_ASCII));
    }

    @AfterEach
    void stop() {
        site.close();
        elsewhere.close();
    }

    private static String page(String title, String text) {
        return PAGE.formatted(title, text, "en");
    }

    @Test
    void aListOfUrlsIsFetchedPolitelyAndEveryUrlEndsListedWithWhatBecameOfIt() throws Exception {
        site.page("/pier", page("Harbour opens new pier", "The harbour opened its new pier on Monday, after two "
                + "years of work by the port authority and the town."));
        site.page("/private/memo", page("Internal memo", "Not for crawlers, as robots.txt says."));
        Charset cp1251 = Charset.forName("windows-1251");
        site.page("/novosti", "text/html", PAGE.formatted("Новый причал открыт",
                "В понедельник гавань открыла новый причал после двух лет работы портовых властей и города. "
                        + "Рыболовные суда будут швартоваться там с июня.", "ru").getBytes(cp1251));
        site.route("/slow", exchange -> sleep(4_000));
        byte[] bomb = HttpFetcherIT.gzip(new byte[48 * 1024 * 1024]);
        site.route("/bomb", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            TestSite.send(exchange, 200, "text/html", bomb);
        });
        elsewhere.page("/inside", page("Intranet", "Nothing from here may be fetched."));
        site.route("/out", exchange -> {
            exchange.getResponseHeaders().set("Location", elsewhere.url("/inside"));
            TestSite.send(exchange, 302, null, new byte[0]);
        });

        JsonNode job = runJob(Map.of("source", "coast", "urls", List.of(site.url("/pier"), site.url("/private/memo"),
                site.url("/novosti"), site.url("/missing"), site.url("/slow"), site.url("/bomb"), site.url("/out"))));

        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("done");
        assertThat(job.get("counts").get("urls").asInt()).isEqualTo(7);
        assertThat(job.get("counts").get("done").asInt()).isEqualTo(7);
        assertThat(job.get("articles").findValuesAsString("title"))
                .containsExactly("Harbour opens new pier", "Новый причал открыт");
        assertThat(outcome(job, "skipped", "/private/memo")).contains("robots.txt");
        assertThat(outcome(job, "failed", "/missing")).isEqualTo("answered 404");
        assertThat(outcome(job, "failed", "/slow")).contains("read timeout");
        assertThat(outcome(job, "failed", "/bomb")).contains("limit");
        assertThat(outcome(job, "failed", "/out")).contains("127.0.0.2 is at 127.0.0.2, loopback");
        assertThat(job.get("pending")).isEmpty();
        assertThat(elsewhere.requests()).isEmpty();
        assertThat(site.requests("/private/memo")).isEmpty();

        // One host, one request per 100 ms (robots.txt first): n requests span (n - 1) intervals at least. Each
        // arrival may lag its send by a connection's set-up, so only the span as a whole is asserted.
        List<TestSite.Request> requests = site.requests();
        assertThat(requests.getFirst().path()).isEqualTo("/robots.txt");
        assertThat(Duration.between(requests.getFirst().at(), requests.getLast().at()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(100L * (requests.size() - 1) - 50));
        assertThat(requests).allSatisfy(request ->
                assertThat(request.userAgent()).startsWith("ArchivistBot/"));

        List<TopicProbe.Received> records = TopicProbe.readKeys(settings.topic(), ids(job), Duration.ofSeconds(20));
        assertThat(records).hasSize(2).allSatisfy(record -> {
            JsonNode article = json.readTree(record.value());
            assertThat(article.get("source").asString()).isEqualTo("coast");
            assertThat(article.get("capturedAt").isNull()).isFalse();
        });
    }

    @Test
    void aFeedsItemsAreFetchedAndTheirMetadataFillsWhatThePagesLack() {
        site.page("/tides", page("Tide tables change", "The harbour office published new tide tables for the "
                + "summer season, with two extra low tides."));
        site.page("/pilots", page("Pilot boats renewed", "Two pilot boats joined the fleet this week, replacing the "
                + "boats bought in the nineteen-eighties."));
        site.page("/feed.xml", "application/rss+xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Coast Times</title>
                <link>%1$s</link><description>News</description>
                <item><title>Tide tables change</title><link>%1$s/tides</link><dc:creator>Ann Reed</dc:creator>
                <category>Harbour</category><pubDate>Tue, 02 Apr 2024 08:00:00 GMT</pubDate></item>
                <item><title>Pilot boats renewed</title><link>%1$s/pilots</link><dc:creator>Bo Lind</dc:creator>
                <pubDate>Mon, 01 Apr 2024 08:00:00 GMT</pubDate></item>
                </channel></rss>""".formatted(site.url("")).getBytes(StandardCharsets.UTF_8));

        JsonNode job = runJob(Map.of("source", "feed-it", "feed", site.url("/feed.xml")));

        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("done");
        assertThat(job.get("articles").findValuesAsString("url"))
                .containsExactly(site.url("/tides"), site.url("/pilots"));
        List<TopicProbe.Received> records = TopicProbe.readKeys(settings.topic(), ids(job), Duration.ofSeconds(20));
        JsonNode tides = records.stream().map(record -> json.readTree(record.value()))
                .filter(article -> article.get("title").asString().equals("Tide tables change")).findFirst().orElseThrow();
        assertThat(tides.get("authors").get(0).asString()).isEqualTo("Ann Reed");
        assertThat(tides.get("publishedAt").asString()).isEqualTo("2024-04-02");
        assertThat(tides.get("sourceCategories").get(0).asString()).isEqualTo("Harbour");
    }

    @Test
    void aSitemapIndexLeadsToAGzippedSitemapWhosePagesAreFilteredBySince() throws Exception {
        site.page("/new", page("New quay lights", "The quay got new lights this winter, paid for by the town."));
        site.page("/undated", page("Ferry timetable", "The ferry keeps its winter timetable until the end of March."));
        site.page("/old", page("Old news", "This page changed last in 2025 and is left out by since."));
        site.page("/sitemap.xml", "application/xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                <sitemap><loc>%1$s/sitemap-posts.xml.gz</loc><lastmod>2026-02-01</lastmod></sitemap>
                <sitemap><loc>%1$s/sitemap-2025.xml</loc><lastmod>2025-06-01</lastmod></sitemap>
                </sitemapindex>""".formatted(site.url("")).getBytes(StandardCharsets.UTF_8));
        site.page("/sitemap-posts.xml.gz", "application/gzip", HttpFetcherIT.gzip("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                <url><loc>%1$s/new</loc><lastmod>2026-02-01T10:00:00+00:00</lastmod></url>
                <url><loc>%1$s/undated</loc></url>
                <url><loc>%1$s/old</loc><lastmod>2025-12-01</lastmod></url>
                </urlset>""".formatted(site.url("")).getBytes(StandardCharsets.UTF_8)));

        JsonNode job = runJob(Map.of("sitemap", site.url("/sitemap.xml"), "since", "2026-01-01"));

        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("done");
        assertThat(job.get("articles").findValuesAsString("title")).containsExactly("New quay lights", "Ferry timetable");
        assertThat(outcome(job, "skipped", "/old")).isEqualTo("not modified since 2026-01-01");
        assertThat(outcome(job, "skipped", "/sitemap-2025.xml")).isEqualTo("not modified since 2026-01-01");
        assertThat(site.requests("/old")).isEmpty();
        assertThat(site.requests("/sitemap-2025.xml")).isEmpty();
    }

    @Test
    void nextPagesAreFollowedAndExcerptsReplacedByTheirWholePosts() {
        String listing = """
                <html lang="en"><head><title>Archive | Coast Times</title></head><body><main>
                <article class="post"><h2><a href="/posts/%1$s">%2$s</a></h2><time datetime="2024-04-02">2 April 2024</time>
                <p>The first lines of the post about %2$s, as the archive shows them to readers. <a href="/posts/%1$s">Read more</a></p></article>
                <article class="post"><h2><a href="/posts/%3$s">%4$s</a></h2><time datetime="2024-04-01">1 April 2024</time>
                <p>The first lines of the post about %4$s, as the archive shows them to readers. <a href="/posts/%3$s">Read more</a></p></article>
                %5$s</main></body></html>""";
        site.page("/archive", listing.formatted("a", "the lighthouse", "b", "the breakwater",
                "<a rel=\"next\" href=\"/archive/page/2\">Older posts</a>"));
        site.page("/archive/page/2", listing.formatted("c", "the fish market", "d", "the boat show", ""));
        for (String[] post : new String[][] {{"a", "The lighthouse"}, {"b", "The breakwater"}, {"c", "The fish market"},
                {"d", "The boat show"}}) {
            site.page("/posts/" + post[0], page(post[1], "The whole post about " + post[1].toLowerCase()
                    + ", with every paragraph the archive page left out, and more besides."));
        }

        JsonNode job = runJob(Map.of("urls", List.of(site.url("/archive")), "followNextPages", 1,
                "fetchFullPosts", true));

        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("done");
        assertThat(job.get("articles").findValuesAsString("url")).containsExactlyInAnyOrder(site.url("/posts/a"),
                site.url("/posts/b"), site.url("/posts/c"), site.url("/posts/d"));
        List<TopicProbe.Received> records = TopicProbe.readKeys(settings.topic(), ids(job), Duration.ofSeconds(20));
        assertThat(records).hasSize(4).allSatisfy(record -> {
            JsonNode article = json.readTree(record.value());
            assertThat(article.get("excerpt").asBoolean()).isFalse();
            assertThat(article.get("paragraphs").get(0).asString()).startsWith("The whole post");
        });
    }

    @Test
    void aPageFetchedAgainUnchangedCostsA304() {
        site.route("/etag", exchange -> {
            boolean unchanged = "\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"));
            exchange.getResponseHeaders().set("ETag", "\"v1\"");
            TestSite.send(exchange, unchanged ? 304 : 200, "text/html; charset=utf-8", unchanged ? new byte[0]
                    : page("Harbour dues", "The harbour dues stay as they are for another year.")
                            .getBytes(StandardCharsets.UTF_8));
        });

        JsonNode first = runJob(Map.of("urls", List.of(site.url("/etag"))));
        JsonNode second = runJob(Map.of("urls", List.of(site.url("/etag"))));

        assertThat(first.get("articles")).hasSize(1);
        assertThat(second.get("articles")).isEmpty();
        assertThat(outcome(second, "skipped", "/etag")).isEqualTo("not modified since it was last fetched");
        assertThat(site.requests("/etag").getLast().ifNoneMatch()).isEqualTo("\"v1\"");
    }

    @Test
    void aJobThisInstanceWasRunningResumesFromWhatItHadLeftToDo() {
        site.page("/left", page("Left to do", "This page was still to be fetched when the instance stopped."));
        FetchRequest request = new FetchRequest("resumed", List.of(site.url("/done"), site.url("/left")), null, null,
                null, 0, false);
        FetchJob queued = FetchJob.queued("resume-" + Instant.now().toEpochMilli(), ownerOf(), request,
                Instant.now());
        // As saved by an instance that fetched the first URL and was killed before the second.
        FetchJob interrupted = new FetchJob(queued.id(), queued.owner(), request, FetchJob.State.RUNNING,
                queued.createdAt(), Instant.now(), null, null, new FetchJob.Counts(2, 1, 0, 0, 1), List.of(), List.of(),
                List.of(new FetchJob.UrlOutcome(site.url("/done"), 500, "answered 500")),
                List.of(WorkItem.page(site.url("/left"), 0)), 2);
        jobLog.save(interrupted);

        fetchJobs.resumeOwn();

        JsonNode job = awaitEnd(queued.id());
        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("done");
        assertThat(job.get("articles").findValuesAsString("title")).containsExactly("Left to do");
        assertThat(job.get("counts").get("done").asInt()).isEqualTo(2);
        assertThat(site.requests("/done")).isEmpty();
    }

    @Test
    void aJobWhoseInstanceStoppedReportingIsMarkedFailedWithItsUrlsNotDone() {
        FetchRequest request = new FetchRequest(null, List.of(site.url("/a"), site.url("/b")), null, null, null, 0,
                false);
        Instant anHourAgo = Instant.now().minus(Duration.ofHours(1));
        FetchJob orphan = FetchJob.queued("orphan-" + anHourAgo.toEpochMilli(), "an-instance-long-gone", request,
                anHourAgo);
        jobLog.save(orphan);

        fetchJobs.failOrphans();

        JsonNode job = json.readTree(http.get("/api/fetches/" + orphan.id()).body());
        assertThat(job.get("state").asString()).isEqualTo("failed");
        assertThat(job.get("reason").asString()).contains("an-instance-long-gone stopped reporting");
        assertThat(job.get("pending").get(0).asString()).isEqualTo(site.url("/a"));
        assertThat(job.get("pending").get(1).asString()).isEqualTo(site.url("/b"));
    }

    @Test
    void anInvalidRequestIsRefusedFieldByField() {
        HttpResponse<String> response = http.post("/api/fetches", "application/json",
                "{\"urls\": [\"file:///etc/passwd\"], \"feed\": \"http://127.0.0.1/feed\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("urls", "urls[0]");
    }

    @Test
    void fetchingNeedsAWriterKey() {
        HttpResponse<String> response = new HttpProbe(port).post("/api/fetches", "application/json",
                "{\"urls\": [\"" + site.url("/pier") + "\"]}");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(site.requests()).isEmpty();
    }

    private String ownerOf() {
        return fetchJobs.owner();
    }

    private JsonNode runJob(Map<String, Object> request) {
        HttpResponse<String> accepted = http.post("/api/fetches", "application/json", json.writeValueAsString(request));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        JsonNode body = json.readTree(accepted.body());
        assertThat(body.get("status").asString()).isEqualTo("/api/fetches/" + body.get("id").asString());
        assertThat(accepted.headers().firstValue("Location")).contains(body.get("status").asString());
        return awaitEnd(body.get("id").asString());
    }

    private JsonNode awaitEnd(String id) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            HttpResponse<String> response = http.get("/api/fetches/" + id);
            if (response.statusCode() != 200) {
                return false;
            }
            last[0] = json.readTree(response.body());
            String state = last[0].get("state").asString();
            return state.equals("done") || state.equals("failed");
        });
        return last[0];
    }

    private String outcome(JsonNode job, String list, String path) {
        for (JsonNode entry : job.get(list)) {
            if (entry.get("url").asString().equals(site.url(path))) {
                return entry.get("reason").asString();
            }
        }
        throw new AssertionError("no " + list + " entry for " + path + " in " + job);
    }

    private static List<String> ids(JsonNode job) {
        List<String> ids = new ArrayList<>();
        job.get("articles").forEach(article -> ids.add(article.get("id").asString()));
        return ids;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
