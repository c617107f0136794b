package org.archivist.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Loads generated articles through {@code POST /api/articles} in batches and waits until search finds all of
 * them by the run's token: what both the search and the bulk comparison benchmarks start with.
 */
final class Loader {

    private final StackClient client;

    Loader(StackClient client) {
        this.client = client;
    }

    /** The ids ingest accepted, in order; posts from {@code 0} to {@code count - 1}. */
    List<String> post(ArticleGenerator generator, int count, int batch) throws Exception {
        List<String> ids = new ArrayList<>(count);
        for (int first = 0; first < count; first += batch) {
            List<ArticlePost> articles = new ArrayList<>(batch);
            for (int i = first; i < Math.min(count, first + batch); i++) {
                articles.add(generator.article(i));
            }
            ids.addAll(client.post(articles));
        }
        return ids;
    }

    /**
     * Polls search every 100 ms until it counts {@code expected} articles with the run's token, and returns when it
     * did (System.nanoTime). Fails after {@code timeout}, saying how many it saw.
     */
    long awaitSearchable(String runToken, long expected, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        long seen = -1;
        long lastReport = System.nanoTime();
        while (System.nanoTime() < deadline) {
            seen = client.search(runToken, 1).path("total").asLong();
            if (seen >= expected) {
                return System.nanoTime();
            }
            if (System.nanoTime() - lastReport > 10_000_000_000L) {
                System.out.printf(Locale.ROOT, "  ... %d of %d searchable%n", seen, expected);
                lastReport = System.nanoTime();
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("Only " + seen + " of " + expected + " articles were searchable after " + timeout);
    }
}
