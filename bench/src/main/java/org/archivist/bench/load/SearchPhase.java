package org.archivist.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Search latency under concurrent clients, on what the index holds: for each client count, closed loops of
 * {@code GET /api/search?q=...} (each client sends its next query when the last one answered), {@code warmup}
 * unrecorded then {@code measure} recorded, with query-service's CPU over the recorded window. Queries are one or
 * two corpus words or a headline's first words, each with highlights and facets as the service computes them.
 *
 * <p>The clients run on the same machine as the stack: on a small machine they take CPU from it.
 */
final class SearchPhase {

    private static final int QUERY_POOL = 2_000;

    private final StackClient client;
    private final StackProcesses processes;

    SearchPhase(StackClient client, StackProcesses processes) {
        this.client = client;
        this.processes = processes;
    }

    List<SearchRound> run(ArticleGenerator queries, List<Integer> clientCounts, Duration warmup, Duration measure)
            throws Exception {
        List<String> pool = new ArrayList<>(QUERY_POOL);
        for (int i = 0; i < QUERY_POOL; i++) {
            pool.add(queries.query());
        }
        List<SearchRound> rounds = new ArrayList<>();
        for (int clients : clientCounts) {
            System.out.printf(Locale.ROOT, "  %d client(s): %d s warm-up, %d s measured%n", clients, warmup.toSeconds(),
                    measure.toSeconds());
            window(pool, clients, warmup);
            CpuSample before = processes.cpu();
            long start = System.nanoTime();
            Window window = window(pool, clients, measure);
            double seconds = (System.nanoTime() - start) / 1e9;
            CpuUsage cpu = processes.cpu().since(before);
            SearchRound round = new SearchRound(clients, Percentiles.of(window.latencies()), window.errors(), seconds,
                    cpu.of("query"), cpu.of("elasticsearch"), cpu.all(),
                    Runtime.getRuntime().availableProcessors());
            System.out.println("  " + round);
            rounds.add(round);
        }
        return rounds;
    }

    private Window window(List<String> pool, int clients, Duration duration) throws Exception {
        long end = System.nanoTime() + duration.toNanos();
        AtomicInteger answered = new AtomicInteger();
        try (ExecutorService executor = Executors.newFixedThreadPool(clients)) {
            List<Future<Window>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int offset = c * 131;
                futures.add(executor.submit(() -> {
                    long[] latencies = new long[1024];
                    int count = 0;
                    int errors = 0;
                    for (int i = offset; System.nanoTime() < end; i++) {
                        URI uri = client.searchUri("q=" + StackClient.encode(pool.get(i % pool.size())));
                        long sent = System.nanoTime();
                        HttpResponse<String> response;
                        try {
                            response = client.get(uri);
                        } catch (IOException e) {
                            errors++;
                            continue;
                        }
                        long took = System.nanoTime() - sent;
                        if (response.statusCode() != 200) {
                            errors++;
                            continue;
                        }
                        if (count == latencies.length) {
                            latencies = Arrays.copyOf(latencies, count * 2);
                        }
                        latencies[count++] = took;
                        answered.incrementAndGet();
                    }
                    return new Window(Arrays.copyOf(latencies, count), errors);
                }));
            }
            Progress progress = new Progress();
            while (futures.stream().anyMatch(future -> !future.isDone())) {
                progress.tick(() -> String.format(Locale.ROOT, "%d queries answered, %d s left", answered.get(),
                        Math.max(0, (end - System.nanoTime()) / 1_000_000_000L)));
                Thread.sleep(200);
            }
            List<long[]> all = new ArrayList<>();
            int errors = 0;
            for (Future<Window> future : futures) {
                Window result = future.get();
                all.add(result.latencies());
                errors += result.errors();
            }
            return new Window(all.stream().flatMapToLong(Arrays::stream).toArray(), errors);
        }
    }

    private record Window(long[] latencies, int errors) {
    }
}
