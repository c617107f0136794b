package org.archivist.bench.load;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import tools.jackson.databind.JsonNode;

/**
 * Freshness at a steady rate: the time from ingest's 202 for an article to the moment a search of the index
 * query-service serves finds it. A search, not a read by id: Elasticsearch reads a document by id in real time,
 * before it is searchable, so only a search measures what a user sees.
 *
 * <p>Posts {@code rate} articles per second, one per request (the strict case: each its own Kafka transaction),
 * at a fixed rate whatever the answers (open loop), while one poller asks Elasticsearch every {@code pollMillis}
 * for the not-yet-seen ids ({@code ids} query, no source). The poll goes to Elasticsearch rather than to
 * {@code GET /api/search} so that it costs almost nothing: 20 full searches a second (facets, highlights) on a
 * 100,000-article index took about a core from the stack being measured (docs/BENCHMARKS.md). Visibility is the
 * index's either way, since query-service searches the same alias. An article counts as seen when the answer that
 * holds it arrives, so each figure is high by at most one poll interval plus one round trip. Articles not seen
 * within {@code timeout} after the last post are reported as missing.
 */
final class FreshnessPhase {

    /** Ids per polling query: well beyond what is pending at once at tens of articles a second. */
    private static final int MAX_IDS_PER_QUERY = 1_000;

    record Result(int rate, int posted, int accepted, int failed, Percentiles postLatency, Percentiles freshness,
            int missing, int failedPolls, CpuUsage cpu) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "Freshness: %d articles posted at %d/s, one per request (%d accepted, %d failed)%n"
                    + "  POST /api/articles -> 202:  %s%n"
                    + "  202 -> searchable:          %s%n"
                    + "  not searchable in time: %d; polls Elasticsearch did not answer: %d%n"
                    + "  CPU-s: %s", posted, rate, accepted, failed, postLatency, freshness, missing, failedPolls, cpu);
        }
    }

    private final StackClient client;
    private final StackProcesses processes;
    private final String alias;

    FreshnessPhase(StackClient client, StackProcesses processes, String alias) {
        this.client = client;
        this.processes = processes;
        this.alias = alias;
    }

    Result run(ArticleGenerator generator, int rate, Duration duration, long pollMillis, Duration timeout)
            throws Exception {
        int total = (int) (rate * duration.toSeconds());
        List<ArticlePost> articles = IntStream.range(0, total).mapToObj(generator::article).toList();
        // Accepted and not yet seen, by article id: the token to ask for and when the 202 arrived.
        Map<String, Pending> pending = new ConcurrentHashMap<>();
        List<Long> freshness = new ArrayList<>(total);
        List<Long> postLatency = Collections.synchronizedList(new ArrayList<>(total));
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        CpuSample before = processes.cpu();
        long start = System.nanoTime();
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        scheduler.scheduleAtFixedRate(() -> {
            int number = sent.getAndIncrement();
            if (number >= total) {
                return;
            }
            long posted = System.nanoTime();
            client.postAsync(List.of(articles.get(number))).whenComplete((ids, error) -> {
                if (error != null) {
                    if (failed.incrementAndGet() <= 5) {
                        System.out.println("  post of article " + number + " failed: " + error.getMessage());
                    }
                    return;
                }
                long now = System.nanoTime();
                postLatency.add(now - posted);
                pending.put(ids.getFirst(), new Pending(now));
                accepted.incrementAndGet();
            });
        }, 0, 1_000_000_000L / rate, TimeUnit.NANOSECONDS);

        long deadline = start + (long) total * 1_000_000_000L / rate + timeout.toNanos();
        int failedPolls = 0;
        Progress progress = new Progress();
        try {
            while (System.nanoTime() < deadline && freshness.size() + failed.get() < total) {
                List<String> ids = pending.entrySet().stream()
                        .sorted(Comparator.comparingLong(entry -> entry.getValue().acceptedAt()))
                        .limit(MAX_IDS_PER_QUERY).map(Map.Entry::getKey).toList();
                if (!ids.isEmpty()) {
                    List<String> found;
                    try {
                        found = client.searchableIds(alias, ids);
                    } catch (IOException | RuntimeException e) {
                        // Elasticsearch restarting (e.g. killed on purpose mid-run): count it, poll again.
                        failedPolls++;
                        Thread.sleep(pollMillis);
                        continue;
                    }
                    long answered = System.nanoTime();
                    for (String id : found) {
                        Pending seen = pending.remove(id);
                        if (seen != null) {
                            freshness.add(answered - seen.acceptedAt());
                        }
                    }
                }
                progress.tick(() -> String.format(Locale.ROOT, "%d of %d posted, %d accepted, %d searchable, %d failed",
                        Math.min(sent.get(), total), total, accepted.get(), freshness.size(), failed.get()));
                Thread.sleep(pollMillis);
            }
        } finally {
            scheduler.shutdownNow();
        }
        CpuUsage cpu = processes.cpu().since(before);
        return new Result(rate, Math.min(sent.get(), total), accepted.get(), failed.get(), Percentiles.of(toArray(postLatency)),
                Percentiles.of(toArray(freshness)), pending.size(), failedPolls, cpu);
    }

    private record Pending(long acceptedAt) {
    }

    private static long[] toArray(List<Long> values) {
        synchronized (values) {
            return values.stream().mapToLong(Long::longValue).toArray();
        }
    }
}
