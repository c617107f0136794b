package org.archivist.ingest.fetch;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.apache.hc.client5.http.ClientProtocolException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * One GET of one URL, redirects included, done safely: only http and https; only addresses the {@link AddressPolicy}
 * allows, checked where the connection is made on every hop; at most {@code maxRedirects} hops; connect, read and
 * whole-response timeouts; a body bounded before and after its {@code Content-Encoding} (gzip, deflate, brotli) is
 * undone; conditional headers when the caller knows the page's validators. Redirects, politeness, robots.txt and
 * retries are the caller's ({@link PoliteFetcher}): this class sends exactly the one request it is asked for.
 */
public final class HttpFetcher implements Closeable {

    /** What makes a GET conditional: the stored page's ETag and Last-Modified, either may be null. */
    public record Validators(String etag, String lastModified) {

        public static final Validators NONE = new Validators(null, null);

        public boolean any() {
            return etag != null || lastModified != null;
        }
    }

    /**
     * The final answer for a URL. {@code body} is read (and decoded) only for a 200; {@code url} is where the
     * redirects ended.
     */
    public record Response(String url, int status, String mimeType, String charset, byte[] body, Validators validators,
            String retryAfter) {
    }

    private final CloseableHttpClient client;
    private final long maxBodyBytes;
    private final Duration requestTimeout;

