package org.archivist.bench.load;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The pipeline's side of the bulk comparison: posts new articles to ingest in batches from concurrent clients
 * (the method: 50 per request, 4 clients) and times from the first post until the index holds all of
 * them, polled every 100 ms, with the CPU each process used meanwhile. The request bodies are made before the clock
 * starts.
 */
final class PipelinePhase {

    record Result(List<String> ids, Throughput posted, Throughput searchable, CpuUsage cpu) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "Pipeline: %d articles posted in %.1f s, all searchable after %.1f s: %.0f articles/s%n"
                    + "  CPU-s: %s", searchable.count(), posted.seconds(), searchable.seconds(), searchable.perSecond(), cpu);
        }
    }

    private final Loader loader;
    private final StackProcesses processes;

    PipelinePhase(Loader loader, StackProcesses processes) {
        this.loader = loader;
        this.processes = processes;
    }

    Result run(ArticleGenerator generator, int articles, int batch, int clients, Duration timeout) throws Exception {
        List<byte[]> bodies = Loader.bodies(generator, articles, batch);
        CpuSample before = processes.cpu();
        long start = System.nanoTime();
        List<String> ids = loader.post(bodies, articles, batch, clients);
        long posted = System.nanoTime();
        long searchable = loader.awaitIndexed(generator.source(), articles, timeout);
        CpuUsage cpu = processes.cpu().since(before);
        return new Result(ids, Throughput.between(articles, start, posted), Throughput.between(articles, start, searchable), cpu);
    }
}
