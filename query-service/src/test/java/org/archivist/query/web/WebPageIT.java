package org.archivist.query.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.archivist.testing.HttpProbe;
import org.archivist.testing.StackIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The web page at {@code /} in headless Chromium against the real stack: search with highlights and facets,
 * paging, the article view's footnote links in both directions, a citation resolved to a stored article,
 * cited-by, similar articles, API errors, article text that looks like markup shown as text, the Add page of a
 * service without an ingest URL, and axe-core's scan of the search, article and Add pages.
 */
@StackIntegrationTest(properties = {
        "archivist.query.topic=it-web-${archivist.it.run}",
        "archivist.query.index-alias=it-web-articles-${archivist.it.run}",
        "spring.kafka.consumer.group-id=it-web-${archivist.it.run}" })
class WebPageIT extends WebPageStackTest {

    // ---------------------------------------------------------------------------------------------------------

    @Test
    void searchOnEnterShowsHighlightedHitsAndPutsTheQueryInTheAddress() throws IOException {
        open("/");
        awaitResults("Grid operators approve new storage rules", "Storage rules take effect in spring",
                "Markup pasted into the storage forum", "Fishing quotas renewed for the northern coast");

        one("#q").sendKeys("storage", Keys.ENTER);

        awaitResults("Grid operators approve new storage rules", "Storage rules take effect in spring",
                "Markup pasted into the storage forum");
        assertThat(driver.getCurrentUrl()).endsWith("/?q=storage");
        assertThat(all("#results mark")).extracting(WebElement::getText).isNotEmpty()
                .allSatisfy(text -> assertThat(text).isEqualToIgnoringCase("storage"));
        assertThat(one("#search-status").getText()).startsWith("3 articles");
        driver.manage().window().setSize(new Dimension(1280, 1000));
        ((JavascriptExecutor) driver).executeScript("document.activeElement.blur()");
        screenshot("web-search.png");

        driver.navigate().back();
        awaitResults("Grid operators approve new storage rules", "Storage rules take effect in spring",
                "Markup pasted into the storage forum", "Fishing quotas renewed for the northern coast");
        assertThat(one("#q").getDomProperty("value")).isEmpty();
    }

    /** Needs the search API's facets (README, "A five-minute tour"); a server without them shows no facet panel. */
    @Test
    void facetValueFiltersTheResultsAndItsChipRemovesTheFilter() {
        open("/?q=storage");
        awaitResults("Grid operators approve new storage rules", "Storage rules take effect in spring",
                "Markup pasted into the storage forum");

        one("button.facet-value[data-param='source'][data-value='forum']").click();

        awaitResults("Markup pasted into the storage forum");
        assertThat(driver.getCurrentUrl()).contains("source=forum");
        WebElement chip = one("#chips .chip");
        assertThat(chip.getText()).contains("Source:", "forum");
        assertThat(one("button.facet-value[data-param='source'][data-value='forum']").getAttribute("aria-pressed"))
                .isEqualTo("true");

        one("#chips .chip").click();

        awaitResults("Grid operators approve new storage rules", "Storage rules take effect in spring",
                "Markup pasted into the storage forum");
        assertThat(one("#chips").isDisplayed()).isFalse();
        assertThat(driver.getCurrentUrl()).doesNotContain("source=");
    }

    /** Needs the search API's {@code nextCursor} (README, "A five-minute tour"). */
    @Test
    void moreResultsAppendsTheNextPage() {
        open("/?q=storage&sort=newest&size=2");
        awaitResults("Markup pasted into the storage forum", "Grid operators approve new storage rules");

        one("#more").click();

        awaitResults("Markup pasted into the storage forum", "Grid operators approve new storage rules",
                "Storage rules take effect in spring");
        assertThat(one("#more").isDisplayed()).isFalse();
    }

