package org.archivist.bench.load;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.archivist.bench.fixtures.NewsCorpus;

/**
 * Search latency under concurrent clients: loads {@code --articles} generated articles (default 10,000, fixed
 * {@code --seed}, so a second run replaces the same documents) through ingest in batches of {@code --batch}
 * (default 200), waits until all are searchable, then for each client count in {@code --clients} (default
 * 1,8,16) runs {@code GET /api/search?q=...} in closed loops (each client sends its next query when the last one
 * answered) for {@code --warmup} seconds unrecorded (default 5) and {@code --seconds} recorded (default 30).
 * Queries are one or two corpus words or a headline's first words, each with highlights and facets as the
 * service computes them. {@code --skip-load=true} measures what is already indexed.
 *
 * <p>The clients run on the same machine as the stack: on a small machine they take CPU from it.
 */
public final class SearchLatencyBenchmark {

    private SearchLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options = new Options(args);
        int articles = options.integer("articles", 10_000);
        int batch = options.integer("batch", 200);
        long seed = options.number("seed", 42);
        List<Integer> clients = options.integers("clients", "1,8,16");
        Duration warmup = options.seconds("warmup", 5);
        Duration measure = options.seconds("seconds", 30);
        boolean skipLoad = Boolean.parseBoolean(options.text("skip-load", "false"));
        Duration loadTimeout = options.seconds("load-timeout", 900);
        options.requireAllUsed();

        StackClient client = new StackClient(Endpoints.fromEnvironment());
        NewsCorpus corpus = NewsCorpus.load();
        ArticleGenerator generator = new ArticleGenerator(corpus, seed, "sl" + seed);
        System.out.println("Search latency benchmark against " + client.endpoints());
        System.out.println("Machine: " + MachineLoad.describe());
        Loader loader = new Loader(client);
        if (!skipLoad) {
            long start = System.nanoTime();
            loader.post(generator, articles, batch);
            long posted = System.nanoTime();
            long searchable = loader.awaitSearchable(generator.runToken(), articles, loadTimeout);
            System.out.printf(Locale.ROOT, "Loaded %d articles in batches of %d: posted in %.1f s, all searchable after %.1f s (%.0f articles/s)%n",
                    articles, batch, (posted - start) / 1e9, (searchable - start) / 1e9, articles / ((searchable - start) / 1e9));
        }
        long total = client.search("", 1).path("total").asLong();
        System.out.println("Index holds " + total + " articles in all");
        System.out.println("Machine: " + MachineLoad.describe());

        ArticleGenerator queries = new ArticleGenerator(corpus, seed + 1, "q");
        List<String> pool = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            pool.add(queries.query());
        }
        for (int concurrency : clients) {
            run(client, pool, concurrency, warmup, false);
            Result result = run(client, pool, concurrency, measure, true);
            System.out.printf(Locale.ROOT, "%2d client(s): %s  %.0f queries/s  %d errors%n", concurrency,
                    Percentiles.of(result.latencies()), result.latencies().length / (measure.toNanos() / 1e9),
                    result.errors());
        }
        System.out.println("Machine after: " + MachineLoad.describe());
        System.out.print(ProcessMemory.report(client.endpoints().pidFolder()));
    }

    private static Result run(StackClient client, List<String> pool, int concurrency, Duration duration, boolean record)
            throws Exception {
        long end = System.nanoTime() + duration.toNanos();
        try (ExecutorService executor = Executors.newFixedThreadPool(concurrency)) {
            List<Future<Result>> futures = new ArrayList<>();
            for (int c = 0; c < concurrency; c++) {
                int offset = c * 131;
                futures.add(executor.submit(() -> {
                    long[] latencies = new long[1024];
                    int count = 0;
                    int errors = 0;
                    for (int i = offset; System.nanoTime() < end; i++) {
                        URI uri = client.searchUri("q=" + StackClient.encode(pool.get(i % pool.size())));
                        long sent = System.nanoTime();
                        HttpResponse<String> response = client.get(uri);
                        long took = System.nanoTime() - sent;
                        if (response.statusCode() != 200) {
                            errors++;
                            continue;
                        }
                        if (count == latencies.length) {
                            latencies = java.util.Arrays.copyOf(latencies, count * 2);
                        }
                        latencies[count++] = took;
                    }
                    return new Result(java.util.Arrays.copyOf(latencies, count), errors);
                }));
            }
            List<long[]> all = new ArrayList<>();
            int errors = 0;
            for (Future<Result> future : futures) {
                Result result = future.get();
                all.add(result.latencies());
                errors += result.errors();
            }
            return new Result(all.stream().flatMapToLong(java.util.Arrays::stream).toArray(), record ? errors : 0);
        }
    }

    private record Result(long[] latencies, int errors) {
    }
}
