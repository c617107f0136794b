package org.archivist.ingest.fetch;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.function.Predicate;

import org.archivist.ingest.fetch.HttpFetcher.Response;
import org.archivist.ingest.fetch.HttpFetcher.Validators;

/**
 * Fetches as a good guest: asks each site's robots.txt first, waits its turn for the host (one request per
 * {@code hostInterval} by default, longer when robots.txt sets a Crawl-delay), keeps at most {@code maxConcurrency}
 * requests in flight, and retries a 429 or 503 (or no answer at all) with back-off, honouring {@code Retry-After}.
 */
public final class PoliteFetcher {

    /** Waits; a test replaces it to run without sleeping. */
    interface Sleeper {

        void sleep(Duration duration) throws InterruptedException;
    }

    private final HttpFetcher http;
    private final HostPacer pacer;
    private final RobotsRules robots;
    private final Semaphore inFlight;
    private final int maxRedirects;
    private final int maxAttempts;
    private final Duration maxRetryAfter;
    private final Duration backOff;
    private final Clock clock;
    private final Sleeper sleeper;

    public PoliteFetcher(HttpFetcher http, FetchSettings settings, Clock clock) {
        this(http, settings, clock, duration -> Thread.sleep(duration));
    }

    PoliteFetcher(HttpFetcher http, FetchSettings settings, Clock clock, Sleeper sleeper) {
        this.http = http;
        this.pacer = new HostPacer(settings.hostInterval(), clock);
        this.robots = new RobotsRules(this::robotsTxt, settings.userAgent(), clock);
        this.inFlight = new Semaphore(settings.maxConcurrency(), true);
        this.maxRedirects = settings.maxRedirects();
        this.maxAttempts = settings.maxAttempts();
        this.maxRetryAfter = settings.maxRetryAfter();
        this.backOff = settings.hostInterval().isZero() ? Duration.ofSeconds(1) : settings.hostInterval();
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /**
     * GETs {@code url} once robots.txt allows it and the host's turn has come, following redirects.
     *
     * @return the answer: 200 with its body, 304 when {@code conditional} matched, or another status that is not
     *         worth retrying (404, 410, ...)
     * @throws RobotsDisallowedException when the site's robots.txt keeps this crawler out
     * @throws FetchFailedException when the URL cannot be fetched, after retries where they make sense
     */
    public Response fetch(String url, Validators conditional, Predicate<String> acceptedType)
            throws FetchFailedException, InterruptedException {
        return follow(url, conditional, acceptedType, true);
    }

    /**
     * Follows redirects here, hop by hop (at most {@code maxRedirects}), so that each hop waits its host's turn and,
     * unless it is a robots.txt itself, asks its site's robots.txt.
     */
    private Response follow(String url, Validators conditional, Predicate<String> acceptedType, boolean askRobots)
            throws FetchFailedException, InterruptedException {
        String current = url;
        for (int hop = 0; ; hop++) {
            Response response = politely(current, conditional, acceptedType, askRobots);
            if (!HttpFetcher.isRedirect(response.status())) {
                return response;
            }
            if (hop == maxRedirects) {
                throw new FetchFailedException(url, response.status(), "more than " + maxRedirects + " redirects");
            }
            if (response.url() == null) {
                throw new FetchFailedException(url, response.status(), "a redirect with no Location");
            }
            current = response.url();
        }
    }

    /** One hop: robots.txt asked, the host's turn awaited, 429, 503 and no answer retried. */
    private Response politely(String url, Validators conditional, Predicate<String> acceptedType, boolean askRobots)
            throws FetchFailedException, InterruptedException {
        URI uri = HttpFetcher.fetchable(url);
        Duration crawlDelay = Duration.ZERO;
        if (askRobots) {
            RobotsRules.Verdict verdict = robots.check(uri);
            if (!verdict.allowed()) {
                throw new RobotsDisallowedException(url, "disallowed by " + RobotsRules.origin(uri) + "/robots.txt");
            }
            crawlDelay = verdict.crawlDelay();
        }
        for (int attempt = 1; ; attempt++) {
            Response response;
            try {
                response = paced(uri, crawlDelay, () -> http.once(url, conditional, acceptedType));
            } catch (FetchFailedException e) {
                if (!e.retriable() || attempt == maxAttempts) {
                    throw e;
                }
                waitBeforeRetry(uri, backOff(attempt));
                continue;
            }
            if (response.status() != 429 && response.status() != 503) {
                return response;
            }
            Duration wait = RetryAfter.parse(response.retryAfter(), clock.instant()).orElse(backOff(attempt));
            if (wait.compareTo(maxRetryAfter) > 0) {
                throw new FetchFailedException(url, response.status(), "asked to retry after " + wait.toSeconds()
                        + " s, longer than the " + maxRetryAfter.toSeconds() + " s waited (archivist.fetch.max-retry-after)");
            }
            if (attempt == maxAttempts) {
                throw new FetchFailedException(url, response.status(), "answered " + response.status() + " "
                        + maxAttempts + " times");
            }
            waitBeforeRetry(uri, wait);
        }
    }

    private Duration backOff(int attempt) {
        return backOff.multipliedBy(1L << Math.min(attempt, 6));
    }

    private void waitBeforeRetry(URI uri, Duration wait) throws InterruptedException {
        // The whole host waits, not only this URL: a 429 is about the client, not the page.
        pacer.pushBack(uri.getHost(), wait);
    }

    private interface Request {

        Response send() throws FetchFailedException;
    }

    private Response paced(URI uri, Duration crawlDelay, Request request)
            throws FetchFailedException, InterruptedException {
        Duration wait = pacer.reserve(uri.getHost(), crawlDelay);
        if (!wait.isZero()) {
            sleeper.sleep(wait);
        }
        inFlight.acquire();
        try {
            return request.send();
        } finally {
            inFlight.release();
        }
    }

    private RobotsRules.Answer robotsTxt(String robotsUrl) throws FetchFailedException {
        try {
            Response response = follow(robotsUrl, Validators.NONE, type -> true, false);
            return new RobotsRules.Answer(response.status(), response.body(), response.mimeType());
        } catch (FetchFailedException e) {
            if (e.getCause() instanceof AddressRefusedException) {
                // Not a robots.txt that failed: the site may not be fetched at all, which is what the job should say.
                throw e;
            }
            // A robots.txt that came but could not be used (too large, odd type) counts as empty: allows all.
            return e.status() == 200 ? new RobotsRules.Answer(200, new byte[0], "text/plain")
                    : new RobotsRules.Answer(e.status(), null, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new RobotsRules.Answer(0, null, null);
        }
    }
}
