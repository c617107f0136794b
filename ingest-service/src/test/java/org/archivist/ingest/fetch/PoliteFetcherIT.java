package org.archivist.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.archivist.ingest.fetch.HttpFetcher.Validators;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link PoliteFetcher} against a site the test serves on 127.0.0.1: robots.txt, retries that honour Retry-After,
 * redirects asked of robots.txt hop by hop. Waits are recorded instead of slept, so the test asserts how long the
 * fetcher would have waited without waiting.
 */
class PoliteFetcherIT {

    private final TestSite site = TestSite.start("127.0.0.1");
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final HttpFetcher http = new HttpFetcher(new AddressPolicy(List.of("127.0.0.1")),
            TestFetchSettings.allowing(List.of("127.0.0.1")), 1024 * 1024);
    private final PoliteFetcher fetcher = new PoliteFetcher(http, TestFetchSettings.allowing(List.of("127.0.0.1")),
            Clock.systemUTC(), waits::add);

    @AfterEach
    void stop() throws Exception {
        http.close();
        site.close();
    }

    private void robots(String text) {
        site.page("/robots.txt", "text/plain", text.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void aPathRobotsTxtDisallowsIsNeverRequested() {
        robots("User-agent: ArchivistTestBot\nDisallow: /drafts/\n\nUser-agent: *\nDisallow: /\n");
        site.page("/drafts/one", "<p>draft</p>");
        site.page("/posts/one", "<p>post</p>");

        assertThatThrownBy(() -> fetcher.fetch(site.url("/drafts/one"), Validators.NONE, type -> true))
                .isInstanceOf(RobotsDisallowedException.class).hasMessageContaining("robots.txt");
        assertThat(site.requests("/drafts/one")).isEmpty();
        // The group naming this crawler applies, not the one for everyone else.
        assertThat(catchStatus(site.url("/posts/one"))).isEqualTo(200);
        assertThat(site.requests("/robots.txt")).hasSize(1);
    }

    @Test
    void aMissingRobotsTxtAllowsEverything() throws Exception {
        site.page("/page", "<p>page</p>");

        assertThat(fetcher.fetch(site.url("/page"), Validators.NONE, type -> true).status()).isEqualTo(200);
    }

    @Test
    void aRobotsTxtThatFailsDisallowsEverythingForNow() {
        site.route("/robots.txt", exchange -> TestSite.send(exchange, 500, "text/plain", "down".getBytes()));
        site.page("/page", "<p>page</p>");

        assertThatThrownBy(() -> fetcher.fetch(site.url("/page"), Validators.NONE, type -> true))
                .isInstanceOf(RobotsDisallowedException.class);
        assertThat(site.requests("/page")).isEmpty();
    }

    @Test
    void a503IsRetriedAfterTheWaitItAsksFor() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        site.route("/busy", exchange -> {
            if (calls.incrementAndGet() == 1) {
                exchange.getResponseHeaders().set("Retry-After", "3");
                TestSite.send(exchange, 503, "text/plain", "busy".getBytes());
            } else {
                TestSite.send(exchange, 200, "text/html", "<p>ready</p>".getBytes());
            }
        });

        assertThat(fetcher.fetch(site.url("/busy"), Validators.NONE, type -> true).status()).isEqualTo(200);
        assertThat(site.requests("/busy")).hasSize(2);
        assertThat(waits).anySatisfy(wait -> assertThat(wait).isBetween(Duration.ofMillis(2_500), Duration.ofSeconds(3)));
    }

    @Test
    void a429AskingForMoreThanTheLongestWaitFailsAtOnce() {
        site.route("/later", exchange -> {
            exchange.getResponseHeaders().set("Retry-After", "3600");
            TestSite.send(exchange, 429, "text/plain", "slow down".getBytes());
        });

        assertThatThrownBy(() -> fetcher.fetch(site.url("/later"), Validators.NONE, type -> true))
                .isInstanceOf(FetchFailedException.class)
                .hasMessageContaining("retry after 3600 s");
        assertThat(site.requests("/later")).hasSize(1);
    }

    @Test
    void aStatusThatKeepsFailingGivesUpAfterTheLastAttempt() {
        site.route("/down", exchange -> TestSite.send(exchange, 503, "text/plain", "down".getBytes()));

        assertThatThrownBy(() -> fetcher.fetch(site.url("/down"), Validators.NONE, type -> true))
                .hasMessageContaining("answered 503 3 times");
        assertThat(site.requests("/down")).hasSize(3);
    }

    @Test
    void aRedirectIntoADisallowedPathIsNotFollowed() {
        robots("User-agent: *\nDisallow: /private/\n");
        site.route("/moved", exchange -> {
            exchange.getResponseHeaders().set("Location", "/private/page");
            TestSite.send(exchange, 301, null, new byte[0]);
        });
        site.page("/private/page", "<p>private</p>");

        assertThatThrownBy(() -> fetcher.fetch(site.url("/moved"), Validators.NONE, type -> true))
                .isInstanceOf(RobotsDisallowedException.class);
        assertThat(site.requests("/private/page")).isEmpty();
    }

    @Test
    void eachRequestToAHostWaitsItsTurn() throws Exception {
        site.page("/a", "<p>a</p>");
        site.page("/b", "<p>b</p>");
        site.page("/c", "<p>c</p>");

        for (String path : List.of("/a", "/b", "/c")) {
            fetcher.fetch(site.url(path), Validators.NONE, type -> true);
        }

        // robots.txt, then three pages: the pages' waits add up to about three intervals of 200 ms (nothing slept,
        // so each reservation stacks on the one before).
        Duration total = waits.stream().reduce(Duration.ZERO, Duration::plus);
        assertThat(waits).hasSize(3);
        assertThat(total).isGreaterThan(Duration.ofMillis(1_000));
    }

    private int catchStatus(String url) {
        try {
            return fetcher.fetch(url, Validators.NONE, type -> true).status();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
