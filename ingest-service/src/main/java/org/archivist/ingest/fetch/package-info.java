/**
 * Fetching content from where it lives: URLs, RSS and Atom feeds, sitemaps (fetch jobs, {@code POST /api/fetches}),
 * without becoming a way into the operator's network.
 *
 * <ul>
 * <li>{@link org.archivist.ingest.fetch.AddressPolicy} decides which addresses a fetch may connect to;
 * {@link org.archivist.ingest.fetch.HttpFetcher} makes one GET (redirects, timeouts, bounded bodies undone by
 * {@link org.archivist.ingest.fetch.ContentDecoding}) and checks every address where it connects;
 * {@link org.archivist.ingest.fetch.PoliteFetcher} adds robots.txt, one request per host per interval
 * ({@link org.archivist.ingest.fetch.HostPacer}) and retries that honour
 * {@link org.archivist.ingest.fetch.RetryAfter}.</li>
 * <li>{@link org.archivist.ingest.fetch.FeedReader} and {@link org.archivist.ingest.fetch.SitemapReader} turn
 * feeds and sitemaps into URLs.</li>
 * <li>{@link org.archivist.ingest.fetch.FetchJobRunner} runs a job, {@link org.archivist.ingest.fetch.FetchJobs}
 * starts, resumes and gives up jobs; their state lives in a compacted topic
 * ({@link org.archivist.ingest.fetch.FetchJobLog}).</li>
 * </ul>
 */
package org.archivist.ingest.fetch;
