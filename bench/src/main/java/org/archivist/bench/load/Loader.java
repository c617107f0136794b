package org.archivist.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.stream.IntStream;
import java.util.stream.Stream;

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
        return post(batches(generator, count, batch).iterator(), count, batch, clients);
    }

    /**
     * The request bodies of articles {@code 0} to {@code count - 1} in batches of {@code batch}, all made now: a
     * timed phase makes them before its clock starts, so that it measures the stack rather than the generator
     * (the raw {@code _bulk} reads its documents untimed too). 10,000 articles are ~50 MB.
     */
    static List<byte[]> bodies(ArticleGenerator generator, int count, int batch) {
        return batches(generator, count, batch).toList();
    }

    /** Posts {@link #bodies} as {@link #post(ArticleGenerator, int, int, int)} posts what it generates. */
    List<String> post(List<byte[]> bodies, int count, int batch, int clients) throws Exception {
        return post(bodies.iterator(), count, batch, clients);
    }

    private static Stream<byte[]> batches(ArticleGenerator generator, int count, int batch) {
        return IntStream.iterate(0, first -> first < count, first -> first + batch)
                .mapToObj(first -> StackClient.body(IntStream.range(first, Math.min(count, first + batch))
                        .mapToObj(generator::article).toList()));
    }

    private List<String> post(Iterator<byte[]> bodies, int count, int batch, int clients) throws Exception {
        Semaphore ahead = new Semaphore(2 * clients);
        Progress progress = new Progress();
        List<Future<List<String>>> accepted = new ArrayList<>();
        try (ExecutorService executor = Executors.newFixedThreadPool(clients)) {
            int queued = 0;
            while (bodies.hasNext()) {
                byte[] body = bodies.next();
                ahead.acquire();
                accepted.add(executor.submit(() -> {
                    try {
                        return client.post(body);
                    } finally {
                        ahead.release();
                    }
                }));
                queued = Math.min(count, queued + batch);
                int posted = queued;
                progress.tick(() -> String.format(Locale.ROOT, "%d of %d articles posted", posted, count));
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
