package org.archivist.query.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.archivist.testing.HttpProbe;
import org.archivist.testing.StackIntegrationTest;
import org.archivist.testing.TestKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web page of an archive that needs a reader key to read ({@code archivist.security.public-read=false}):
 * its own files load without a key, the page asks for one when the API answers 401, keeps it in the tab's
 * session (never in the address) and forgets it on request; the export links download with that key.
 */
@StackIntegrationTest(properties = {
        "archivist.security.public-read=false",
        "archivist.query.topic=it-web-private-${archivist.it.run}",
        "archivist.query.index-alias=it-web-private-articles-${archivist.it.run}",
        "spring.kafka.consumer.group-id=it-web-private-${archivist.it.run}" })
class PrivateWebPageIT extends WebPageStackTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String WRONG_KEY = "ak_not-a-key-this-archive-knows";
    private static final String KEY_FORM_TEXT = "This archive needs a key to read. Ask its operator for a reader key.";

    /** Each test starts without a stored key: the tab's sessionStorage outlives a page load. */
    @BeforeEach
    void noStoredKey() {
        open("/favicon.svg");
        script("sessionStorage.clear()");
    }

    private Object script(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private void assertKeyNeverInTheAddressOrLocalStorage() {
        assertThat(driver.getCurrentUrl()).doesNotContain(TestKeys.READER, WRONG_KEY, "key=");
        assertThat(script("return localStorage.length")).isEqualTo(0L);
    }

    private void enterKey(String key) {
        one("#key").sendKeys(key, Keys.ENTER);
    }

    private void awaitKeyForm() {
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(one("#key-form").isDisplayed()).isTrue();
            assertThat(activeId()).isEqualTo("key");
        });
        assertThat(one("#key-form").getText()).contains(KEY_FORM_TEXT, "API key (reader)");
        assertThat(one("#search-view").isDisplayed()).isFalse();
        assertThat(one("#forget-key").isDisplayed()).isFalse();
    }

    @Test
    void pageFilesLoadWithoutAKeyWhileTheApiAsksForOne() {
        HttpProbe anonymous = new HttpProbe(port);
        for (String path : List.of("/", "/?q=storage", "/index.html", "/js/main.js", "/js/api.js", "/js/key-view.js",
                "/css/archivist.css", "/favicon.svg")) {
            assertThat(anonymous.get(path).statusCode()).as(path).isEqualTo(200);
        }
        for (String path : List.of("/api/search?q=storage", "/api/articles/web-grid", "/api/articles/web-grid/cited-by",
                "/api/articles/web-grid/similar")) {
            HttpResponse<String> response = anonymous.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"archivist\"");
            assertThat(new HttpProbe(port, TestKeys.READER).get(path).statusCode()).as(path).isEqualTo(200);
        }
        // Only reading the page's files is open: any other method on them still needs a key.
        HttpResponse<String> post = anonymous.send(anonymous.request("/js/main.js")
                .POST(HttpRequest.BodyPublishers.ofString("x")).build());
        assertThat(post.statusCode()).isEqualTo(401);
    }

    @Test
    void keyFormRefusesAWrongKeyThenTheReaderKeyShowsResultsForTheSessionUntilForgotten() throws IOException {
        open("/?q=storage");
        awaitKeyForm();
        assertThat(all("#results .hit")).isEmpty();
        screenshot("web-key.png");

        enterKey(WRONG_KEY);

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(one("#key-error").isDisplayed()).isTrue();
            assertThat(one("#key-error").getText()).isEqualTo("The API key is not one this service knows.");
        });
        assertThat(one("#key-error").getAttribute("role")).isEqualTo("alert");
        assertThat(activeId()).isEqualTo("key");
        assertThat(one("#forget-key").isDisplayed()).isFalse();
        assertKeyNeverInTheAddressOrLocalStorage();

        enterKey(TestKeys.READER);

        awaitResults("Grid operators approve new storage rules", "Storage rules take effect in spring",
                "Markup pasted into the storage forum");
        assertThat(one("#key-form").isDisplayed()).isFalse();
        assertThat(one("#forget-key").isDisplayed()).isTrue();
        assertKeyNeverInTheAddressOrLocalStorage();

        driver.navigate().refresh();

        awaitResults("Grid operators approve new storage rules", "Storage rules take effect in spring",
                "Markup pasted into the storage forum");
        assertThat(one("#key-form").isDisplayed()).isFalse();
        one("#results a[href='#article=web-grid']").click();
        await().atMost(WAIT).untilAsserted(() -> assertThat(one("#cited-by").getText())
                .contains("No stored article cites this one."));
        assertThat(one("#article-view h1").getText()).isEqualTo("Grid operators approve new storage rules");
        assertKeyNeverInTheAddressOrLocalStorage();

        one("#forget-key").click();

        awaitKeyForm();
        assertThat(one("#article-view").isDisplayed()).isFalse();
        assertThat(script("return sessionStorage.length")).isEqualTo(0L);
        assertKeyNeverInTheAddressOrLocalStorage();
    }

    @Test
    void articleLinkOpenedWithoutAKeyShowsTheArticleOnceTheKeyIsEntered() {
        open("/#article=web-rules");
        awaitKeyForm();

        enterKey(TestKeys.READER);

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(one("#article-view h1").getText()).isEqualTo("Storage rules take effect in spring");
            assertThat(driver.switchTo().activeElement().getTagName()).isEqualTo("h1");
        });
        await().atMost(WAIT).untilAsserted(() -> assertThat(one("#cited-by").getText())
                .contains("Grid operators approve new storage rules"));
        assertKeyNeverInTheAddressOrLocalStorage();
    }

    @Test
    void exportLinksDownloadWithTheKeptKeyUnderTheFileNameTheServerGives() throws IOException {
        searchStorageWithTheReaderKey();
        // Still a real link to the export, though followed without the key it would be refused.
        assertThat(one("#export-csv").getDomAttribute("href")).isEqualTo("api/export?q=storage&format=csv");
        assertThat(new HttpProbe(port).get("/api/export?q=storage&format=csv").statusCode()).isEqualTo(401);

        one("#export-csv").click();

        Path csv = awaitDownload();
        assertThat(csv.getFileName().toString()).matches("archivist-export-\\d{8}-\\d{6}\\.csv");
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.getFirst()).startsWith("id,url,source,title,");
        assertThat(lines.subList(1, lines.size())).hasSize(3)
                .anySatisfy(line -> assertThat(line).startsWith("web-grid,").contains("Grid operators approve new storage rules"))
                .anySatisfy(line -> assertThat(line).startsWith("web-rules,").contains("Storage rules take effect in spring"))
                .anySatisfy(line -> assertThat(line).startsWith("web-script,").contains("Markup pasted into the storage forum"));
        await().atMost(WAIT).untilAsserted(() -> assertThat(one("#export-status").getText())
                .isEqualTo("Downloaded " + csv.getFileName() + "."));
        assertKeyNeverInTheAddressOrLocalStorage();
    }

    @Test
    void exportWithARefusedKeyAsksForOneThenDownloads() throws IOException {
        searchStorageWithTheReaderKey();
        // The key is no longer good (revoked, say) by the time the export is asked for.
        script("sessionStorage.setItem('archivist.apiKey', '" + WRONG_KEY + "')");

        one("#export-ndjson").click();

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(one("#key-form").isDisplayed()).isTrue();
            assertThat(one("#key-error").getText()).isEqualTo("The API key is not one this service knows.");
        });
        enterKey(TestKeys.READER);

        Path ndjson = awaitDownload();
        assertThat(ndjson.getFileName().toString()).matches("archivist-export-\\d{8}-\\d{6}\\.ndjson");
        assertThat(Files.readAllLines(ndjson)).hasSize(3)
                .anySatisfy(line -> assertThat(line).startsWith("{").contains("\"id\":\"web-grid\""))
                .anySatisfy(line -> assertThat(line).contains("\"id\":\"web-rules\""))
                .anySatisfy(line -> assertThat(line).contains("\"id\":\"web-script\""));
        assertThat(one("#search-view").isDisplayed()).isTrue();
        assertKeyNeverInTheAddressOrLocalStorage();
    }

    @Test
    void exportRefusedByTheServerShowsTheProblemsDetail() throws IOException {
        searchStorageWithTheReaderKey();
        HttpResponse<String> refused = new HttpProbe(port, TestKeys.READER).get("/api/export?q=storage&format=xlsx");
        assertThat(refused.statusCode()).isEqualTo(400);
        String detail = JSON.readTree(refused.body()).get("detail").asString();
        // No control asks for another format; a link edited by hand (or an older page) might.
        script("document.getElementById('export-csv').setAttribute('href', 'api/export?q=storage&format=xlsx')");

        one("#export-csv").click();

        await().atMost(WAIT).untilAsserted(() -> assertThat(one("#search-error").getText())
                .isEqualTo("Export failed. " + detail));
        assertThat(one("#search-error").getAttribute("role")).isEqualTo("alert");
        assertThat(one("#export-status").getText()).isEmpty();
        try (var files = Files.list(downloads)) {
            assertThat(files).isEmpty();
        }
    }

    /** The export tests' start: the storage search shown after the reader key was entered, no file downloaded yet. */
    private void searchStorageWithTheReaderKey() throws IOException {
        open("/?q=storage");
        awaitKeyForm();
        enterKey(TestKeys.READER);
        awaitResults("Grid operators approve new storage rules", "Storage rules take effect in spring",
                "Markup pasted into the storage forum");
        clearDownloads();
    }
}
