package org.archivist.query.index;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.archivist.contract.EnrichedArticle;
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
 * <li>Refresh the new version and move the alias to it in one atomic update. From now on live writes go there.
 * <li>Read on up to the end offsets taken after the move: every record the live listener wrote to version n was
 * in the log before the move, so the new version misses none; versions make a record written twice harmless.
 * </ol>
 * Version n is kept. One rebuild or reindex runs at a time per service instance ({@link IndexJobs}).
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
     * @throws IndexJobConflictException when a reindex runs
     */
    public synchronized RebuildStatus start() {
        if (status.get().isRunning()) {
            return status.get();
        }
        try {
            jobs.start(JOB, v -> status.set(RebuildStatus.started(settings.topic(), v.from(), v.to(), clock.instant())),
                    v -> run(v.from(), v.to()));
        } catch (IOException e) {
            status.set(RebuildStatus.idle().failed(clock.instant(), e.getMessage()));
        }
        return status.get();
    }

    private void run(String from, String to) {
        boolean published = false;
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // Nobody waits on a rebuild's latency: no fetch waits, and a whole poll's worth of records per partition.
        overrides.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, "1");
        overrides.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(4 * 1024 * 1024));
        try (Consumer<String, EnrichedArticle> consumer = consumers.createConsumer(null, JOB, null, overrides);
                BackgroundWrites writes = new BackgroundWrites(to)) {
            index.createUnpublished(to);
            List<TopicPartition> partitions = consumer.partitionsFor(settings.topic(), POLL.multipliedBy(10)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            log.info("Rebuild: reading {} ({} partitions) into {}", settings.topic(), partitions.size(), to);
            readUntil(consumer, partitions, writes, RebuildStatus.Phase.READING, 0, false);
            readUntil(consumer, partitions, writes, RebuildStatus.Phase.READING, CAUGHT_UP_LAG, true);
            index.publish(from, to);
            published = true;
            readUntil(consumer, partitions, writes, RebuildStatus.Phase.CATCHING_UP, 0, false);
            update(s -> s.done(clock.instant()));
            log.info("Rebuild: {}", status.get().summary());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(from, to, published, "interrupted");
        } catch (IOException | RuntimeException e) {
            log.error("Rebuild of {} into {} failed", settings.topic(), to, e);
            fail(from, to, published, e.getMessage());
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
        long lag = lag(consumer, partitions, end);
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
            lag = lag(consumer, partitions, end);
            long newlyRead = read;
            long newlySkipped = skipped;
            long left = lag;
            update(s -> s.progress(phase, s.read() + newlyRead, s.indexed(), s.skipped() + newlySkipped, left));
        }
        writes.await();
    }

    /**
     * Writes batches on threads of their own while the next is read and parsed, so that Elasticsearch indexes while
     * this service works rather than each waiting for the other. Two bulk requests in flight keep Elasticsearch busy
     * while the next request's body is being written; their order does not matter, since every write is versioned.
     */
    private final class BackgroundWrites implements AutoCloseable {

        static final int IN_FLIGHT = 2;

        private final String to;
        private final ExecutorService workers = Executors.newFixedThreadPool(IN_FLIGHT,
                task -> Thread.ofPlatform().name(JOB + "-write").daemon().unstarted(task));
        private final Deque<Future<?>> pending = new ArrayDeque<>();

        BackgroundWrites(String to) {
            this.to = to;
        }

        void submit(List<ArticleChange> changes) throws IOException, InterruptedException {
            while (pending.size() >= IN_FLIGHT) {
                awaitOldest();
            }
            pending.add(workers.submit(() -> {
                BulkRetries.writeAll(changes, batch -> indexer.applyTo(to, batch), ArticleChange::id);
                update(s -> s.progress(s.phase(), s.read(), s.indexed() + changes.size(), s.skipped(), s.lag()));
                return null;
            }));
        }

        /** Waits for every batch in flight; a failure of any is the rebuild's. */
        void await() throws IOException, InterruptedException {
            while (!pending.isEmpty()) {
                awaitOldest();
            }
        }

        private void awaitOldest() throws IOException, InterruptedException {
            try {
                pending.removeFirst().get();
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

    private static long lag(Consumer<?, ?> consumer, List<TopicPartition> partitions, Map<TopicPartition, Long> end) {
        long lag = 0;
        for (TopicPartition partition : partitions) {
            lag += Math.max(0, end.getOrDefault(partition, 0L) - consumer.position(partition));
        }
        return lag;
    }

    private void fail(String from, String to, boolean published, String why) {
        String outcome = jobs.abandon(JOB, new IndexJobs.Versions(from, to), published, why);
        update(s -> s.failed(clock.instant(), outcome));
    }

    private void update(UnaryOperator<RebuildStatus> change) {
        status.updateAndGet(change);
    }
}
