package org.archivist.query.scaling;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.archivist.testing.HttpProbe;
import org.archivist.testing.TestKeys;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Numbered articles posted to an ingest-service in batches, from a thread of its own, while a test breaks something:
 * which ids were acknowledged (202), what every post was answered, and when ingest answered 503 (Kafka could not take
 * the articles). A 503 whose {@code outcome} is {@code unknown} came while a commit was under way: its articles may
 * have been published.
 */
final class ArticleStream implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpProbe http;
    private final String run;
    private final int articles;
    private final int perPost;
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final AtomicInteger undecided = new AtomicInteger();
    /** When the current run of 503s began, or null while posts are accepted. */
    private final AtomicReference<Instant> down = new AtomicReference<>();
    private final AtomicReference<Duration> unavailable = new AtomicReference<>(Duration.ZERO);
    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private Future<?> posting;

    ArticleStream(int ingestPort, String run, int articles, int perPost) {
        this.http = new HttpProbe(ingestPort, TestKeys.WRITER);
        this.run = run;
        this.articles = articles;
        this.perPost = perPost;
    }

    /** Starts posting, {@code pause} between posts. */
    ArticleStream start(Duration pause) {
        // A Future, so that whatever the posting thread throws fails the test instead of being lost.
        posting = thread.submit(() -> {
            for (int first = 0; first < articles; first += perPost) {
                HttpResponse<String> response = http.post("/api/articles", "application/json", batch(first));
                record(response);
                Thread.sleep(pause.toMillis());
            }
            return null;
        });
        return this;
    }

    private void record(HttpResponse<String> response) {
        statuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();
        JsonNode body = JSON.readTree(response.body());
        if (response.statusCode() == 202) {
            body.path("accepted").forEach(accepted -> acknowledged.add(accepted.path("id").asString()));
            Instant since = down.getAndSet(null);
            if (since != null) {
                unavailable.updateAndGet(total -> total.plus(Duration.between(since, Instant.now())));
            }
        } else if (response.statusCode() == 503) {
            down.compareAndSet(null, Instant.now());
            if (body.path("outcome").asString().equals("unknown")) {
                undecided.addAndGet(perPost);
            }
        }
    }

    private String batch(int first) {
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int n = first; n < Math.min(first + perPost, articles); n++) {
            batch.add(Map.of("title", "Streamed article " + n + " of run " + run, "source", "it-" + run,
                    "paragraphs", List.of("Paragraph of article " + n + ".")));
        }
        return JSON.writeValueAsString(batch);
    }

    /** Waits until this many articles were acknowledged, failing if the stream ends first. */
    void awaitAcknowledged(int count, Duration within) {
        Awaitility.await().atMost(within).until(() -> posting.isDone() || acknowledged.size() >= count);
        if (acknowledged.size() < count) {
            throw new AssertionError("the stream ended with " + acknowledged.size() + " articles acknowledged, "
                    + "before " + count + ": " + statuses);
        }
    }

    /** Waits for the last post; rethrows what the posting thread threw. */
    void finish(Duration within) throws Exception {
        posting.get(within.toMillis(), TimeUnit.MILLISECONDS);
    }

    Set<String> acknowledged() {
        return Set.copyOf(acknowledged);
    }

    /** Posts per HTTP status. */
    Map<Integer, Integer> statuses() {
        Map<Integer, Integer> counts = new java.util.TreeMap<>();
        statuses.forEach((status, count) -> counts.put(status, count.get()));
        return counts;
    }

    /** Articles of posts answered 503 while a commit was under way: each may or may not have been published. */
    int undecided() {
        return undecided.get();
    }

    /** How long ingest answered 503: from each first 503 to the next 202, added up. */
    Duration unavailable() {
        return unavailable.get();
    }

    @Override
    public void close() {
        if (posting != null) {
            posting.cancel(true);
        }
        thread.shutdownNow();
    }
}
