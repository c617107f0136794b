package org.archivist.ingest.warc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.archivist.ingest.IngestSettings;
import org.archivist.testing.HttpProbe;
import org.archivist.testing.StackIntegrationTest;
import org.archivist.testing.TestKeys;
import org.archivist.testing.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.WarcCompression;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/archives} with a WARC file written by jwarc: a single article, an archive page of two posts, an
 * image, a 404, a revisit and the crawler's requests. The HTML pages' articles are on the topic with the capture's URL
 * and time; everything else is skipped with why; a dry run publishes nothing; a truncated file is refused saying how
 * far it got; a file over its own limit (set low here) gets 413 while a page still may be 10 MB.
 */
@StackIntegrationTest(properties = {
        "archivist.ingest.topic=it-warc-${archivist.it.run}",
        "spring.kafka.producer.transaction-id-prefix=it-warc-${archivist.it.run}-",
        "archivist.security.max-body-size-by-type[application/warc]=64KB" })
class WarcImportIT {

    private static final String ARTICLE = """
            <html lang="en"><head><title>Harbour opens new pier | Coast Times</title>
            <meta property="og:type" content="article"></head><body><article><h1>Harbour opens new pier</h1>
            <p>The harbour opened its new pier on Monday, after two years of work by the port authority and the town.</p>
            <p>Fishing boats will moor there from June, and the ferry moves to the old quay in the autumn.</p>
            </article></body></html>""";

    private static final String LISTING = """
            <html lang="en"><head><title>Archive | Coast Times</title></head><body><main>
            <article class="post"><h2><a href="https://%1$s/tides">Tide tables change</a></h2>
            <time datetime="2024-04-02">2 April 2024</time>
            <p>The harbour office published new tide tables for the summer season, with two extra low tides.</p></article>
            <article class="post"><h2><a href="https://%1$s/pilots">Pilot boats renewed</a></h2>
            <time datetime="2024-04-01">1 April 2024</time>
            <p>Two pilot boats joined the fleet this week, replacing the boats bought in the nineteen-eighties.</p></article>
            </main></body></html>""";

    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    IngestSettings settings;

    HttpProbe http;

    @BeforeEach
    void setUp() {
        http = new HttpProbe(port, TestKeys.WRITER);
    }

    /** A crawl of one site: its pages' URLs (and so their articles' ids) are the test's own. */
    private byte[] crawl(WarcCompression compression, String host) {
        String site = "https://" + host;
        return WarcFiles.write(compression,
                WarcFiles.warcinfo(),
                WarcFiles.request(site + "/pier"),
                WarcFiles.page(site + "/pier", ARTICLE),
                WarcFiles.page(site + "/archive", LISTING.formatted(host)),
                WarcFiles.response(site + "/logo.png", 200, "image/png", new byte[] {1, 2, 3}),
                WarcFiles.response(site + "/gone", 404, "text/html", "<p>Gone</p>".getBytes()),
                WarcFiles.revisit(site + "/pier"));
    }

