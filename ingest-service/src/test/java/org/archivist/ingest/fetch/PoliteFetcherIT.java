package org.archivist.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.archivist.ingest.fetch.HttpFetcher.Response;
import org.archivist.ingest.fetch.HttpFetcher.Validators;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link PoliteFetcher} against sites the test serves on 127.0.0.1 and 127.0.0.2: robots.txt, retries that honour
 * Retry-After, redirects followed hop by hop (each asked of robots.txt and checked where it connects), at most five.
 * Waits are recorded instead of slept, so the test asserts how long the fetcher would have waited without waiting.
 */
class PoliteFetcherIT {

    private static final Predicate<String> ANY = type -> true;

    private final TestSite site = TestSite.start("127.0.0.1");
    private final TestSite other = TestSite.start("127.0.0.2");
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final HttpFetcher http = new HttpFetcher(new AddressPolicy(List.of("127.0.0.1")),
            TestFetchSettings.allowing(List.of("127.0.0.1")), 1024 * 1024);
    private final PoliteFetcher fetcher = new PoliteFetcher(http, TestFetchSettings.allowing(List.of("127.0.0.1")),
            Clock.systemUTC(), waits::add);

    @AfterEach
    void stop() throws Exception {
        http.close();
        site.close();
        other.close();
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

    @Test
    void aRedirectToAnotherLoopbackAddressIsRefusedUnlessThatHostIsAllowed() throws Exception {
        other.page("/inside", "<p>the intranet</p>");
        site.route("/out", exchange -> {
            exchange.getResponseHeaders().set("Location", other.url("/inside"));
            TestSite.send(exchange, 302, null, new byte[0]);
        });
        try (Polite polite = polite("127.0.0.1")) {
            assertThatThrownBy(() -> polite.fetcher().fetch(site.url("/out"), Validators.NONE, ANY))
                    .isInstanceOf(FetchFailedException.class)
                    .hasMessageContaining("127.0.0.2 is at 127.0.0.2, loopback");
        }
        assertThat(other.requests()).isEmpty();

        try (Polite polite = polite("127.0.0.1", "127.0.0.2")) {
            Response response = polite.fetcher().fetch(site.url("/out"), Validators.NONE, ANY);
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.url()).isEqualTo(other.url("/inside"));
        }
    }

    @Test
    void aRedirectToAnotherSchemeIsRefused() throws Exception {
        site.route("/file", exchange -> {
            exchange.getResponseHeaders().set("Location", "file:///etc/passwd");
            TestSite.send(exchange, 301, null, new byte[0]);
        });
        try (Polite polite = polite("127.0.0.1")) {
            assertThatThrownBy(() -> polite.fetcher().fetch(site.url("/file"), Validators.NONE, ANY))
                    .isInstanceOf(FetchFailedException.class)
                    .hasMessageContaining("only absolute http and https URLs");
        }
    }

    @Test
    void atMostFiveRedirectsAreFollowed() throws Exception {
        for (int i = 0; i < 6; i++) {
            String next = site.url("/hop" + (i + 1));
            site.route("/hop" + i, exchange -> {
                exchange.getResponseHeaders().set("Location", next);
                TestSite.send(exchange, 307, null, new byte[0]);
            });
        }
        site.page("/hop6", "<p>too far</p>");
        try (Polite polite = polite("127.0.0.1")) {
            assertThatThrownBy(() -> polite.fetcher().fetch(site.url("/hop0"), Validators.NONE, ANY))
                    .hasMessageContaining("more than 5 redirects");
            assertThat(polite.fetcher().fetch(site.url("/hop1"), Validators.NONE, ANY).status()).isEqualTo(200);
        }
    }


    /** A polite fetcher allowing the given hosts, with the HTTP client it closes. */
    private record Polite(HttpFetcher http, PoliteFetcher fetcher) implements AutoCloseable {

        @Override
        public void close() throws IOException {
            http.close();
        }
    }

    private Polite polite(String... allowedHosts) {
        FetchSettings settings = TestFetchSettings.allowing(List.of(allowedHosts));
        HttpFetcher client = new HttpFetcher(new AddressPolicy(List.of(allowedHosts)), settings, 1024 * 1024);
        return new Polite(client, new PoliteFetcher(client, settings, Clock.systemUTC(), waits::add));
    }

    private int catchStatus(String url) {
        try {
            return fetcher.fetch(url, Validators.NONE, type -> true).status();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
