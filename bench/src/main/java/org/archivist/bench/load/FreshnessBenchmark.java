package org.archivist.bench.load;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.archivist.bench.fixtures.NewsCorpus;
import tools.jackson.databind.JsonNode;

/**
 * Freshness: the time from ingest's 202 for an article to the moment {@code GET /api/search} finds it by a token
 * only that article carries. Search, not {@code GET /api/articles/{id}}: Elasticsearch reads a document by id in
 * real time, before it is searchable, so only search measures what a user sees.
 *
 * <ul>
 * <li>{@code --mode=steady} (default): posts {@code --rate} articles per second (default 50), {@code --per-request}
 * in each request (default 1), at a fixed rate whatever the answers (open loop), for {@code --seconds} (default
 * 60), while one poller asks for up to 100 not-yet-seen tokens at once
 * ({@code q=t1 | t2 | ...}) every {@code --poll-ms} (default 50). An article counts as seen when the answer that
 * holds it arrives, so each figure is high by at most one poll interval plus one search round trip.</li>
 * <li>{@code --mode=single}: posts one article, polls for its token every 10 ms until found, {@code --count}
 * times (default 10) one after another, each after a random pause of up to 1.5 s: the latency of an idle
 * pipeline.</li>
 * </ul>
 * Articles not seen within {@code --timeout} seconds (default 30) after the last post are reported as missing.
 *
 * <p>Run from the checkout whose stack is up: {@code java -cp bench/target/benchmarks.jar
 * org.archivist.bench.load.FreshnessBenchmark --rate=50 --seconds=60}; ports come from the ARCHIVIST_*_PORT
 * variables ./archivist uses.
 */
public final class FreshnessBenchmark {

    /** Tokens per polling query: search accepts at most 1,000 characters of user text. */
    private static final int MAX_TOKENS_PER_QUERY = 40;

    private FreshnessBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options = new Options(args);
        String mode = options.text("mode", "steady");
        int rate = options.integer("rate", 50);
        int perRequest = options.integer("per-request", 1);
        Duration duration = options.seconds("seconds", 60);
        int count = options.integer("count", 10);
        long pollMillis = options.number("poll-ms", 50);
        Duration timeout = options.seconds("timeout", 30);
        options.requireAllUsed();

