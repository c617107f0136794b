package org.archivist.query.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.archivist.testing.StackIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * The search page's timeline chart, cited-by counts and export links in headless Chromium against the real stack,
 * over the four fixture articles: published 2021-03-01 and 2021-03-03 (one ISO week, 2021-W09), 2022-06-10 and
 * 2023-01-15, so the automatic interval is a week; one of them cites another. Reads are open here, so the export
 * links are followed by the browser itself (PrivateWebPageIT has them download with a key).
 */
@StackIntegrationTest(properties = {
        "archivist.query.topic=it-timeline-web-${archivist.it.run}",
        "archivist.query.index-alias=it-timeline-web-${archivist.it.run}",
        "spring.kafka.consumer.group-id=it-timeline-web-${archivist.it.run}" })
class TimelinePageIT extends WebPageStackTest {

    static final String[] ALL = { "Grid operators approve new storage rules", "Storage rules take effect in spring",
        "Markup pasted into the storage forum", "Fishing quotas renewed for the northern coast" };
    /** The browser runs in en-US, so the page names dates that way. */
    static final String FIRST_WEEK = "Week 9 of 2021 (Mar 1 – Mar 7): 2 articles";

    List<WebElement> bars() {
        return all("#timeline .timeline-bar");
    }

    WebElement bar(String name) {
        await().atMost(WAIT).until(() -> bars().stream().anyMatch(b -> name.equals(b.getAttribute("aria-label"))));
        return bars().stream().filter(b -> name.equals(b.getAttribute("aria-label"))).findFirst().orElseThrow();
    }

    List<String> chips() {
        return all("#chips .chip").stream().map(WebElement::getText).toList();
    }

    @Test
    void clickingABarFiltersToItsPeriodShownAsRemovableChips() throws IOException {
        open("/");
        awaitResults(ALL);
        assertThat(one("#timeline").isDisplayed()).isTrue();
        assertThat(one("#timeline figcaption").getText()).containsIgnoringCase("Published").contains("by week",
                "Week 9 of 2021", "Week 2 of 2023");
        // 2021-W09 to 2023-W02, empty weeks included.
        assertThat(bars()).hasSize(98);
        assertThat(bars()).filteredOn(b -> b.getAttribute("aria-label").endsWith(": 0 articles")).hasSize(95);
        screenshot("web-timeline.png");

        bar(FIRST_WEEK).click();

        awaitResults("Grid operators approve new storage rules", "Storage rules take effect in spring");
        assertThat(driver.getCurrentUrl()).contains("from=2021-03-01", "to=2021-03-07");
        assertThat(chips()).anySatisfy(chip -> assertThat(chip).contains("From:", "2021-03-01"))
                .anySatisfy(chip -> assertThat(chip).contains("To:", "2021-03-07"));
        // Within a week the chart shows days: the first and last day with articles, and the empty one between.
        await().atMost(WAIT).untilAsserted(() -> assertThat(bars()).extracting(b -> b.getAttribute("aria-label"))
                .containsExactly("March 1, 2021: 1 article", "March 2, 2021: 0 articles", "March 3, 2021: 1 article"));

        for (String kind : List.of("From:", "To:")) {
            all("#chips .chip").stream().filter(chip -> chip.getText().contains(kind)).findFirst().orElseThrow().click();
            // The chips are drawn again as the search reloads: one read while they are replaced is read again.
            await().atMost(WAIT).ignoreException(StaleElementReferenceException.class)
                    .untilAsserted(() -> assertThat(chips()).noneMatch(chip -> chip.contains(kind)));
        }
        awaitResults(ALL);
        assertThat(driver.getCurrentUrl()).doesNotContain("from=", "to=");
    }

    @Test
    void barsAreReachedWithArrowKeysAndEnterShowsThePeriod() {
        open("/");
        awaitResults(ALL);
        WebElement current = one("#timeline .timeline-bar[tabindex='0']");
        // The one tab stop is the last period with articles.
        assertThat(current.getAttribute("aria-label")).startsWith("Week 2 of 2023").endsWith(": 1 article");
        assertThat(current.getAttribute("role")).isEqualTo("button");

        current.sendKeys(Keys.HOME);
        WebElement focused = driver.switchTo().activeElement();
        assertThat(focused.getAttribute("aria-label")).isEqualTo(FIRST_WEEK);
        focused.sendKeys(Keys.ARROW_RIGHT);
        assertThat(driver.switchTo().activeElement().getAttribute("aria-label")).startsWith("Week 10 of 2021");
        driver.switchTo().activeElement().sendKeys(Keys.ARROW_LEFT);
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);

