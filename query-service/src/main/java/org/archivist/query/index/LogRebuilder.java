package org.archivist.query.index;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.archivist.contract.EnrichedArticle;
import org.archivist.kafka.LogCursor;
import org.archivist.query.QuerySettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;

/**
 * Builds a new index version from the log, {@code articles.enriched} read from its beginning, and moves the alias to
 * it with no search downtime while the live pipeline keeps writing: the way back from a lost Elasticsearch
 * (docs/OPERATIONS.md). The topic is compacted with unlimited retention, so it holds the newest version or the
 * deletion of every article.
 * <ol>
 * <li>Create {@code <alias>-v<n+1>} with refreshing off; searches and live writes still go to version n.
 * <li>Read every partition from the beginning with a consumer of its own (it commits nothing and does not disturb
 * the live listener's group) and write each batch of changes to the new version, versioned as the live indexer
 * writes them, the next batches being read while the last are written: first up to the end offsets of the start, then on until fewer than {@value #CAUGHT_UP_LAG} records
 * that came meanwhile are left.
 * <li>Wait until the live listener has committed every record that was in the log at the start, so that it has
 * nothing older left to write; then refresh the new version and move the alias to it in one atomic update. From
 * now on live writes go there.
 * <li>Read on up to the end offsets taken after the move: every record the live listener wrote to version n was
 * in the log before the move, so the new version misses none; versions make a record written twice harmless.
 * </ol>
 * Records a re-enrichment pass published ({@link EnrichedArticle#REENRICHED_HEADER}), which the live listener
 * leaves alone, are read like any other: the rebuild is what brings a pass into the index.
 * Version n is kept. One rebuild or reindex runs at a time per alias, across instances ({@link IndexJobs}).
 */
@Component
public class LogRebuilder {

    private static final Logger log = LoggerFactory.getLogger(LogRebuilder.class);

    static final String JOB = "rebuild";
    /** Records left to read when the alias moves: the rest are read right after, in well under a second. */
    static final long CAUGHT_UP_LAG = 1_000;
    private static final Duration POLL = Duration.ofSeconds(1);

    private final ArticleIndex index;
    private final ArticleIndexer indexer;
    private final QuerySettings settings;
    private final ConsumerFactory<String, EnrichedArticle> consumers;
    private final IndexJobs jobs;
    private final Clock clock = Clock.systemUTC();
    private final AtomicReference<RebuildStatus> status = new AtomicReference<>(RebuildStatus.idle());

    LogRebuilder(ArticleIndex index, ArticleIndexer indexer, QuerySettings settings,
            ConsumerFactory<String, EnrichedArticle> consumers, IndexJobs jobs) {
        this.index = index;
        this.indexer = indexer;
        this.settings = settings;
        this.consumers = consumers;
        this.jobs = jobs;
    }

    public RebuildStatus status() {
        return status.get();
    }

    /**
     * Starts a rebuild in the background, or reports the one running.
     *
     * @param force move the alias even when the log yields fewer documents than the index holds (see {@link #run})
     * @throws IndexJobConflictException when a reindex runs
     */
    public synchronized RebuildStatus start(boolean force) {
        if (status.get().isRunning()) {
            return status.get();
        }
        try {
            jobs.start(JOB, v -> status.set(RebuildStatus.started(settings.topic(), v.from(), v.to(), clock.instant())),
                    v -> run(v.from(), v.to(), force));
        } catch (IOException e) {
            status.set(RebuildStatus.idle().failed(clock.instant(), e.getMessage()));
        }
        return status.get();
    }

