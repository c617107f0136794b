package org.archivist.ingest.fetch;

import java.time.Instant;
import java.util.List;

/**
 * A fetch job's state, as kept in the jobs topic and shown by {@code GET /api/fetches/{id}}: what was asked, how far
 * it got, and what became of each URL. {@code pending} holds the work not done yet, so that the job can resume after
 * its instance restarts, or be listed as not done when it fails.
 *
 * @param owner    the instance running the job ({@code ARCHIVIST_INSTANCE_ID}, else host and port)
 * @param admitted URLs taken on to be fetched, done or pending, which {@code archivist.fetch.max-urls-per-job} bounds
 *                 (URLs left out by {@code since} or the limit do not count)
 */
public record FetchJob(String id, String owner, FetchRequest request, State state, Instant createdAt,
        Instant updatedAt, Instant finishedAt, String reason, Counts counts, List<ArticleRef> articles,
        List<UrlOutcome> skipped, List<UrlOutcome> failed, List<WorkItem> pending, int admitted) {

    public enum State {
        QUEUED, RUNNING, DONE, FAILED;

        public boolean finished() {
            return this == DONE || this == FAILED;
        }
    }

    /**
     * @param urls    URLs the job knows of: given, found in feeds, sitemaps and next-page links
     * @param done    of those, URLs fetched or given up
     * @param skipped every skipped URL, though {@code skipped} lists only the first {@value #LISTED}
     * @param failed  every failed URL, likewise
     */
    public record Counts(int urls, int done, int articles, int skipped, int failed) {
    }

    /** An article published by the job; {@code excerpt} when only its teaser could be had. */
    public record ArticleRef(String id, String url, String title, boolean excerpt) {
    }

    /** A URL skipped (robots.txt, not modified, no article) or failed, with its HTTP status (0: no answer). */
    public record UrlOutcome(String url, int status, String reason) {
    }

    /** Skipped and failed URLs listed one by one; past this, only counted. */
    public static final int LISTED = 1_000;

    public FetchJob {
        articles = List.copyOf(articles);
        skipped = List.copyOf(skipped);
        failed = List.copyOf(failed);
        pending = List.copyOf(pending);
    }

    /** A job just accepted: everything it was asked for still to do. */
    public static FetchJob queued(String id, String owner, FetchRequest request, Instant now) {
        List<WorkItem> work = WorkItem.initial(request);
        return new FetchJob(id, owner, request, State.QUEUED, now, now, null, null,
                new Counts(work.size(), 0, 0, 0, 0), List.of(), List.of(), List.of(), work, work.size());
    }

    /** The same job marked failed, with its pending work left listed. */
    public FetchJob failed(String why, Instant now) {
        return new FetchJob(id, owner, request, State.FAILED, createdAt, now, now, why, counts, articles, skipped,
                failed, pending, admitted);
    }
}