    @Test
    void markerLeadsToItsFootnoteAndBackAndResolvedCitationOpensTheCitedArticle() throws IOException {
        open("/?q=storage");
        awaitResults("Grid operators approve new storage rules", "Storage rules take effect in spring",
                "Markup pasted into the storage forum");
        one("#results a[href='#article=web-grid']").click();

        await().atMost(WAIT).untilAsserted(() ->
                assertThat(one("#article-view h1").getText()).isEqualTo("Grid operators approve new storage rules"));
        assertThat(one(".byline").getText()).contains("By Ana Müller", "March 3, 2021", "Source: harbor",
                "Original page");
        assertThat(one(".about").getText()).contains("energy", "from: storage, grid, operators", "Brazil");
        assertThat(one("#p-0").getText()).contains("São Paulo.[1] Critics said the rules were late.[2]");
        assertThat(one("#p-0 .fnref.unmatched").getText()).startsWith("[2]");
        assertThat(one(".source-check").getText()).contains("no footnote: [2]", "not cited in the text: [3]");
        assertThat(one("#fn-3").getText()).contains("Not cited in the text");
        assertThat(one("#article-view").getText()).doesNotContain("null", "undefined");
        driver.manage().window().setSize(new Dimension(1280, 1500));
        screenshot("web-article.png");
        driver.manage().window().setSize(new Dimension(1280, 900));

        one("#p-1 a.fnref").click();
        await().atMost(WAIT).untilAsserted(() -> assertThat(activeId()).isEqualTo("fn-1"));
        assertThat(driver.getCurrentUrl()).endsWith("#article=web-grid&note=1");
        assertThat(one("#fn-1").getText()).contains("Storage rules take effect in spring", "Harbor Daily",
                "2021-03-01");

        all("#fn-1 a.backlink").get(1).click();
        await().atMost(WAIT).untilAsserted(() -> assertThat(activeId()).isEqualTo("fnref-1-1"));

        driver.navigate().back();
        await().atMost(WAIT).untilAsserted(() -> assertThat(activeId()).isEqualTo("fn-1"));

        assertThat(one("#fn-1 a.resolved-link").getText()).isEqualTo("In the archive: Storage rules take effect in spring");
        one("#fn-1 a.resolved-link").click();
        await().atMost(WAIT).untilAsserted(() ->
                assertThat(one("#article-view h1").getText()).isEqualTo("Storage rules take effect in spring"));
        assertThat(driver.getCurrentUrl()).endsWith("/?q=storage#article=web-rules");

        one("#article-view a.back").click();
        awaitResults("Grid operators approve new storage rules", "Storage rules take effect in spring",
                "Markup pasted into the storage forum");
        assertThat(driver.getCurrentUrl()).endsWith("/?q=storage");
    }

    /** Needs {@code GET /api/articles/{id}/cited-by}; without it the page says cited-by is not available. */
    @Test
    void citedArticleListsTheArticlesCitingIt() throws IOException {
        open("/#article=web-rules");

        await().atMost(WAIT).untilAsserted(() -> assertThat(one("#article-view h1").getText())
                .isEqualTo("Storage rules take effect in spring"));
        // An article without footnotes or flags shows no trace of the parts it lacks.
        assertThat(one("#article-view").getText()).doesNotContain("null", "undefined", "Footnotes", "Source check");
        await().atMost(WAIT).untilAsserted(() -> assertThat(one("#cited-by").getText())
                .contains("Grid operators approve new storage rules", "[1]", "Harbor Daily"));
        driver.manage().window().setSize(new Dimension(1280, 1000));
        screenshot("web-cited-by.png");
        one("#cited-by a").click();
        await().atMost(WAIT).untilAsserted(() ->
                assertThat(one("#article-view h1").getText()).isEqualTo("Grid operators approve new storage rules"));
    }

    @Test
    void markupInArticleTextIsShownAsTextNeverRun() {
        open("/?q=forum");
        awaitResults("Markup pasted into the storage forum");
        one("#results a[href='#article=web-script']").click();

        WebElement paragraph = one("#p-0");
        await().atMost(WAIT).untilAsserted(() -> assertThat(paragraph.getText()).isEqualTo(SCRIPT_P0));
        assertNoAlert();
        assertThat(all("#article-view script, #article-view img")).isEmpty();
        Object childElements = ((JavascriptExecutor) driver).executeScript(
                "return document.getElementById('p-0').children.length");
        assertThat(childElements).isEqualTo(0L);
    }