        awaitResults("Grid operators approve new storage rules", "Storage rules take effect in spring");
        assertThat(driver.getCurrentUrl()).contains("from=2021-03-01", "to=2021-03-07");
        // Focus stays in the chart, now drawn by day.
        await().atMost(WAIT).untilAsserted(() -> assertThat(driver.switchTo().activeElement().getDomAttribute("class"))
                .isEqualTo("timeline-bar"));
    }

    @Test
    void aCitedResultShowsHowManyArticlesCiteItAndLeadsToThem() {
        // Short enough that the article's cited-by section starts below the fold.
        driver.manage().window().setSize(new Dimension(1280, 500));
        open("/?q=storage");
        awaitResults("Grid operators approve new storage rules", "Storage rules take effect in spring",
                "Markup pasted into the storage forum");

        assertThat(all("#results .cited-by-count")).singleElement().satisfies(link -> {
            assertThat(link.getText()).isEqualTo("cited by 1");
            assertThat(link.getDomAttribute("href")).isEqualTo("#article=web-rules&section=cited-by");
            assertThat(link.findElement(By.xpath("ancestor::li")).getText())
                    .contains("Storage rules take effect in spring");
        });

        one("#results .cited-by-count").click();

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(one("#article-view h1").getText()).isEqualTo("Storage rules take effect in spring");
            assertThat(activeId()).isEqualTo("cited-by");
        });
        assertThat(driver.getCurrentUrl()).endsWith("/?q=storage#article=web-rules&section=cited-by");
        await().atMost(WAIT).untilAsserted(() -> assertThat(one("#cited-by").getText())
                .contains("Grid operators approve new storage rules"));
        // Scrolled to: the section's heading is wholly in the window, which had to move down to show it.
        Map<?, ?> place = (Map<?, ?>) ((JavascriptExecutor) driver).executeScript("""
                const box = document.getElementById('cited-by-heading').getBoundingClientRect();
                return { top: box.top, bottom: box.bottom, scrolled: window.scrollY, height: window.innerHeight };""");
        assertThat(((Number) place.get("scrolled")).doubleValue()).isPositive();
        assertThat(((Number) place.get("top")).doubleValue()).isNotNegative();
        assertThat(((Number) place.get("bottom")).doubleValue()).isLessThanOrEqualTo(((Number) place.get("height")).doubleValue());

        one("#article-view a.back").click();
        awaitResults("Grid operators approve new storage rules", "Storage rules take effect in spring",
                "Markup pasted into the storage forum");
        assertThat(driver.getCurrentUrl()).endsWith("/?q=storage");
    }

    @Test
    void exportLinksCarryTheSearchWithoutPageSizeOrCursorAndDownloadAsPlainLinks() throws IOException {
        open("/?q=storage&source=harbor&sort=oldest&size=1");
        awaitResults("Storage rules take effect in spring");

        one("#more").click();
        awaitResults("Storage rules take effect in spring", "Grid operators approve new storage rules");

        assertThat(one("#export-csv").getText()).isEqualTo("Export these results");
        assertThat(one("#export-csv").getDomAttribute("href"))
                .isEqualTo("api/export?q=storage&sort=oldest&source=harbor&format=csv");
        assertThat(one("#export-ndjson").getDomAttribute("href"))
                .isEqualTo("api/export?q=storage&sort=oldest&source=harbor&format=ndjson");
        clearDownloads();

        // Reads are open and the page holds no key: the browser follows the link itself.
        one("#export-csv").click();

        Path csv = awaitDownload();
        assertThat(csv.getFileName().toString()).matches("archivist-export-\\d{8}-\\d{6}\\.csv");
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("web-rules,");
        assertThat(lines.get(2)).startsWith("web-grid,");
        assertThat(one("#export-status").getText()).isEmpty();
    }

    @Test
    void downloadNameIsReadFromContentDisposition() {
        open("/");
        one("#results .hit");

        Object names = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/js/api.js').then((api) => done([
                  'attachment; filename="archivist-export-20240312-093005.csv"',
                  'attachment; filename=plain.ndjson',
                  'attachment; filename="a \\\\"quoted\\\\" name.csv"',
                  `attachment; filename="fallback.csv"; filename*=UTF-8''%C3%A9t%C3%A9.csv`,
                  'attachment; filename="../../etc/passwd"',
                  "attachment; filename*=UTF-8''%E0%A4%A.csv",
                  'attachment',
                  null,
                ].map((header) => api.dispositionFilename(header))));
                """);

        assertThat(names).isEqualTo(Arrays.asList("archivist-export-20240312-093005.csv", "plain.ndjson",
                "a \"quoted\" name.csv", "été.csv", "passwd", null, null, null));
    }
}
