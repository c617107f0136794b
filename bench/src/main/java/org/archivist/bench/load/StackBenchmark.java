package org.archivist.bench.load;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.archivist.bench.fixtures.NewsCorpus;

/**
 * {@code ./archivist bench}: measures a running stack against the targets of issue #12 and ends with one line per
 * target, met or not met. Phases, in order (each can be left out with {@code --skip}):
 * <ol>
 * <li>pipeline: {@code --articles} new articles (10,000) posted in batches of {@code --batch} (50) from
 * {@code --posters} clients (4), timed until searchable, against a raw {@code _bulk} of the very documents stored
 * into a scratch twin of the index ({@link PipelinePhase}, {@link RawBulkPhase}); CPU-s per component for each;</li>
 * <li>freshness: {@code --rate} articles/s (50), one per request, for {@code --freshness-seconds} (60)
 * ({@link FreshnessPhase});</li>
 * <li>search: {@code --clients} (1,8,16), {@code --warmup} (5 s) then {@code --search-seconds} (30 s) each
 * ({@link SearchPhase}), on the cached corpus when the index holds one, else on {@code --search-articles}
 * (10,000) loaded for the run and kept until it ends, so that the reindex has something to copy; first the
 * index's segments are rid of the earlier phases' removed articles ({@link BenchDocuments#expungeRemoved});</li>
 * <li>reindex: query-service's reindex of the whole index, its rate against the raw {@code _bulk}'s
 * ({@link IndexJobPhase}); the run's articles are then removed from the previous version too;</li>
 * <li>rebuild: query-service's rebuild of the index from the log ({@code articles.enriched} from its start), its
 * rate against the raw {@code _bulk}'s ({@link IndexJobPhase}), likewise;</li>
 * <li>RSS of every process, the largest seen at the end of a load phase.</li>
 * </ol>
 * Every article a run posts carries a source of its own ({@link BenchDocuments}) and is deleted from the index, with
 * the deletion marker the index keeps of it, when the run ends, however it ends (a shutdown hook covers Ctrl-C).
 * {@code --corpus N} first loads a search corpus of N articles, unless the index already holds that many, and keeps
 * it for later runs; {@code --clean} removes it and any run's leftovers, and does nothing else.
 */
public final class StackBenchmark {

    private static final Set<String> PHASES = Set.of("pipeline", "freshness", "search", "reindex", "rebuild",
            "warc");
    private static final long CORPUS_SEED = 42;
    private static final int CORPUS_BATCH = 200;
    private static final Duration LATE_ARRIVALS = Duration.ofSeconds(30);
    private static final Duration QUIET_BEFORE_DONE = Duration.ofSeconds(5);
    /** How long the search phase waits for Elasticsearch to let go of the removed articles' remains. */
    private static final Duration EXPUNGE_PATIENCE = Duration.ofMinutes(2);
    /** Fewer documents than this make the reindex's fixed costs (index creation, refresh, alias move) its rate. */
    private static final long MIN_REINDEX = 1_000;

    private final StackClient client;
    private final StackProcesses processes;
    private final BenchDocuments documents;
    private final Loader loader;
    private final NewsCorpus corpus = NewsCorpus.load();
    private final long run = System.currentTimeMillis() / 1000;
    private final Map<String, Long> largestRss = new LinkedHashMap<>();
    private final Map<Target, String> verdicts = new LinkedHashMap<>();
    private boolean cleanedUp;

    private StackBenchmark(StackClient client, StackProcesses processes, BenchDocuments documents) {
        this.client = client;
        this.processes = processes;
        this.documents = documents;
        this.loader = new Loader(client, documents);
    }

    public static void main(String[] args) throws Exception {
        try {
            run(args);
        } catch (Options.UsageException e) {
            // One line for a mistyped command, not a stack trace.
            System.err.println("bench: " + e.getMessage() + " (./archivist bench --help lists the options)");
            System.exit(2);
        }
    }

