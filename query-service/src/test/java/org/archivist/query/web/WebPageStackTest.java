package org.archivist.query.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.archivist.query.QuerySettings;
import org.archivist.testing.HttpProbe;
import org.archivist.testing.TestKeys;
import org.archivist.testing.TopicProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the ITs that drive the web page in headless Chromium against the real stack: the browser, four
 * articles published through Kafka before the first test, and helpers to find elements and wait for results.
 * Each subclass is a {@link org.archivist.testing.StackIntegrationTest} with a topic and index of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WebPageStackTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Duration WAIT = Duration.ofSeconds(15);

    static final String GRID_P0 = "Regional operators agreed on storage rules in São Paulo.[1] Critics said the rules "
            + "were late.[2]";
    static final String GRID_P1 = "Brazilian regulators will review the storage plan next spring.[1]";
    static final String SCRIPT_P0 = "A reader pasted <script>alert(1)</script> and <img src=x onerror=alert(2)> "
            + "into the storage forum.";

    @LocalServerPort
    int port;

    @Autowired
    QuerySettings settings;

    ChromeDriver driver;
    private Path profile;
    /** Where the browser saves downloads, without asking. */
    Path downloads;

    @BeforeAll
    void startBrowserAndLoadArticles() throws IOException {
        boolean browser = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        // Skipping is for a developer's machine; in CI skipped browser tests would pass the build unseen.
        if (!browser && browserRequired()) {
            throw new IllegalStateException("chromium or chromedriver is missing (" + CHROMIUM + ", " + CHROMEDRIVER
                    + ") but the browser test is required (CI is set or archivist.require-browser=true)");
        }
        Assumptions.assumeTrue(browser, "install chromium and chromium-driver to run the browser test");
        publishFixture();
        profile = Files.createTempDirectory("archivist-chromium-");
        downloads = Files.createDirectory(profile.resolve("downloads"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        // Without the networking flags Chrome keeps calling home, and this machine refuses every such call.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=en-US");
        // An alert must stay open for the test to see it rather than be dismissed by the driver.
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(WAIT);
    }

    static boolean browserRequired() {
        return System.getenv("CI") != null || Boolean.getBoolean("archivist.require-browser");
    }

    @AfterAll
    void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @BeforeEach
    void standardWindow() {
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    /** The articles the tests read, published through Kafka before the first test; a subclass may publish others. */
    void publishFixture() {
        String topic = settings.topic();
        TopicProbe.send(topic, "web-rules", article("web-rules", "Storage rules take effect in spring", "harbor",
                "https://example.org/2021/storage-rules", "2021-03-01",
                List.of("The storage rules published today take effect in spring."),
                "[]", "[]", "[]", "[]", "[]",
                category("medtop:20000000", "energy", "inferred", "[\"storage\",\"grid\"]"), "[]"));
        TopicProbe.send(topic, "web-grid", article("web-grid", "Grid operators approve new storage rules", "harbor",
                "https://example.org/2021/grid-operators", "2021-03-03", List.of(GRID_P0, GRID_P1),
                """
                [{"number":1,"text":"“Storage rules take effect in spring”, Harbor Desk, Harbor Daily, March 1, 2021. https://example.org/2021/storage-rules"},
                 {"number":3,"text":"“A note nobody cites”, Harbor Desk, 2020."}]""",
                """
                [{"number":1,"markers":[{"paragraph":0,"offset":%d},{"paragraph":1,"offset":%d}],
                  "citation":{"title":"Storage rules take effect in spring","authors":["Harbor Desk"],
                    "publication":"Harbor Daily","date":"2021-03-01","url":"https://example.org/2021/storage-rules"},
                  "resolvedArticleId":"web-rules"},
                 {"number":3,"markers":[],"citation":{"title":"A note nobody cites","authors":["Harbor Desk"],
                    "publication":null,"date":"2020","url":null},"resolvedArticleId":null}]"""
                        .formatted(GRID_P0.indexOf("[1]"), GRID_P1.indexOf("[1]")),
                "[{\"number\":2,\"paragraph\":0,\"offset\":%d}]".formatted(GRID_P0.indexOf("[2]")),
                "[3]",
                "[{\"code\":\"BR\",\"name\":\"Brazil\",\"mentions\":2}]", "[\"Energy\"]",
                category("medtop:20000000", "energy", "inferred", "[\"storage\",\"grid\",\"operators\"]") + ","
                        + category("Energy", "Energy", "source", "[]"), "[\"Ana Müller\"]"));
        TopicProbe.send(topic, "web-script", article("web-script", "Markup pasted into the storage forum", "forum",
                "https://forum.example.net/t/42", "2022-06-10", List.of(SCRIPT_P0),
                "[]", "[]", "[]", "[]", "[]",
                category("Technology", "Technology", "source", "[]"), "[\"Paul Okafor\"]"));
        TopicProbe.send(topic, "web-fish", article("web-fish", "Fishing quotas renewed for the northern coast", "coast",
                "https://coast.example.com/quotas", "2023-01-15",
                List.of("Norwegian boats keep their quotas for another year."),
                "[]", "[]", "[]", "[]", "[{\"code\":\"NO\",\"name\":\"Norway\",\"mentions\":1}]",
                category("Environment", "Environment", "source", "[]"), "[]"));

        // The reader key reads whether or not reads are public.
        HttpProbe http = new HttpProbe(port, TestKeys.READER);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (String id : List.of("web-rules", "web-grid", "web-script", "web-fish")) {
                assertThat(http.get("/api/articles/" + id).statusCode()).as(id).isEqualTo(200);
            }
            assertThat(http.get("/api/search?q=storage").body()).contains("\"total\":3");
        });
    }

    private static String category(String code, String label, String origin, String evidence) {
        return """
                {"code":"%s","label":"%s","score":0.8,"origin":"%s","evidence":%s}""".formatted(code, label, origin,
                evidence);
    }

    private static String article(String id, String title, String source, String url, String publishedAt,
            List<String> paragraphs, String footnotes, String footnoteLinks, String unmatchedMarkers,
            String uncitedFootnotes, String places, String categories, String authors) {
        return article(id, title, source, url, publishedAt, paragraphs, footnotes, footnoteLinks, unmatchedMarkers,
                uncitedFootnotes, places, "[]", categories, authors);
    }

    private static String article(String id, String title, String source, String url, String publishedAt,
            List<String> paragraphs, String footnotes, String footnoteLinks, String unmatchedMarkers,
            String uncitedFootnotes, String places, String sourceCategories, String categories, String authors) {
        String paragraphJson = paragraphs.stream().map(WebPageStackTest::jsonString)
                .collect(java.util.stream.Collectors.joining(",", "[", "]"));
        return """
                {"schemaVersion":1,"id":"%s","source":"%s","url":"%s","title":"%s","authors":%s,
                 "publishedAt":"%s","sourceCategories":%s,"tags":[],"paragraphs":%s,"footnotes":%s,"media":[],
                 "ingestedAt":"2026-11-25T10:00:00Z","categories":[%s],"places":%s,"footnoteLinks":%s,
                 "unmatchedMarkers":%s,"uncitedFootnotes":%s,"enrichedAt":"2026-11-25T10:00:01Z"}
                """.formatted(id, source, url, title, authors, publishedAt, sourceCategories, paragraphJson, footnotes,
                categories, places, footnoteLinks, unmatchedMarkers, uncitedFootnotes);
    }

    private static String jsonString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    // ---------------------------------------------------------------------------------------------------------

    void open(String path) {
        driver.get("http://127.0.0.1:" + port + path);
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    WebElement one(String css) {
        await().atMost(WAIT).until(() -> !all(css).isEmpty());
        return driver.findElement(By.cssSelector(css));
    }

    List<String> resultTitles() {
        return all("#results .hit-title a").stream().map(WebElement::getText).toList();
    }

    void awaitResults(String... titles) {
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(one("#results").getAttribute("aria-busy")).isEqualTo("false");
            assertThat(resultTitles()).containsExactlyInAnyOrder(titles);
        });
    }

    String activeId() {
        return driver.switchTo().activeElement().getAttribute("id");
    }

    void screenshot(String name) throws IOException {
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
    }

    /**
     * Scans the page as shown with axe-core and fails on any violation of serious or critical impact, naming each
     * rule with the elements it found and what is wrong with them.
     */
    void assertNoSeriousAccessibilityViolations(String what) {
        Results results = new AxeBuilder().analyze(driver);
        assertThat(results.getErrorMessage()).as("axe-core's own error on %s", what).isNull();
        List<Rule> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())).toList();
        assertThat(serious.stream().map(Rule::getId).toList()).as(() -> "serious or critical accessibility violations on " + what + ":\n"
                + serious.stream().map(WebPageStackTest::describe).collect(java.util.stream.Collectors.joining("\n")))
                .isEmpty();
        assertThat(results.getPasses()).as("rules axe-core passed on %s", what).isNotEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + rule.getNodes().stream()
                .map(node -> "\n  " + node.getTarget() + " "
                        + String.valueOf(node.getFailureSummary()).replace("\n", " "))
                .collect(java.util.stream.Collectors.joining());
    }

    /** Empties the download folder, so that the next download is the one file in it. */
    void clearDownloads() throws IOException {
        try (var files = Files.list(downloads)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
    }

    /** The one file in the download folder once the browser has finished saving it (no partial file left). */
    Path awaitDownload() throws IOException {
        await().atMost(WAIT).untilAsserted(() -> {
            try (var files = Files.list(downloads)) {
                assertThat(files.map(path -> path.getFileName().toString()).toList()).singleElement()
                        .satisfies(name -> assertThat(name).doesNotEndWith(".crdownload"));
            }
        });
        try (var files = Files.list(downloads)) {
            return files.findFirst().orElseThrow();
        }
    }

    void assertNoAlert() {
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }
}