    public HttpFetcher(AddressPolicy policy, FetchSettings settings, long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
        this.requestTimeout = settings.requestTimeout();
        var connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(new PolicyDnsResolver(policy))
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(millis(settings.connectTimeout()))
                        .setSocketTimeout(millis(settings.readTimeout()))
                        .build())
                .setMaxConnTotal(settings.maxConcurrency())
                .setMaxConnPerRoute(settings.maxConcurrency())
                .build();
        // No proxy from system properties, no cookies, no automatic redirects, retries or decompression: each of
        // those would act without the checks above.
        this.client = HttpClients.custom()
                .setConnectionManager(connections)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(millis(settings.readTimeout()))
                        .setConnectionRequestTimeout(millis(settings.requestTimeout()))
                        .build())
                .setUserAgent(settings.userAgent())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableContentCompression()
                .disableCookieManagement()
                .disableAuthCaching()
                .build();
    }

    /**
     * One request, no redirect followed: a redirect comes back with its status and, as {@code url}, its
     * {@code Location} made absolute (null when it has none or it is not a URL).
     */
    public Response once(String url, Validators conditional, Predicate<String> acceptedType)
            throws FetchFailedException {
        URI uri = fetchable(url);
        HttpGet get = new HttpGet(uri);
        get.setHeader("Accept-Encoding", "gzip, deflate, br");
        get.setHeader("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        if (conditional != null && conditional.etag() != null) {
            get.setHeader("If-None-Match", conditional.etag());
        }
        if (conditional != null && conditional.lastModified() != null) {
            get.setHeader("If-Modified-Since", conditional.lastModified());
        }
        try {
            CloseableHttpResponse response = client.execute(get);
            Response answer = null;
            try {
                answer = read(uri, response, acceptedType);
                return answer;
            } finally {
                if (answer != null && answer.body() != null) {
                    response.close();
                } else {
                    // Closing normally would read the rest of the body to reuse the connection: an error page, a
                    // refused type or a bomb could make that endless.
                    response.close(CloseMode.IMMEDIATE);
                }
            }
        } catch (BodyFailure e) {
            throw e.failure;
        } catch (AddressRefusedException e) {
            throw new FetchFailedException(url, 0, e.getMessage(), e);
        } catch (ConnectTimeoutException e) {
            throw new FetchFailedException(url, 0, "no connection within the connect timeout", e, true);
        } catch (SocketTimeoutException e) {
            throw new FetchFailedException(url, 0, "no answer within the read timeout", e, true);
        } catch (ClientProtocolException e) {
            throw new FetchFailedException(url, 0, "not a valid HTTP answer: " + message(e), e);
        } catch (InterruptedIOException e) {
            Thread.currentThread().interrupt();
            throw new FetchFailedException(url, 0, "interrupted", e);
        } catch (IOException e) {
            throw new FetchFailedException(url, 0, "could not fetch: " + message(e), e, true);
        }
    }

    private Response read(URI uri, ClassicHttpResponse response, Predicate<String> acceptedType)
            throws IOException {
        String url = uri.toString();
        int status = response.getCode();
        Validators validators = new Validators(header(response, "ETag"), header(response, "Last-Modified"));
        String retryAfter = header(response, "Retry-After");
        if (isRedirect(status)) {
            return new Response(location(uri, header(response, "Location")), status, null, null, null, validators,
                    retryAfter);
        }
        String contentType = header(response, "Content-Type");
        String mimeType = contentType == null ? null
                : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (status != 200) {
            return new Response(url, status, mimeType, null, null, validators, retryAfter);
        }
        if (!acceptedType.test(mimeType)) {
            throw new BodyFailure(new FetchFailedException(url, status, "not a type fetched here: "
                    + (mimeType == null ? "no Content-Type" : mimeType)));
        }
        HttpEntity entity = response.getEntity();
        byte[] body;
        if (entity == null) {
            body = new byte[0];
        } else {
            long deadline = System.nanoTime() + requestTimeout.toNanos();
            try {
                InputStream wire = new DeadlineInputStream(entity.getContent(), deadline);
                body = ContentDecoding.read(wire, header(response, "Content-Encoding"), maxBodyBytes);
            } catch (FetchedBodyTooLargeException e) {
                throw new BodyFailure(new FetchFailedException(url, status, e.getMessage(), e));
            } catch (RequestTimeoutException e) {
                throw new BodyFailure(new FetchFailedException(url, status, "the body took longer than "
                        + requestTimeout.toMillis() + " ms (archivist.fetch.request-timeout)", e));
            } catch (SocketTimeoutException e) {
                throw e;
            } catch (IOException e) {
                // An unknown or corrupt Content-Encoding, or a connection dropped mid-body.
                throw new BodyFailure(new FetchFailedException(url, status, "the body could not be read: "
                        + message(e), e));
            }
        }
        return new Response(url, status, mimeType, charset(contentType), body, validators, retryAfter);
    }

    private static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
                String value = pair[1].strip().replace("\"", "").replace("'", "");
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }

    private static String location(URI base, String location) {
        if (location == null || location.isBlank()) {
            return null;
        }
        try {
            return base.resolve(location.strip()).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /** The URL as a URI, if it is an absolute http or https URL: nothing else is ever fetched. */
    static URI fetchable(String url) throws FetchFailedException {
        if (!FetchableUrl.is(url)) {
            throw new FetchFailedException(url, 0, "only absolute http and https URLs are fetched, not " + url);
        }
        return URI.create(url);
    }

    private static String header(ClassicHttpResponse response, String name) {
        Header header = response.getFirstHeader(name);
        return header == null ? null : header.getValue();
    }

    private static String message(Exception e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static Timeout millis(Duration duration) {
        return Timeout.of(duration.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() throws IOException {
        client.close();
    }

    /** Carries a failure found while reading the body out of the client's response handler. */
    private static final class BodyFailure extends IOException {

        private final transient FetchFailedException failure;

        BodyFailure(FetchFailedException failure) {
            super(failure.getMessage(), failure.getCause());
            this.failure = failure;
        }
    }

    /** A body that trickles in slower than the whole-response timeout allows. */
    private static final class RequestTimeoutException extends IOException {
    }

    /** The read timeout bounds each read; this bounds them all, against a server sending a byte now and then. */
    private static final class DeadlineInputStream extends FilterInputStream {

        private final long deadline;

        DeadlineInputStream(InputStream in, long deadline) {
            super(in);
            this.deadline = deadline;
        }

        @Override
        public int read() throws IOException {
            check();
            return super.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            check();
            return super.read(b, off, len);
        }

        private void check() throws RequestTimeoutException {
            if (System.nanoTime() - deadline > 0) {
                throw new RequestTimeoutException();
            }
        }
    }
}