        StackClient client = new StackClient(Endpoints.fromEnvironment());
        ArticleGenerator generator = new ArticleGenerator(NewsCorpus.load(), System.nanoTime(),
                "fr" + System.currentTimeMillis() / 1000);
        System.out.println("Freshness benchmark, " + mode + " mode, against " + client.endpoints());
        System.out.println("Machine: " + MachineLoad.describe());
        if (mode.equals("single")) {
            single(client, generator, count, timeout);
        } else if (mode.equals("steady")) {
            steady(client, generator, rate, perRequest, (int) (rate * duration.toSeconds()), pollMillis, timeout);
        } else {
            throw new IllegalArgumentException("--mode is steady or single, not " + mode);
        }
        System.out.println("Machine after: " + MachineLoad.describe());
        System.out.print(ProcessMemory.report(client.endpoints().pidFolder()));
    }

    private static void single(StackClient client, ArticleGenerator generator, int count, Duration timeout)
            throws Exception {
        long[] freshness = new long[count];
        java.util.Random pause = new java.util.Random(count);
        for (int i = 0; i < count; i++) {
            // Posting right after the last article turned up would post just after an index refresh, every time,
            // and measure the refresh interval instead of the pipeline: start at a random point of its cycle.
            Thread.sleep(pause.nextInt(1_500));
            String token = generator.token(i);
            client.post(List.of(generator.article(i)));
            long accepted = System.nanoTime();
            long deadline = accepted + timeout.toNanos();
            long seen = -1;
            while (System.nanoTime() < deadline) {
                if (client.search(token, 1).path("total").asLong() > 0) {
                    seen = System.nanoTime();
                    break;
                }
                Thread.sleep(10);
            }
            if (seen < 0) {
                throw new IllegalStateException("Article " + token + " was not searchable within " + timeout);
            }
            freshness[i] = seen - accepted;
            System.out.printf(Locale.ROOT, "  article %d: searchable %.0f ms after its 202%n", i + 1, freshness[i] / 1e6);
        }
        System.out.println("202 -> searchable, one article at a time: " + Percentiles.of(freshness));
    }

    private static void steady(StackClient client, ArticleGenerator generator, int rate, int perRequest, int total,
            long pollMillis, Duration timeout) throws Exception {
        List<ArticlePost> articles = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            articles.add(generator.article(i));
        }
        // Accepted and not yet seen, by article id: the token to ask for and when the 202 arrived.
        Map<String, Pending> pending = new ConcurrentHashMap<>();
        List<Long> freshness = new ArrayList<>(total);
        List<Long> postLatency = java.util.Collections.synchronizedList(new ArrayList<>(total));
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long start = System.nanoTime();
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        scheduler.scheduleAtFixedRate(() -> {
            int first = sent.getAndAdd(perRequest);
            if (first >= total) {
                return;
            }
            List<Integer> numbers = java.util.stream.IntStream.range(first, Math.min(total, first + perRequest)).boxed().toList();
            long posted = System.nanoTime();
            client.postAsync(numbers.stream().map(articles::get).toList()).whenComplete((ids, error) -> {
                if (error != null) {
                    failed.addAndGet(numbers.size());
                    System.err.println("  post of articles " + numbers + " failed: " + error.getMessage());
                    return;
                }
                long now = System.nanoTime();
                postLatency.add(now - posted);
                for (int i = 0; i < ids.size(); i++) {
                    pending.put(ids.get(i), new Pending(generator.token(numbers.get(i)), now));
                }
                accepted.addAndGet(ids.size());
            });
        }, 0, 1_000_000_000L * perRequest / rate, TimeUnit.NANOSECONDS);

        long postingEnds = start + (long) total * 1_000_000_000L / rate;
        long deadline = postingEnds + timeout.toNanos();
        int polls = 0;
        int failedPolls = 0;
        try {
            while (System.nanoTime() < deadline && freshness.size() + failed.get() < total) {
                polls++;
                List<String> tokens = pending.values().stream().sorted(Comparator.comparingLong(Pending::acceptedAt))
                        .limit(MAX_TOKENS_PER_QUERY).map(Pending::token).toList();
                if (!tokens.isEmpty()) {
                    JsonNode result;
                    try {
                        result = client.search(String.join(" | ", tokens), MAX_TOKENS_PER_QUERY);
                    } catch (IOException | RuntimeException e) {
                        // query-service restarting (e.g. killed on purpose mid-run): count it, poll again.
                        failedPolls++;
                        Thread.sleep(pollMillis);
                        continue;
                    }
                    long answered = System.nanoTime();
                    for (JsonNode hit : result.path("hits")) {
                        Pending seen = pending.remove(hit.path("id").asString());
                        if (seen != null) {
                            freshness.add(answered - seen.acceptedAt());
                        }
                    }
                }
                Thread.sleep(pollMillis);
            }
        } finally {
            scheduler.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "Posted %d articles at a target of %d/s, %d per request (%d accepted, %d failed); %d polls in %.0f s%n",
                Math.min(sent.get(), total), rate, perRequest, accepted.get(), failed.get(), polls, seconds);
        System.out.println("POST /api/articles -> 202:  " + Percentiles.of(toArray(postLatency)));
        System.out.println("202 -> searchable:          " + Percentiles.of(toArray(freshness)));
        if (failedPolls > 0) {
            System.out.println("Polls that got no answer from query-service: " + failedPolls);
        }
        System.out.println("Not searchable within " + timeout.toSeconds() + " s of the last post: " + pending.size()
                + (pending.isEmpty() ? "" : " (e.g. ids " + pending.keySet().stream().sorted().limit(5).toList() + ")"));
    }

    private record Pending(String token, long acceptedAt) {
    }

    private static long[] toArray(List<Long> values) {
        synchronized (values) {
            return values.stream().mapToLong(Long::longValue).toArray();
        }
    }
}