    @Test
    void theCapturedPagesArticlesArePublishedWithTheirUrlAndCaptureTime() {
        HttpResponse<String> response = http.post("/api/archives?source=coast", "application/warc",
                crawl(WarcCompression.GZIP, "coast.example"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode result = json.readTree(response.body());
        assertThat(result.get("records").asLong()).isEqualTo(7);
        assertThat(result.get("pages").asInt()).isEqualTo(2);
        JsonNode articles = result.get("articles");
        assertThat(articles).hasSize(3);
        assertThat(articles.get(0).get("url").asString()).isEqualTo("https://coast.example/pier");
        assertThat(articles.get(0).get("title").asString()).isEqualTo("Harbour opens new pier");
        assertThat(articles.get(0).get("capturedAt").asString()).isEqualTo("2024-05-06T07:08:09Z");
        assertThat(articles.findValuesAsString("url")).contains("https://coast.example/tides",
                "https://coast.example/pilots");
        assertThat(result.get("skipped").findValuesAsString("reason")).containsExactly("not HTML (image/png)",
                "HTTP status 404", "a revisit: the page is stored with its first capture");
        assertThat(result.get("skippedByReason").get("a request record holds no page").asLong()).isEqualTo(1);
        assertThat(result.get("skippedByReason").get("a warcinfo record holds no page").asLong()).isEqualTo(1);

        List<String> ids = new ArrayList<>();
        articles.forEach(article -> ids.add(article.get("id").asString()));
        List<TopicProbe.Received> records = TopicProbe.readKeys(settings.topic(), ids, Duration.ofSeconds(20));
        assertThat(records).hasSize(3).allSatisfy(record -> {
            JsonNode article = json.readTree(record.value());
            assertThat(article.get("capturedAt").asString()).isEqualTo("2024-05-06T07:08:09Z");
            assertThat(article.get("source").asString()).isEqualTo("coast");
        });
    }

    @Test
    void aListingsExcerptNeverReplacesTheWholePostTheFileHolds() {
        String site = "https://order.example";
        String listing = LISTING.formatted("order.example").replace("</p></article>",
                " <a href=\"https://order.example/tides\">Read more</a></p></article>");
        String tides = ARTICLE.replace("Harbour opens new pier", "Tide tables change");
        byte[] warc = WarcFiles.write(WarcCompression.GZIP, WarcFiles.page(site + "/tides", tides),
                WarcFiles.page(site + "/archive", listing));

        HttpResponse<String> response = http.post("/api/archives?source=order", "application/warc", warc);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode result = json.readTree(response.body());
        assertThat(result.get("skippedByReason").get("an excerpt of a post whose whole page the file holds")
                .asLong()).isEqualTo(1);
        String tidesId = null;
        for (JsonNode article : result.get("articles")) {
            if (article.get("url").asString().equals(site + "/tides")) {
                tidesId = article.get("id").asString();
            }
        }
        assertThat(tidesId).isNotNull();
        List<TopicProbe.Received> records = TopicProbe.readKeys(settings.topic(), List.of(tidesId),
                Duration.ofSeconds(20));
        assertThat(records).singleElement().satisfies(record ->
                assertThat(json.readTree(record.value()).get("excerpt").asBoolean()).isFalse());
    }

    @Test
    void aPlainFileReadsAsAGzippedOneAndADryRunPublishesNothing() {
        HttpResponse<String> response = http.post("/api/archives?source=coast-dry&dryRun=true", "application/warc",
                crawl(WarcCompression.NONE, "dry.example"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode articles = json.readTree(response.body()).get("articles");
        assertThat(articles).hasSize(3);
        List<String> ids = new ArrayList<>();
        articles.forEach(article -> ids.add(article.get("id").asString()));
        // A marker published after the dry run: once it is read, nothing of the dry run can still come.
        HttpResponse<String> marker = http.post("/api/articles", "application/json",
                "{\"title\": \"After the dry run\", \"source\": \"coast-dry\", \"paragraphs\": [\"Marker.\"]}");
        String markerId = json.readTree(marker.body()).at("/accepted/0/id").asString();
        List<String> all = new ArrayList<>(ids);
        all.add(markerId);
        assertThat(TopicProbe.readKeys(settings.topic(), all, List.of(markerId), Duration.ofSeconds(20)))
                .extracting(TopicProbe.Received::key).containsExactly(markerId);
    }

    @Test
    void aTruncatedFileIsRefusedSayingHowFarItGotAndWhatWasPublished() {
        byte[] whole = crawl(WarcCompression.GZIP, "cut.example");

        HttpResponse<String> response = http.post("/api/archives?source=coast-cut", "application/warc",
                WarcFiles.truncated(whole, whole.length - 30));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("recordsRead").asLong()).isEqualTo(6);
        assertThat(problem.get("published").asInt()).isEqualTo(3);
        assertThat(problem.get("byteOffset").asLong()).isPositive();
        assertThat(problem.get("detail").asString()).contains("after 6 record(s)", "posting the whole file again is safe");
    }

    @Test
    void aFileOverItsLimitIsRefusedWith413() {
        byte[] large = WarcFiles.write(WarcCompression.NONE,
                WarcFiles.response("https://coast.example/big.bin", 200, "application/octet-stream",
                        new byte[100 * 1024]));

        HttpResponse<String> response = http.post("/api/archives", "application/warc", large);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json.readTree(response.body()).get("detail").asString())
                .contains("archivist.security.max-body-size-by-type[application/warc]");
    }
}
