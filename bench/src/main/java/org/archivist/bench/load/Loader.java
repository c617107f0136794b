package org.archivist.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Loads generated articles through {@code POST /api/articles} in batches from concurrent clients, and waits until
 * the index holds all of them: how the pipeline phase, the temporary search corpus and the cached corpus are
 * loaded.
 */
final class Loader {

    private final StackClient client;
    private final BenchDocuments documents;

    Loader(StackClient client, BenchDocuments documents) {
        this.client = client;
        this.documents = documents;
    }

    /**
     * Posts articles {@code 0} to {@code count - 1} in batches of {@code batch} from {@code clients} concurrent
     * clients and returns the ids ingest accepted, in order. Articles are generated as the posts go, at most two
     * batches per client ahead, so that a large corpus never sits in memory.
     */
    List<String> post(ArticleGenerator generator, int count, int batch, int clients) throws Exception {
        Semaphore ahead = new Semaphore(2 * clients);
        Progress progress = new Progress();
        List<Future<List<String>>> accepted = new ArrayList<>();
        try (ExecutorService executor = Executors.newFixedThreadPool(clients)) {
            for (int first = 0; first < count; first += batch) {
                List<ArticlePost> posts = new ArrayList<>(batch);
                for (int i = first; i < Math.min(count, first + batch); i++) {
                    posts.add(generator.article(i));
                }
                ahead.acquire();
                accepted.add(executor.submit(() -> {
                    try {
                        return client.post(posts);
                    } finally {
                        ahead.release();
                    }
                }));
                int queued = first + posts.size();
                progress.tick(() -> String.format(Locale.ROOT, "%d of %d articles posted", queued, count));
            }
            List<String> ids = new ArrayList<>(count);
            for (Future<List<String>> future : accepted) {
                ids.addAll(future.get());
            }
            return ids;
        } catch (ExecutionException e) {
            throw new IllegalStateException("A post failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /**
     * Polls the index's count of {@code source}'s documents every 100 ms until it reaches {@code expected}, and
     * returns when it did (System.nanoTime). Fails after {@code timeout}, saying how many it saw.
     */
    long awaitIndexed(String source, long expected, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Progress progress = new Progress();
        long seen = -1;
        while (System.nanoTime() < deadline) {
            seen = documents.count(source);
            if (seen >= expected) {
                return System.nanoTime();
            }
            long now = seen;
            progress.tick(() -> String.format(Locale.ROOT, "%d of %d searchable", now, expected));
            Thread.sleep(100);
        }
        throw new IllegalStateException("Only " + seen + " of " + expected + " articles of " + source
                + " were searchable after " + timeout.toSeconds() + " s");
    }
}