    /**
     * Unless forced, the alias stays where it is when the new version holds fewer documents (articles and deletions)
     * than the current one, beyond what may still be on its way: a log that lost records (a topic that was not
     * compacted with unlimited retention when its time ran out) must not silently shrink the archive.
     */
    private Runnable run(String from, String to, boolean force) {
        boolean published = false;
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // Nobody waits on a rebuild's latency: no fetch waits, and a whole poll's worth of records per partition.
        overrides.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, "1");
        overrides.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(4 * 1024 * 1024));
        try (Consumer<String, EnrichedArticle> consumer = consumers.createConsumer(null, JOB, null, overrides);
                BackgroundWrites writes = new BackgroundWrites(to)) {
            index.createUnpublished(to);
            List<TopicPartition> partitions = LogCursor.fromBeginning(consumer, settings.topic(),
                    POLL.multipliedBy(10));
            log.info("Rebuild: reading {} ({} partitions) into {}", settings.topic(), partitions.size(), to);
            Map<TopicPartition, Long> startEnd = consumer.endOffsets(partitions);
            readUntil(consumer, partitions, writes, RebuildStatus.Phase.READING, 0, false);
            readUntil(consumer, partitions, writes, RebuildStatus.Phase.READING, CAUGHT_UP_LAG, true);
            awaitLiveListener(consumer, startEnd);
            refuseToShrink(from, to, force);
            jobs.confirmLease(JOB);
            index.publish(from, to);
            published = true;
            readUntil(consumer, partitions, writes, RebuildStatus.Phase.CATCHING_UP, 0, false);
            update(RebuildStatus::compacting);
            index.compact(to);
            Instant at = clock.instant();
            return () -> {
                update(s -> s.done(at));
                log.info("Rebuild: {}", status.get().summary());
            };
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail(from, to, published, "interrupted");
        } catch (IOException | RuntimeException e) {
            log.error("Rebuild of {} into {} failed", settings.topic(), to, e);
            return fail(from, to, published, e.getMessage());
        }
    }

    /**
     * Reads and writes until at most {@code lagLeft} records are left before the end offsets taken now, or, when
     * {@code followEnd}, taken again after each batch (what arrives meanwhile). Returns once all it read is written.
     */
    private void readUntil(Consumer<String, EnrichedArticle> consumer, List<TopicPartition> partitions,
            BackgroundWrites writes, RebuildStatus.Phase phase, long lagLeft, boolean followEnd)
            throws IOException, InterruptedException {
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        long lag = LogCursor.left(consumer, partitions, end);
        long lagAtStart = lag;
        update(s -> s.progress(phase, s.read(), s.indexed(), s.skipped(), lagAtStart));
        while (lag > lagLeft) {
            List<ArticleChange> changes = new ArrayList<>();
            long read = 0;
            long skipped = 0;
            for (ConsumerRecord<String, EnrichedArticle> record : consumer.poll(POLL)) {
                read++;
                try {
                    changes.add(EnrichedRecords.change(record));
                } catch (IllegalArgumentException e) {
                    skipped++;
                    log.warn("Rebuild: skipping {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                            e.getMessage());
                }
            }
            if (!changes.isEmpty()) {
                writes.submit(changes);
            }
            if (followEnd) {
                end = consumer.endOffsets(partitions);
            }
            lag = LogCursor.left(consumer, partitions, end);
            long newlyRead = read;
            long newlySkipped = skipped;
            long left = lag;
            update(s -> s.progress(phase, s.read() + newlyRead, s.indexed(), s.skipped() + newlySkipped, left));
        }
        writes.await();
    }

    private void refuseToShrink(String from, String to, boolean force) throws IOException {
        index.refresh(to);
        long current = index.count(from);
        long rebuilt = index.count(to);
        if (!force && rebuilt + CAUGHT_UP_LAG < current) {
            throw new IllegalStateException(("the log yields %d documents but %s holds %d: Kafka may have lost records "
                    + "(docs/OPERATIONS.md, \"Retention\"); the alias stays on %s. To move it anyway: "
                    + "./archivist rebuild --force").formatted(rebuilt, from, current, from));
        }
    }

    /**
     * Waits until the live listener's group has committed every record that was in the log when the rebuild began.
     * Once the alias moves, the live listener writes to the new version; were it still behind, it could write there
     * an older record of the same version as one the rebuild wrote (an article before a re-enrichment pass and the
     * pass's record of it), and the later write would win. The rebuild's consumer is in the same group but commits
     * nothing, so it reads the live listener's offsets.
     */
    private void awaitLiveListener(Consumer<String, EnrichedArticle> consumer, Map<TopicPartition, Long> startEnd)
            throws InterruptedException {
        long lastLog = System.nanoTime();
        while (true) {
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(startEnd.keySet(),
                    POLL.multipliedBy(10));
            long behind = 0;
            for (Map.Entry<TopicPartition, Long> end : startEnd.entrySet()) {
                OffsetAndMetadata offset = committed.get(end.getKey());
                behind += Math.max(0, end.getValue() - (offset == null ? 0 : offset.offset()));
            }
            if (behind == 0) {
                return;
            }
            if (System.nanoTime() - lastLog > Duration.ofSeconds(30).toNanos()) {
                log.info("Rebuild: waiting for the live listener, {} records behind the rebuild's start, before "
                        + "moving the alias", behind);
                lastLog = System.nanoTime();
            }
            Thread.sleep(200);
        }
    }

    /**
     * Writes batches on threads of their own while the next is read and parsed, so that Elasticsearch indexes while
     * this service works rather than each waiting for the other. Two bulk requests in flight keep Elasticsearch busy
     * while the next request's body is being written. Batches of different articles may land in any order, since
     * every write is versioned; but the records of one article must land in log order, because for equal versions
     * ({@code external_gte}) the write that lands last wins, and a re-enrichment pass re-publishes each article with
     * its old {@code ingestedAt}. So a batch that shares an article with a batch in flight waits for that batch
     * first; within a batch, Elasticsearch applies the writes of one id in request order.
     */
    private final class BackgroundWrites implements AutoCloseable {

        static final int IN_FLIGHT = 2;

        /** A batch being written, and the ids of its articles. */
        private record InFlight(Future<?> write, Set<String> ids) {
        }

        private final String to;
        private final ExecutorService workers = Executors.newFixedThreadPool(IN_FLIGHT,
                task -> Thread.ofPlatform().name(JOB + "-write").daemon().unstarted(task));
        private final Deque<InFlight> pending = new ArrayDeque<>();

        BackgroundWrites(String to) {
            this.to = to;
        }

        void submit(List<ArticleChange> changes) throws IOException, InterruptedException {
            Set<String> ids = HashSet.newHashSet(changes.size());
            for (ArticleChange change : changes) {
                ids.add(change.id());
            }
            while (pending.size() >= IN_FLIGHT || sharesAnArticle(ids)) {
                awaitOldest();
            }
            pending.add(new InFlight(workers.submit(() -> {
                BulkRetries.writeAll(changes, batch -> indexer.applyTo(to, batch), ArticleChange::id);
                update(s -> s.progress(s.phase(), s.read(), s.indexed() + changes.size(), s.skipped(), s.lag()));
                return null;
            }), ids));
        }

        private boolean sharesAnArticle(Set<String> ids) {
            for (InFlight batch : pending) {
                if (!Collections.disjoint(batch.ids(), ids)) {
                    return true;
                }
            }
            return false;
        }

        /** Waits for every batch in flight; a failure of any is the rebuild's. */
        void await() throws IOException, InterruptedException {
            while (!pending.isEmpty()) {
                awaitOldest();
            }
        }

        private void awaitOldest() throws IOException, InterruptedException {
            try {
                pending.removeFirst().write().get();
            } catch (ExecutionException e) {
                switch (e.getCause()) {
                    case IOException io -> throw io;
                    case RuntimeException runtime -> throw runtime;
                    case InterruptedException interrupted -> throw interrupted;
                    default -> throw new IllegalStateException(e.getCause());
                }
            }
        }

        @Override
        public void close() {
            workers.shutdownNow();
        }
    }

    private Runnable fail(String from, String to, boolean published, String why) {
        String outcome = jobs.abandon(JOB, new IndexJobs.Versions(from, to), published, why);
        Instant at = clock.instant();
        return () -> update(s -> s.failed(at, outcome));
    }

    private void update(UnaryOperator<RebuildStatus> change) {
        status.updateAndGet(change);
    }
}
