package org.archivist.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Predicate;
import java.util.zip.GZIPOutputStream;

import org.archivist.ingest.fetch.HttpFetcher.Response;
import org.archivist.ingest.fetch.HttpFetcher.Validators;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link HttpFetcher} against sites the test serves on 127.0.0.1 and 127.0.0.2, and nowhere else: the address checked
 * where the connection is made, timeouts, bounded bodies, conditional GETs. Redirects are {@link PoliteFetcherIT}'s.
 */
class HttpFetcherIT {

    private static final Predicate<String> ANY = type -> true;
    private static final long LIMIT = 1024 * 1024;

    private final TestSite site = TestSite.start("127.0.0.1");

    @AfterEach
    void stop() {
        site.close();
    }

    private static HttpFetcher fetcher(String... allowedHosts) {
        return new HttpFetcher(new AddressPolicy(List.of(allowedHosts)), TestFetchSettings.allowing(List.of(allowedHosts)),
                LIMIT);
    }

    @Test
    void aPageIsFetchedWithTheUserAgentAndDecompressed() throws Exception {
        site.route("/page", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            exchange.getResponseHeaders().set("ETag", "\"v1\"");
            TestSite.send(exchange, 200, "text/html; charset=ISO-8859-1", gzip("<p>caf\u00e9</p>".getBytes(
                    StandardCharsets.ISO_8859_1)));
        });
        try (HttpFetcher fetcher = fetcher("127.0.0.1")) {
            Response response = fetcher.once(site.url("/page"), Validators.NONE, ANY);

            assertThat(response.status()).isEqualTo(200);
            assertThat(new String(response.body(), StandardCharsets.ISO_8859_1)).isEqualTo("<p>caf\u00e9</p>");
            assertThat(response.mimeType()).isEqualTo("text/html");
            assertThat(response.charset()).isEqualTo("ISO-8859-1");
            assertThat(response.validators().etag()).isEqualTo("\"v1\"");
        }
        TestSite.Request request = site.requests("/page").getFirst();
        assertThat(request.userAgent()).isEqualTo(TestFetchSettings.USER_AGENT);
        assertThat(request.acceptEncoding()).isEqualTo("gzip, deflate, br");
    }

    @Test
    void byDefaultALoopbackAddressIsRefusedBeforeAnyConnection() throws Exception {
        site.page("/page", "<p>secret</p>");
        try (HttpFetcher fetcher = fetcher()) {
            assertThatThrownBy(() -> fetcher.once(site.url("/page"), Validators.NONE, ANY))
                    .isInstanceOf(FetchFailedException.class)
                    .hasMessageContaining("127.0.0.1 is at 127.0.0.1, loopback");
        }
        assertThat(site.requests()).isEmpty();
    }

    @Test
    void aServerThatDoesNotAnswerTimesOut() throws Exception {
        site.route("/silent", exchange -> sleep(3_000));
        try (HttpFetcher fetcher = fetcher("127.0.0.1")) {
            assertThatThrownBy(() -> fetcher.once(site.url("/silent"), Validators.NONE, ANY))
                    .isInstanceOf(FetchFailedException.class)
                    .hasMessageContaining("read timeout")
                    .satisfies(e -> assertThat(((FetchFailedException) e).retriable()).isTrue());
        }
    }

    @Test
    void aBodyTricklingInForeverIsCutAtTheRequestTimeout() throws Exception {
        site.route("/trickle", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            for (int i = 0; i < 40; i++) {
                out.write('x');
                out.flush();
                sleep(100);
            }
        });
        try (HttpFetcher fetcher = fetcher("127.0.0.1")) {
            assertThatThrownBy(() -> fetcher.once(site.url("/trickle"), Validators.NONE, ANY))
                    .hasMessageContaining("archivist.fetch.request-timeout");
        }
    }

    @Test
    void aGzipBombIsCutAtTheLimit() throws Exception {
        byte[] bomb = gzip(new byte[64 * 1024 * 1024]);
        site.route("/bomb", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            TestSite.send(exchange, 200, "text/html", bomb);
        });
        try (HttpFetcher fetcher = fetcher("127.0.0.1")) {
            assertThatThrownBy(() -> fetcher.once(site.url("/bomb"), Validators.NONE, ANY))
                    .isInstanceOf(FetchFailedException.class)
                    .hasCauseInstanceOf(FetchedBodyTooLargeException.class);
        }
        assertThat(bomb.length).isLessThan(100 * 1024);
    }

    @Test
    void aConditionalGetSendsTheValidatorsAndTakesA304() throws Exception {
        site.route("/same", exchange -> {
            boolean unchanged = "\"v7\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"));
            TestSite.send(exchange, unchanged ? 304 : 200, "text/html", unchanged ? new byte[0] : "<p>x</p>".getBytes());
        });
        try (HttpFetcher fetcher = fetcher("127.0.0.1")) {
            assertThat(fetcher.once(site.url("/same"), new Validators("\"v7\"", null), ANY).status()).isEqualTo(304);
            assertThat(fetcher.once(site.url("/same"), Validators.NONE, ANY).status()).isEqualTo(200);
        }
    }

    @Test
    void aTypeTheCallerCannotUseFailsWithoutReadingTheBody() throws Exception {
        site.page("/logo.png", "image/png", new byte[] {1, 2, 3});
        try (HttpFetcher fetcher = fetcher("127.0.0.1")) {
            assertThatThrownBy(() -> fetcher.once(site.url("/logo.png"), Validators.NONE, "text/html"::equals))
                    .hasMessageContaining("not a type fetched here: image/png");
        }
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        }
        return out.toByteArray();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
