package org.archivist.query.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.sun.net.httpserver.HttpServer;
import org.archivist.testing.HttpProbe;
import org.awaitility.core.ConditionFactory;
import org.archivist.testing.ServiceProcess;
import org.archivist.testing.StackIntegrationTest;
import org.archivist.testing.TestKeys;
import org.archivist.testing.TopicProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Add page in headless Chromium, with a real ingest-service process beside the in-process query-service: the
 * page's origin allowed by ingest's CORS settings, its address given to query. A pasted archive page is previewed
 * (its articles and the blocks skipped) and published with a writer key that stays in the tab's sessionStorage; a
 * wrong key, a reader key and a page without articles are refused with ingest's words; a list of addresses becomes a
 * fetch job followed to its end. Also: an article like no other has no similar-articles list.
 */
@StackIntegrationTest(properties = {
        "archivist.query.topic=it-web-add-${archivist.it.run}",
        "archivist.query.index-alias=it-web-add-articles-${archivist.it.run}",
        "spring.kafka.consumer.group-id=it-web-add-${archivist.it.run}" })
class AddPageIT extends WebPageStackTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String INGESTED = "it-web-add-ingested-" + RUN;
    private static final String WRONG_KEY = "ak_not-a-key-this-archive-knows";

    /** Two posts of a blog's archive page, then its sidebar: two articles, and the sidebar's blocks skipped. */
    private static final String PAGE = """
            Archive | Harbour

            Ferry returns

            The ferry returned on Friday after a month in the dry dock at the northern yard.

            Posted in TransportComments Off on Ferry returns

            Bridge closed

            The old bridge is closed on Sunday while engineers inspect its piers.

            Posted in RoadsComments Off on Bridge closed

            Leave a Reply

            Your email address will not be published.

            Recent Posts

            Council approves budget
            """;

    private static ServiceProcess ingest;
    private static HttpServer site;

    /**
     * ingest-service must know the page's origin when it starts, and query-service its address: query's port is
     * chosen (and held) here, before either starts, rather than left to Spring.
     */
    @DynamicPropertySource
    static void ingestServiceBeside(DynamicPropertyRegistry registry) throws IOException, InterruptedException {
        int queryPort;
        try (ServerSocket held = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            queryPort = held.getLocalPort();
            ingest = ServiceProcess.start("ingest", "--archivist.ingest.topic=" + INGESTED,
                    "--archivist.fetch.jobs-topic=it-web-add-fetch-jobs-" + RUN,
                    "--archivist.fetch.validators-topic=it-web-add-fetch-validators-" + RUN,
                    "--archivist.fetch.allowed-hosts=127.0.0.1", "--archivist.fetch.host-interval=100ms",
                    "--archivist.security.cors.allowed-origins=http://127.0.0.1:" + queryPort + ",http://localhost:"
                            + queryPort);
        }
        registry.add("server.port", () -> queryPort);
        registry.add("archivist.query.web.ingest-url", () -> "http://127.0.0.1:" + ingest.port());
    }

    @AfterAll
    void stopIngestAndSite() throws InterruptedException {
        if (site != null) {
            site.stop(0);
        }
        if (ingest != null) {
            ingest.close();
        }
    }

    /** One article alone in this test's index: nothing is like it. */
    @Override
    void publishFixture() {
        TopicProbe.send(settings.topic(), "add-lone", """
                {"schemaVersion":1,"id":"add-lone","source":"add-it","title":"Lighthouse keeper retires",
                 "authors":[],"sourceCategories":[],"tags":[],"paragraphs":["Forty winters on the cape."],
                 "footnotes":[],"media":[],"ingestedAt":"2026-11-25T10:00:00Z","categories":[],"places":[],
                 "footnoteLinks":[],"unmatchedMarkers":[],"uncitedFootnotes":[],"enrichedAt":"2026-11-25T10:00:01Z"}
                """);
        HttpProbe http = new HttpProbe(port, TestKeys.READER);
        await().atMost(Duration.ofSeconds(60)).until(() -> http.get("/api/articles/add-lone").statusCode() == 200);
    }

    /** Each test starts without stored keys: the tab's storage outlives a page load. */
    @BeforeEach
    void noStoredKeys() {
        open("/favicon.svg");
        script("sessionStorage.clear(); localStorage.clear()");
    }

    private Object script(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private void openAddPage() {
        open("/#add");
        onPage(WAIT).untilAsserted(() -> assertThat(one("#add-form").isDisplayed()).isTrue());
    }

    private void useKey(String key) {
        one("#writer-key").sendKeys(key, Keys.ENTER);
        onPage(WAIT).untilAsserted(() -> assertThat(one("#forget-writer-key").isDisplayed()).isTrue());
    }

    private void paste(String text) {
        one("#add-text").sendKeys(text);
    }

    private void assertKeysOnlyInSessionStorage() {
        assertThat(script("return localStorage.length")).isEqualTo(0L);
        assertThat(driver.getCurrentUrl()).doesNotContain(TestKeys.WRITER, TestKeys.READER, WRONG_KEY, "key=");
    }

    /** Polls the page, which re-renders its outcome as a request goes on: an element read may be gone (stale). */
    private static ConditionFactory onPage(Duration atMost) {
        return await().atMost(atMost).ignoreException(StaleElementReferenceException.class);
    }

    private String outcomeHeading() {
        return one("#add-outcome h2").getText();
    }

    @Test
    void pastedPageIsPreviewedThenPublishedWithTheWriterKeyKeptInTheTabOnly() throws IOException {
        openAddPage();
        assertThat(one("#add-link").getAttribute("aria-current")).isEqualTo("page");
        useKey(TestKeys.WRITER);
        paste(PAGE);
        one("#add-source").sendKeys("add-it");

        one("#add-submit").click();

        onPage(WAIT).untilAsserted(() -> assertThat(outcomeHeading()).isEqualTo("Preview: 2 articles found"));
        assertThat(all("#add-outcome .add-article-title")).extracting(WebElement::getText)
                .containsExactly("Ferry returns", "Bridge closed");
        assertThat(all("#add-outcome .add-article-title a")).as("nothing to open before it is published").isEmpty();
        assertThat(one("#add-outcome").getText()).contains("Nothing is published yet.",
                "The ferry returned on Friday after a month", "The page is an archive of: Harbour");
        assertThat(all("#add-outcome .add-skipped li")).extracting(WebElement::getText)
                .anySatisfy(text -> assertThat(text).contains("Council approves budget"));
        assertThat(one("#add-status").getText()).startsWith("Preview ready: 2 articles found");
        assertThat(one("#add-publish").getText()).isEqualTo("Publish 2 articles");
        assertNoSeriousAccessibilityViolations("the Add page with a preview");
        driver.manage().window().setSize(new Dimension(1280, 1100));
        script("document.activeElement.blur();"
                + " window.scrollTo(0, document.getElementById('add-submit').offsetTop - 120)");
        screenshot("web-add.png");

        one("#add-publish").click();

        onPage(WAIT).untilAsserted(() -> assertThat(outcomeHeading()).isEqualTo("Published 2 articles"));
        assertThat(one("#add-outcome").getText()).contains("They become searchable after a moment");
        List<String> ids = all("#add-outcome .add-article-title a").stream()
                .map(a -> a.getAttribute("href").replaceAll(".*#article=", "")).toList();
        assertThat(ids).hasSize(2).allSatisfy(id -> assertThat(id).matches("[0-9a-f]{32}"));
        assertThat(TopicProbe.readKeys(INGESTED, ids, Duration.ofSeconds(30)))
                .extracting(TopicProbe.Received::key).containsExactlyInAnyOrderElementsOf(ids)
                .hasSize(2);
        assertThat(script("return sessionStorage.getItem('archivist.writerKey')")).isEqualTo(TestKeys.WRITER);
        assertThat(script("return sessionStorage.getItem('archivist.apiKey')")).as("the reader key is apart").isNull();
        assertKeysOnlyInSessionStorage();

        one("#forget-writer-key").click();

        onPage(WAIT).untilAsserted(() -> assertThat(one("#writer-key").isDisplayed()).isTrue());
        assertThat(script("return sessionStorage.length")).isEqualTo(0L);
    }

    @Test
    void wrongKeyAndReaderKeyAreRefusedWithIngestsWordsAndForgotten() {
        openAddPage();
        useKey(WRONG_KEY);
        paste(PAGE);

        one("#add-submit").click();

        onPage(WAIT).untilAsserted(() -> assertThat(one("#add-error").getText()).isEqualTo(
                "The writer key was refused: The API key is not one this service knows. Enter a writer key."));
        assertThat(one("#add-error").getAttribute("role")).isEqualTo("alert");
        assertThat(activeId()).isEqualTo("writer-key");
        assertThat(script("return sessionStorage.getItem('archivist.writerKey')")).isNull();

        useKey(TestKeys.READER);
        one("#add-submit").click();

        onPage(WAIT).untilAsserted(() -> assertThat(one("#add-error").getText())
                .contains("has the role reader, which may not POST /api/archives",
                        "Adding articles needs a writer key."));
        assertThat(one("#add-outcome").isDisplayed()).isFalse();
        assertThat(script("return sessionStorage.getItem('archivist.writerKey')")).isNull();
        assertKeysOnlyInSessionStorage();
    }

    @Test
    void pageWithoutArticlesShowsWhyAndWhatWasSkipped() {
        openAddPage();
        useKey(TestKeys.WRITER);
        paste("hello");

        one("#add-submit").click();

        onPage(WAIT).untilAsserted(() -> assertThat(one("#add-error").getText())
                .startsWith("No article was found in the page"));
        assertThat(one("#add-outcome").getText()).contains("What the page held", "hello");
        assertThat(all("#add-publish")).isEmpty();
    }

    @Test
    void listOfAddressesBecomesAFetchJobFollowedToItsEnd() throws IOException {
        site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] pier = """
                <html lang="en"><head><title>Harbour opens new pier | Coast Times</title>
                <meta property="og:type" content="article"></head><body><article><h1>Harbour opens new pier</h1>
                <p>The harbour opened its new pier on Monday, after two years of work by the port authority.</p>
                <p>Fishing boats will moor there from June, the harbour office said.</p>
                </article></body></html>""".getBytes(StandardCharsets.UTF_8);
        site.createContext("/", exchange -> {
            boolean found = exchange.getRequestURI().getPath().equals("/pier");
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(found ? 200 : 404, found ? pier.length : -1);
            if (found) {
                exchange.getResponseBody().write(pier);
            }
            exchange.close();
        });
        site.start();
        String base = "http://127.0.0.1:" + site.getAddress().getPort();
        openAddPage();
        useKey(TestKeys.WRITER);
        one("input[name='add-mode'][value='urls']").click();
        assertThat(one("#add-submit").getText()).isEqualTo("Start fetching");
        one("#add-urls").sendKeys(base + "/pier\n\n" + base + "/missing\n");

        one("#add-submit").click();

        onPage(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(one("#add-outcome .job-state").getText()).isEqualTo("State: done"));
        assertThat(outcomeHeading()).startsWith("Fetch job ");
        // Addresses, done, articles, then skipped and failed (the missing page is one of them).
        assertThat(all("#add-outcome .job-counts dd")).extracting(WebElement::getText).startsWith("2", "2", "1");
        assertThat(all("#add-outcome .add-article-title a")).extracting(WebElement::getText)
                .containsExactly("Harbour opens new pier");
        assertThat(one("#add-outcome").getText()).contains(base + "/missing");
        assertThat(one("#add-status").getText()).startsWith("The fetch job is done: 1 article from 2 addresses");
    }

    @Test
    void articleLikeNoOtherHasNoSimilarArticlesList() {
        open("/#article=add-lone");

        onPage(WAIT).untilAsserted(() -> {
            assertThat(one("#article-view h1").getText()).isEqualTo("Lighthouse keeper retires");
            assertThat(one("#similar").getAttribute("aria-busy")).isEqualTo("false");
        });
        assertThat(one("#similar").isDisplayed()).isFalse();
        assertThat(one("#article-view").getText()).doesNotContain("Similar articles");
    }
}
