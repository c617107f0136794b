package org.archivist.ingest.fetch;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of fetching from the web ({@code archivist.fetch.*}); defaults are in {@code application.yml}.
 *
 * @param allowedHosts    hosts fetched even though their address is private or loopback (intranet sites, tests);
 *                        environment {@code ARCHIVIST_FETCH_ALLOWED_HOSTS}, comma-separated
 * @param userAgent       sent with every request and matched against robots.txt groups: names the project and a
 *                        contact, as robots.txt etiquette asks
 * @param connectTimeout  to open a connection
 * @param readTimeout     between two reads of a response, headers included
 * @param requestTimeout  for a whole response, however it trickles in
 * @param maxRedirects    redirects followed for one URL
 * @param hostInterval    the least time between two requests to one host (a robots.txt Crawl-delay may raise it)
 * @param maxConcurrency  requests in flight at once, over every job and host
 * @param maxAttempts     attempts at a URL answered 429 or 503 (or not answered) before it counts as failed
 * @param maxRetryAfter   the longest Retry-After honoured; a server asking for more fails the URL instead
 * @param maxUrlsPerJob   URLs one job may hold, pages found through feeds, sitemaps and next pages included
 * @param jobsTopic       the compacted topic that keeps every job's state, so any instance can answer for it
 * @param validatorsTopic the compacted topic that keeps each fetched page's ETag and Last-Modified
 * @param rememberedPages pages whose validators an instance keeps in memory for conditional GETs
 * @param orphanedAfter   a job whose owner has not reported for this long is marked failed by another instance
 */
@ConfigurationProperties("archivist.fetch")
public record FetchSettings(List<String> allowedHosts, String userAgent, Duration connectTimeout, Duration readTimeout,
        Duration requestTimeout, int maxRedirects, Duration hostInterval, int maxConcurrency, int maxAttempts,
        Duration maxRetryAfter, int maxUrlsPerJob, String jobsTopic, String validatorsTopic, int rememberedPages,
        Duration orphanedAfter) {

    public FetchSettings {
        allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
        Objects.requireNonNull(userAgent, "archivist.fetch.user-agent must be set");
        Objects.requireNonNull(connectTimeout, "archivist.fetch.connect-timeout must be set");
        Objects.requireNonNull(readTimeout, "archivist.fetch.read-timeout must be set");
        Objects.requireNonNull(requestTimeout, "archivist.fetch.request-timeout must be set");
        Objects.requireNonNull(hostInterval, "archivist.fetch.host-interval must be set");
        Objects.requireNonNull(maxRetryAfter, "archivist.fetch.max-retry-after must be set");
        Objects.requireNonNull(jobsTopic, "archivist.fetch.jobs-topic must be set");
        Objects.requireNonNull(validatorsTopic, "archivist.fetch.validators-topic must be set");
        Objects.requireNonNull(orphanedAfter, "archivist.fetch.orphaned-after must be set");
        atLeast(0, maxRedirects, "max-redirects");
        atLeast(1, maxConcurrency, "max-concurrency");
        atLeast(1, maxAttempts, "max-attempts");
        atLeast(1, maxUrlsPerJob, "max-urls-per-job");
        atLeast(0, rememberedPages, "remembered-pages");
    }

    private static void atLeast(int least, int value, String name) {
        if (value < least) {
            throw new IllegalArgumentException("archivist.fetch." + name + " must be at least " + least + ", was " + value);
        }
    }
}