    @Test
    void highlightFragmentsWithAnyMarkupButMarkAreShownAsText() {
        open("/");
        one("#results .hit");

        @SuppressWarnings("unchecked")
        Map<String, Object> rendered = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/js/dom.js').then((dom) => {
                  const render = (fragment) => {
                    const box = document.createElement('div');
                    box.append(...dom.highlightNodes(fragment));
                    return { text: box.textContent, elements: [...box.querySelectorAll('*')].map((e) => e.tagName) };
                  };
                  done({
                    marked: render('S&#227;o <mark>Paulo</mark> &lt;b&gt; &amp;amp; &#x27;q&#x27;'),
                    image: render('<img src=x onerror=alert(3)> <mark>x</mark>'),
                    nested: render('<mark><mark>x</mark></mark>'),
                    unclosed: render('<mark>x'),
                  });
                });
                """);

        assertThat(rendered.get("marked")).isEqualTo(Map.of("text", "São Paulo <b> &amp; 'q'", "elements", List.of("MARK")));
        assertThat(rendered.get("image")).isEqualTo(
                Map.of("text", "<img src=x onerror=alert(3)> <mark>x</mark>", "elements", List.of()));
        assertThat(rendered.get("nested")).isEqualTo(Map.of("text", "<mark><mark>x</mark></mark>", "elements", List.of()));
        assertThat(rendered.get("unclosed")).isEqualTo(Map.of("text", "<mark>x", "elements", List.of()));
        assertNoAlert();
    }

    @Test
    void apiProblemDetailIsShownWhenAnArticleIsUnknown() {
        open("/#article=no-such-article");

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(one("#article-view h1").getText()).isEqualTo("Article not found");
            assertThat(one("#article-view [role=alert]").getText()).contains("no-such-article");
        });
    }

    @Test
    void similarArticlesAreListedEachLinkedToItsView() {
        open("/#article=web-rules");

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(one("#similar").isDisplayed()).isTrue();
            assertThat(all("#similar li a")).extracting(WebElement::getText)
                    .contains("Grid operators approve new storage rules")
                    .doesNotContain("Storage rules take effect in spring");
        });
        assertThat(one("#similar h2").getText()).isEqualTo("Similar articles");
        assertThat(one("#similar").getText()).contains("Source: harbor", "Ana Müller").doesNotContain("null",
                "undefined");

        all("#similar li a").stream().filter(a -> a.getText().equals("Grid operators approve new storage rules"))
                .findFirst().orElseThrow().click();

        await().atMost(WAIT).untilAsserted(() ->
                assertThat(one("#article-view h1").getText()).isEqualTo("Grid operators approve new storage rules"));
        assertThat(driver.getCurrentUrl()).endsWith("#article=web-grid");
    }

    @Test
    void searchArticleAndAddPagesHaveNoSeriousAccessibilityViolations() {
        open("/?q=storage");
        awaitResults("Grid operators approve new storage rules", "Storage rules take effect in spring",
                "Markup pasted into the storage forum");
        assertNoSeriousAccessibilityViolations("the search page");

        open("/#article=web-grid");
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(one("#article-view h1").getText()).isEqualTo("Grid operators approve new storage rules");
            assertThat(one("#similar").getAttribute("aria-busy")).isEqualTo("false");
            assertThat(all("#cited-by .loading")).isEmpty();
        });
        assertNoSeriousAccessibilityViolations("the article view");

        one("#add-link").click();
        await().atMost(WAIT).untilAsserted(() -> assertThat(one("#add-unconfigured").isDisplayed()).isTrue());
        assertNoSeriousAccessibilityViolations("the Add page");
    }

    /** This context sets no archivist.query.web.ingest-url: the Add page cannot add and says how to set it up. */
    @Test
    void addPageWithoutAnIngestUrlSaysHowToSetItUp() {
        open("/");
        one("#add-link").click();

        await().atMost(WAIT).untilAsserted(() -> assertThat(one("#add-unconfigured").isDisplayed()).isTrue());
        assertThat(driver.getCurrentUrl()).endsWith("/#add");
        assertThat(one("#add-link").getAttribute("aria-current")).isEqualTo("page");
        assertThat(one("#add-unconfigured").getText()).contains("ARCHIVIST_INGEST_URL=http://localhost:8081",
                "archivist.security.cors.allowed-origins=http://127.0.0.1:" + port);
        assertThat(one("#add-form").isDisplayed()).isFalse();
        assertThat(one("#search-view").isDisplayed()).isFalse();
        assertThat(driver.getTitle()).isEqualTo("Add · Archivist");
        // Without an ingest URL the page may connect to its own origin only.
        assertThat(new HttpProbe(port).get("/").headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).contains("connect-src 'self';", "script-src 'self';"));

        driver.navigate().back();

        awaitResults("Grid operators approve new storage rules", "Storage rules take effect in spring",
                "Markup pasted into the storage forum", "Fishing quotas renewed for the northern coast");
        assertThat(one("#add-view").isDisplayed()).isFalse();
        assertThat(one("#add-link").getAttribute("aria-current")).isNull();
    }

    @Test
    void narrowScreenStacksFiltersAboveResultsWithoutSidewaysScrolling() throws IOException {
        driver.manage().window().setSize(new Dimension(390, 844));
        open("/?q=storage");
        awaitResults("Grid operators approve new storage rules", "Storage rules take effect in spring",
                "Markup pasted into the storage forum");

        Object overflow = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
        assertThat(overflow).isEqualTo(false);
        assertThat(one("#filters").getRect().getY()).isLessThan(one("#results").getRect().getY());
        screenshot("web-narrow.png");
    }
}
