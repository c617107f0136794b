package org.archivist.query.index;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import java.util.function.UnaryOperator;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.archivist.query.QuerySettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the index as a new version with the settings and mapping this build carries, and moves the alias to it
 * with no search downtime. The Elasticsearch we run has no {@code _reindex} module, and the index-only citation keys
 * are not in {@code _source}, so the copy is done here: read with a point in time, written with the indexer's
 * {@link ArticleIndexer#copy}.
 * <ol>
 * <li>Create {@code <alias>-v<n+1>} with refreshing off; searches and writes still go to version n.
 * <li>Copy every document of version n, keeping its version number, reading the next page while the last is
 * written.
 * <li>Refresh the new version and move the alias to it in one atomic update.
 * <li>Copy again what was written to version n since the copy began ({@code indexedAt}), since the copy read a point
 * in time; versions make a copy never replace a newer write.
 * </ol>
 * Version n is kept: searches paging on a point in time opened before the move keep working, and it is the way
 * back. One reindex or rebuild runs at a time per alias, across instances ({@link IndexJobs}).
 */
@Component
public class ArticleReindexer {

    private static final Logger log = LoggerFactory.getLogger(ArticleReindexer.class);

    static final String JOB = "reindex";
    private static final int PAGE_SIZE = 500;
    /** Bulk requests in flight: two keep both of a 2-core node's write threads busy (docs/BENCHMARKS.md). */
    private static final int WRITERS = 2;
    private static final String KEEP_ALIVE = "5m";
    /**
     * How far before the start documents are copied again after the move: a batch stamps {@code indexedAt} before
     * its bulk request, and instances' clocks differ a little.
     */
    static final Duration CATCH_UP_MARGIN = Duration.ofMinutes(1);
    /** After the move, bulk requests that resolved the alias just before it may still be landing in version n. */
    static final Duration SETTLE = Duration.ofSeconds(2);

    private final ArticleIndex index;
    private final ArticleIndexer indexer;
    private final QuerySettings settings;
    private final Clock clock = Clock.systemUTC();
    private final IndexJobs jobs;
    private final AtomicReference<ReindexStatus> status = new AtomicReference<>(ReindexStatus.idle());

    ArticleReindexer(ArticleIndex index, ArticleIndexer indexer, QuerySettings settings, IndexJobs jobs) {
        this.index = index;
        this.indexer = indexer;
        this.settings = settings;
        this.jobs = jobs;
    }

    public ReindexStatus status() {
        return status.get();
    }

    /**
     * Starts a reindex in the background, or reports the one running.
     *
     * @throws IndexJobConflictException when a rebuild runs
     */
    public synchronized ReindexStatus start() {
        if (status.get().isRunning()) {
            return status.get();
        }
        try {
            jobs.start(JOB, v -> status.set(ReindexStatus.started(v.from(), v.to(), clock.instant())),
                    v -> run(v.from(), v.to()));
        } catch (IOException e) {
            status.set(ReindexStatus.idle().failed(clock.instant(), e.getMessage()));
        }
        return status.get();
    }

    private Runnable run(String from, String to) {
        boolean published = false;
        try {
            Instant since = clock.instant().minus(CATCH_UP_MARGIN);
            index.createUnpublished(to);
            long total = index.count(from);
            update(s -> s.copying(total, 0));
            log.info("Reindex: copying {} document(s) from {} to {}", total, from, to);
            copy(from, to, Query.of(q -> q.matchAll(m -> m)),
                    copied -> update(s -> s.copying(s.total(), copied)));
            jobs.confirmLease(JOB);
            index.publish(from, to);
            published = true;
            update(s -> s.catchingUp(0));
            Thread.sleep(SETTLE);
            index.refresh(from);
            copy(from, to, Query.of(q -> q.range(r -> r.date(d -> d.field(ArticleIndex.INDEXED_AT)
                    .gte(since.toString())))),
                    caughtUp -> update(s -> s.catchingUp(caughtUp)));
            update(ReindexStatus::compacting);
            index.compact(to);
            Instant at = clock.instant();
            return () -> {
                update(s -> s.done(at));
                log.info("Reindex: {}", status.get().summary());
            };
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail(from, to, published, "interrupted");
        } catch (IOException | RuntimeException e) {
            log.error("Reindex from {} to {} failed", from, to, e);
            return fail(from, to, published, e.getMessage());
        }
    }

    private Runnable fail(String from, String to, boolean published, String why) {
        String outcome = jobs.abandon(JOB, new IndexJobs.Versions(from, to), published, why);
        Instant at = clock.instant();
        return () -> update(s -> s.failed(at, outcome));
    }

    /**
     * Copies the matching documents page by page, reading the next page while the last ones are written
     * ({@link ReadAhead}), and reporting the count after each page is written.
     */
    private void copy(String from, String to, Query query, LongConsumer progress)
            throws IOException, InterruptedException {
        PointInTimePages pages = new PointInTimePages(index.openPointInTime(from, KEEP_ALIVE), query);
        try {
            // Each copy keeps the version it was read with; what Elasticsearch is too busy for is written again.
            ReadAhead.copy(JOB + "-write", WRITERS, pages, hits -> BulkRetries.writeAll(hits,
                    batch -> indexer.copy(to, batch.stream().map(Hit::source).toList(),
                            batch.stream().map(Hit::version).toList()), Hit::id), progress);
        } finally {
            index.closePointInTime(pages.pit);
        }
    }

    /** The pages of a point in time in {@code _shard_doc} order, read one after another on one thread. */
    private final class PointInTimePages implements ReadAhead.Source<Hit<IndexedArticle>> {

        private final Query query;
        /** The newest id Elasticsearch answered with, the one to close. */
        private String pit;
        private List<FieldValue> after;

        PointInTimePages(String pit, Query query) {
            this.pit = pit;
            this.query = query;
        }

        @Override
        public List<Hit<IndexedArticle>> next() throws IOException {
            String currentPit = pit;
            SearchRequest.Builder request = new SearchRequest.Builder()
                    .pit(p -> p.id(currentPit).keepAlive(t -> t.time(KEEP_ALIVE))).query(query).size(PAGE_SIZE)
                    .version(true).trackTotalHits(t -> t.enabled(false))
                    .sort(o -> o.field(f -> f.field("_shard_doc")));
            if (after != null) {
                request.searchAfter(after);
            }
            SearchResponse<IndexedArticle> page = index.search(request.build(), IndexedArticle.class);
            pit = page.pitId() != null ? page.pitId() : pit;
            List<Hit<IndexedArticle>> hits = page.hits().hits();
            if (!hits.isEmpty()) {
                after = hits.getLast().sort();
            }
            return hits;
        }
    }

    private void update(UnaryOperator<ReindexStatus> change) {
        status.updateAndGet(change);
    }
}