    private static void run(String[] args) throws Exception {
        Options options = new Options(args);
        int articles = options.integer("articles", 10_000);
        int batch = options.integer("batch", 50);
        int posters = options.integer("posters", 4);
        int bulkBatch = options.integer("bulk-batch", 500);
        int rate = options.integer("rate", 50);
        Duration freshnessSeconds = options.seconds("freshness-seconds", 60);
        List<Integer> clients = options.integers("clients", "1,8,16");
        Duration warmup = options.seconds("warmup", 5);
        Duration searchSeconds = options.seconds("search-seconds", 30);
        int searchArticles = options.integer("search-articles", 10_000);
        int corpusSize = options.integer("corpus", 0);
        int warcMegabytes = options.integer("warc-mb", 200);
        boolean clean = options.flag("clean");
        List<String> skip = options.texts("skip", "");
        String alias = options.text("alias", "articles");
        Duration timeout = options.seconds("timeout", 900);
        options.requireAllUsed();
        if (!PHASES.containsAll(skip)) {
            throw new Options.UsageException("--skip takes phases among " + PHASES + ", not " + skip);
        }

        StackClient client = new StackClient(Endpoints.fromEnvironment());
        BenchDocuments documents = new BenchDocuments(client, alias);
        System.out.println("Archivist bench against " + client.endpoints());
        if (clean) {
            BenchDocuments.Removed corpusRemoved = documents.removeCorpus();
            BenchDocuments.Removed leftovers = documents.removeRunLeftovers();
            System.out.printf(Locale.ROOT, "Removed the search corpus (%d articles) and %d articles left by earlier runs"
                    + " from %s, and %d deletion markers of both; deleted the scratch indexes%n",
                    corpusRemoved.articles(), leftovers.articles(), alias,
                    corpusRemoved.markers() + leftovers.markers());
            return;
        }
        StackProcesses processes = StackProcesses.find(client);
        StackBenchmark bench = new StackBenchmark(client, processes, documents);
        System.out.println("Processes: " + processes);
        System.out.println("Machine: " + MachineLoad.describe());
        System.out.println("The load tools run in this JVM on the same machine: its CPU is shown as 'bench JVM'.");
        System.out.println("Index " + alias + " holds " + documents.total() + " articles; this run's articles carry the"
                + " source " + BenchDocuments.runSource(bench.run, "<phase>") + " and are removed at the end");
        Thread cleanup = new Thread(() -> bench.cleanUp(true), "bench-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        boolean completed = false;
        try {
            if (corpusSize > 0) {
                bench.ensureCorpus(corpusSize, posters, timeout);
            }
            RawBulkPhase.Result raw = null;
            if (!skip.contains("pipeline")) {
                raw = bench.pipeline(articles, batch, posters, bulkBatch, timeout);
            }
            if (!skip.contains("freshness")) {
                bench.freshness(rate, freshnessSeconds);
            }
            if (!skip.contains("search")) {
                bench.search(clients, warmup, searchSeconds, searchArticles, posters, timeout);
            }
            if (!skip.contains("reindex")) {
                bench.indexJob(IndexJobPhase.Job.REINDEX, Targets.REINDEX_VS_RAW, raw, timeout);
            }
            if (!skip.contains("rebuild")) {
                bench.indexJob(IndexJobPhase.Job.REBUILD, Targets.REBUILD_VS_RAW, raw, timeout);
            }
            if (!skip.contains("warc")) {
                bench.warc(warcMegabytes);
            }
            completed = true;
        } finally {
            bench.cleanUp(!completed);
            Runtime.getRuntime().removeShutdownHook(cleanup);
        }
        bench.memory();
        System.out.println();
        System.out.println("Machine after: " + MachineLoad.describe());
        for (Target target : Targets.ALL) {
            System.out.println(bench.verdicts.getOrDefault(target, target.notMeasured("its phase was skipped")));
        }
    }

    private void ensureCorpus(int size, int posters, Duration timeout) throws Exception {
        long held = documents.count(BenchDocuments.CORPUS_SOURCE);
        if (held >= size) {
            System.out.printf(Locale.ROOT, "%nSearch corpus: the index holds %d corpus articles already; not loading%n", held);
            return;
        }
        System.out.printf(Locale.ROOT, "%nSearch corpus: the index holds %d corpus articles; loading %d through the pipeline"
                + " (kept for later runs; ./archivist bench --clean removes them)%n", held, size);
        ArticleGenerator generator = new ArticleGenerator(corpus, CORPUS_SEED, "corpus", BenchDocuments.CORPUS_SOURCE);
        long start = System.nanoTime();
        loader.post(generator, size, CORPUS_BATCH, posters);
        long searchable = loader.awaitIndexed(generator.source(), size, timeout);
        System.out.printf(Locale.ROOT, "Search corpus: %d articles searchable after %.0f s%n", size, (searchable - start) / 1e9);
    }

    private RawBulkPhase.Result pipeline(int articles, int batch, int posters, int bulkBatch, Duration timeout)
            throws Exception {
        System.out.printf(Locale.ROOT, "%nPipeline vs raw _bulk: %d articles, batches of %d from %d clients%n", articles,
                batch, posters);
        String source = BenchDocuments.runSource(run, "pipeline");
        PipelinePhase.Result pipeline = new PipelinePhase(loader, processes)
                .run(new ArticleGenerator(corpus, run, "bp" + run, source), articles, batch, posters, timeout);
        System.out.println(pipeline);
        rememberRss();
        RawBulkPhase.Result raw = new RawBulkPhase(client, processes, documents.alias(), bulkBatch)
                .run(pipeline.ids(), run, timeout);
        System.out.println(raw);
        double ratio = pipeline.searchable().ratioTo(raw.searchable());
        double cpuRatio = pipeline.cpu().stack() / raw.cpu().of("elasticsearch");
        System.out.printf(Locale.ROOT, "Pipeline / raw _bulk: %.2f; whole-stack CPU-s of the pipeline / Elasticsearch CPU-s"
                + " of the raw _bulk: %.1f / %.1f = %.1f×%n", ratio, pipeline.cpu().stack(), raw.cpu().of("elasticsearch"), cpuRatio);
        verdicts.put(Targets.PIPELINE_VS_RAW, Targets.PIPELINE_VS_RAW.verdict(ratio));
        verdicts.put(Targets.STACK_CPU_VS_RAW, Targets.STACK_CPU_VS_RAW.verdict(cpuRatio));
        report("Removed the pipeline's articles", documents.remove(source, articles, LATE_ARRIVALS));
        return raw;
    }

    private void freshness(int rate, Duration duration) throws Exception {
        System.out.printf(Locale.ROOT, "%nFreshness: %d articles/s, one per request, for %d s%n", rate, duration.toSeconds());
        String source = BenchDocuments.runSource(run, "freshness");
        FreshnessPhase.Result result = new FreshnessPhase(client, processes, documents.alias())
                .run(new ArticleGenerator(corpus, System.nanoTime(), "fr" + run, source), rate, duration, 50, LATE_ARRIVALS);
        System.out.println(result);
        rememberRss();
        if (result.failed() > 0 || result.missing() > 0) {
            verdicts.put(Targets.FRESHNESS_P99, Targets.FRESHNESS_P99.verdict(result.freshness().p99() / 1000,
                    result.failed() + " failed and " + result.missing() + " missing not counted"));
        } else {
            verdicts.put(Targets.FRESHNESS_P99, Targets.FRESHNESS_P99.verdict(result.freshness().p99() / 1000));
        }
        report("Removed the freshness articles", documents.remove(source, result.accepted(), LATE_ARRIVALS));
    }

    private void warc(int megabytes) throws Exception {
        System.out.printf(Locale.ROOT, "%nWARC import: a synthetic crawl of about %d MB (gzipped per record), posted to"
                + " POST /api/archives as one stream%n", megabytes);
        String source = BenchDocuments.runSource(run, "warc");
        WarcPhase.Result result = new WarcPhase(client, processes,
                new ArticleGenerator(corpus, System.nanoTime(), "wa" + run, source)).run(megabytes);
        System.out.printf(Locale.ROOT, "WARC import: %d records (%d HTML pages, %d articles), %.1f MB in %.1f s: "
                        + "%.0f records/s, %.1f MB/s; ingest %.1f CPU-s, largest RSS %d MB%n", result.records(),
                result.pages(), result.articles(), result.bytes() / 1e6, result.took().toNanos() / 1e9,
                result.recordsPerSecond(), result.megabytesPerSecond(), result.cpu().seconds().getOrDefault("ingest", 0.0),
                result.ingestRssMegabytes());
        rememberRss();
        report("Removed the WARC articles", documents.remove(source, result.articles(), LATE_ARRIVALS));
    }

    private void search(List<Integer> clients, Duration warmup, Duration measure, int articles, int posters,
            Duration timeout) throws Exception {
        long cached = documents.count(BenchDocuments.CORPUS_SOURCE);
        String source = BenchDocuments.runSource(run, "search");
        System.out.println();
        if (cached == 0) {
            System.out.printf(Locale.ROOT, "Search: no cached corpus; loading %d articles for this run (removed when it"
                    + " ends, after the reindex; ./archivist bench --corpus %d keeps one)%n", articles, Targets.SEARCH_CORPUS);
            ArticleGenerator generator = new ArticleGenerator(corpus, CORPUS_SEED, "sr" + run, source);
            loader.post(generator, articles, CORPUS_BATCH, posters);
            loader.awaitIndexed(source, articles, timeout);
        }
        BenchDocuments.Expunged expunged = documents.expungeRemoved(EXPUNGE_PATIENCE);
        String left = expunged.emptyAfter() == 0 ? "" : "; " + expunged.emptyAfter() + " of them still hold only"
                + " deleted documents (Elasticsearch still retains them), so searches cost more than on the articles alone";
        System.out.printf(Locale.ROOT, "Merged away the removed articles' remains: %d -> %d searchable segments in"
                + " %.1f s%s%n", expunged.segmentsBefore(), expunged.segmentsAfter(),
                expunged.took().toMillis() / 1000.0, left);
        long total = documents.total();
        System.out.printf(Locale.ROOT, "Search on %d articles (%d of them the cached corpus)%n", total, cached);
        List<SearchRound> rounds = new SearchPhase(client, processes)
                .run(new ArticleGenerator(corpus, CORPUS_SEED + 1, "q", source), clients, warmup, measure);
        rememberRss();
        double cpuPerSearch = SearchRound.cpuPerSearchMillis(rounds);
        System.out.printf(Locale.ROOT, "query-service CPU per search, all rounds: %.2f ms%n", cpuPerSearch);
        verdicts.put(Targets.QUERY_CPU_PER_SEARCH, Targets.QUERY_CPU_PER_SEARCH.verdict(cpuPerSearch));
        SearchRound sixteen = rounds.stream().filter(round -> round.clients() == 16).findFirst().orElse(null);
        if (sixteen == null) {
            verdicts.put(Targets.SEARCH_P99, Targets.SEARCH_P99.notMeasured("no 16-client round in --clients"));
        } else if (total < Targets.SEARCH_CORPUS) {
            verdicts.put(Targets.SEARCH_P99, Targets.SEARCH_P99.notMeasured(String.format(Locale.ROOT,
                    "p99 %.1f ms on only %d articles; run ./archivist bench --corpus %d first", sixteen.latency().p99(),
                    total, Targets.SEARCH_CORPUS)));
        } else {
            verdicts.put(Targets.SEARCH_P99, Targets.SEARCH_P99.verdict(sixteen.latency().p99(), String.format(
                    Locale.ROOT, "%d articles; its CPU per search allows no mean below %.0f ms, Elasticsearch's"
                    + " alone %.0f ms", total, sixteen.latencyFloorMillis(), sixteen.elasticsearchLatencyFloorMillis())));
        }
    }

    private void indexJob(IndexJobPhase.Job job, Target target, RawBulkPhase.Result raw, Duration timeout)
            throws Exception {
        long articles = documents.total();
        System.out.printf(Locale.ROOT, "%n%s of the whole index (%d articles)%n", job.endpoint, articles);
        IndexJobPhase.Result result = new IndexJobPhase(client, processes, job).run(timeout);
        documents.previousVersion(result.from());
        System.out.println(result);
        if (job == IndexJobPhase.Job.REBUILD) {
            // Runs of builds before deletions existed removed their articles from the index only, not from the log.
            // The rebuild also wrote again, from their tombstones, the deletion markers this run had removed.
            BenchDocuments.Removed back = documents.removeRunLeftovers();
            if (back.any()) {
                System.out.printf(Locale.ROOT, "Removed %d articles of earlier runs that the log still held, and %d"
                        + " deletion markers%n", back.articles(), back.markers());
            }
        }
        rememberRss();
        if (result.written().count() < MIN_REINDEX) {
            verdicts.put(target, target.notMeasured("only " + result.written().count()
                    + " documents to write; the search phase or --corpus gives it more"));
        } else if (raw == null) {
            verdicts.put(target, target.notMeasured("the raw _bulk rate comes from the pipeline phase, skipped"));
        } else {
            // Deleted articles stay in the index as markers (an id and a date), which the job copies too. The raw
            // _bulk wrote whole articles, so the target counts the articles alone over the whole time: a lower bound.
            long markers = Math.max(0, result.written().count() - articles);
            Throughput counted = markers == 0 ? result.written() : new Throughput(articles, result.written().seconds());
            double ratio = counted.ratioTo(raw.searchable());
            if (markers > 0) {
                System.out.printf(Locale.ROOT, "%s wrote %d articles and %d deletion markers; counting the articles"
                        + " alone: %.0f articles/s (all documents: %.0f/s, %.2f of raw _bulk)%n", job.endpoint, articles,
                        markers, counted.perSecond(), result.written().perSecond(),
                        result.written().ratioTo(raw.searchable()));
            }
            System.out.printf(Locale.ROOT, "%s / raw _bulk: %.0f / %.0f documents/s = %.2f%n", job.endpoint,
                    counted.perSecond(), raw.searchable().perSecond(), ratio);
            verdicts.put(target, target.verdict(ratio));
        }
    }

    private void memory() {
        if (largestRss.isEmpty()) {
            verdicts.put(Targets.SERVICE_RSS, Targets.SERVICE_RSS.notMeasured("no load phase ran"));
            return;
        }
        StringBuilder line = new StringBuilder("RSS, largest at the end of a load phase (MB):");
        largestRss.forEach((component, mb) -> line.append(' ').append(component).append(' ').append(mb));
        System.out.println(line);
        String largest = StackProcesses.SERVICES.stream().max((a, b) -> Long.compare(largestRss.get(a), largestRss.get(b)))
                .orElseThrow();
        verdicts.put(Targets.SERVICE_RSS,
                Targets.SERVICE_RSS.verdict(largestRss.get(largest), largest + ", the largest service"));
    }

    private void rememberRss() {
        processes.residentMegabytes().forEach((component, mb) -> largestRss.merge(component, mb, Math::max));
    }

    /**
     * Deletes whatever this run left in the index; once, from the end of main or from the shutdown hook. A run
     * stopped midway may have articles still in the pipeline: then it waits for them to stop arriving.
     */
    private synchronized void cleanUp(boolean stoppedMidway) {
        if (cleanedUp) {
            return;
        }
        cleanedUp = true;
        try {
            if (stoppedMidway) {
                System.out.println("Stopped midway: removing this run's articles until no more arrive...");
            }
            BenchDocuments.Removed left = documents.removeRun(run, stoppedMidway ? QUIET_BEFORE_DONE : Duration.ZERO);
            if (left.any()) {
                report("Removed this run's remaining articles", left);
            }
        } catch (Exception e) {
            System.out.println("Could not remove this run's articles (" + e.getMessage() + "); ./archivist bench --clean"
                    + " removes them");
        }
    }

    private static void report(String what, BenchDocuments.Removed removed) {
        System.out.printf(Locale.ROOT, "%s: %d; deletion markers removed: %d%n", what, removed.articles(),
                removed.markers());
    }
}
