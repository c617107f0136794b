package org.archivist.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.archivist.bench.fixtures.Fixtures;
import org.archivist.bench.fixtures.NewsCorpus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Ingest-to-searchable throughput of the whole pipeline against a raw {@code _bulk} load of the same documents
 * into the same Elasticsearch node, side by side in one run (target: the pipeline at 90% or more of the raw
 * rate).
 * <ol>
 * <li>Pipeline: posts {@code --articles} new articles (default 5,000) to ingest in batches of {@code --batch}
 * (default 200) from {@code --posters} concurrent clients (default 2) and times from the first post until search
 * counts all of them (polled every 100 ms).</li>
 * <li>The documents exactly as query-service indexed them are read back with {@code _mget} (not timed).</li>
 * <li>Raw bulk: creates a scratch index with query-service's settings and mapping (same refresh interval, 1 s),
 * sends the same documents with {@code _bulk} in batches of {@code --bulk-batch} (default 500, query-service's
 * largest Kafka batch) from one client, and times until {@code _count} sees all of them (polled every 100 ms).
 * The scratch index is deleted afterwards, whatever happened.</li>
 * </ol>
 * The raw load runs second, on a node warmed by the first: if anything, that flatters the baseline.
 */
public final class BulkComparisonBenchmark {

    private BulkComparisonBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options = new Options(args);
        int articles = options.integer("articles", 5_000);
        int batch = options.integer("batch", 200);
        int posters = options.integer("posters", 2);
        int bulkBatch = options.integer("bulk-batch", 500);
        long seed = options.number("seed", 7);
        String alias = options.text("alias", "articles");
        Duration timeout = options.seconds("timeout", 900);
        options.requireAllUsed();

        StackClient client = new StackClient(Endpoints.fromEnvironment());
        long run = System.currentTimeMillis() / 1000;
        ArticleGenerator generator = new ArticleGenerator(NewsCorpus.load(), seed, "bc" + run);
        System.out.println("Bulk comparison benchmark against " + client.endpoints());
        System.out.println("Machine: " + MachineLoad.describe());

        long start = System.nanoTime();
        List<String> ids = postConcurrently(client, generator, articles, batch, posters);
        long posted = System.nanoTime();
        long searchable = new Loader(client).awaitSearchable(generator.runToken(), articles, timeout);
        double pipelineSeconds = (searchable - start) / 1e9;
        System.out.printf(Locale.ROOT, "Pipeline: %d articles posted in %.1f s, all searchable after %.1f s: %.0f articles/s%n",
                articles, (posted - start) / 1e9, pipelineSeconds, articles / pipelineSeconds);
        System.out.println("Machine: " + MachineLoad.describe());
        System.out.print(ProcessMemory.report(client.endpoints().pidFolder()));

        List<String> documents = export(client, alias, ids);
        String scratch = "bench-bulk-" + run;
        try {
            client.elasticsearch("PUT", "/" + scratch, indexDefinition(), "application/json");
            long bulkStart = System.nanoTime();
            for (int first = 0; first < documents.size(); first += bulkBatch) {
                StringBuilder body = new StringBuilder();
                for (int i = first; i < Math.min(documents.size(), first + bulkBatch); i++) {
                    body.append("{\"index\":{\"_id\":\"").append(ids.get(i)).append("\"}}\n").append(documents.get(i)).append('\n');
                }
                JsonNode response = client.elasticsearch("POST", "/" + scratch + "/_bulk", body.toString(),
                        "application/x-ndjson");
                if (response.path("errors").asBoolean()) {
                    throw new IllegalStateException("The raw _bulk load reported errors: "
                            + response.path("items").path(0).toString());
                }
            }
            long bulkSent = System.nanoTime();
            long bulkSearchable = awaitCount(client, scratch, documents.size(), timeout);
            double bulkSeconds = (bulkSearchable - bulkStart) / 1e9;
            System.out.printf(Locale.ROOT, "Raw _bulk: %d documents sent in %.1f s, all searchable after %.1f s: %.0f documents/s%n",
                    documents.size(), (bulkSent - bulkStart) / 1e9, bulkSeconds, documents.size() / bulkSeconds);
            System.out.printf(Locale.ROOT, "Pipeline / raw _bulk: %.0f%% (target: 90%% or more)%n",
                    100 * (articles / pipelineSeconds) / (documents.size() / bulkSeconds));
        } finally {
            client.elasticsearch("DELETE", "/" + scratch, null, null);
            System.out.println("Deleted the scratch index " + scratch);
        }
        System.out.println("Machine after: " + MachineLoad.describe());
    }

    private static List<String> postConcurrently(StackClient client, ArticleGenerator generator, int articles, int batch,
            int posters) throws Exception {
        List<List<ArticlePost>> batches = new ArrayList<>();
        for (int first = 0; first < articles; first += batch) {
            List<ArticlePost> posts = new ArrayList<>(batch);
            for (int i = first; i < Math.min(articles, first + batch); i++) {
                posts.add(generator.article(i));
            }
            batches.add(posts);
        }
        try (ExecutorService executor = Executors.newFixedThreadPool(posters)) {
            List<Future<List<String>>> accepted = new ArrayList<>();
            for (List<ArticlePost> posts : batches) {
                accepted.add(executor.submit(() -> client.post(posts)));
            }
            List<String> ids = new ArrayList<>(articles);
            for (Future<List<String>> future : accepted) {
                ids.addAll(future.get());
            }
            return ids;
        }
    }

    /** The indexed documents' sources, in the order of {@code ids}. */
    private static List<String> export(StackClient client, String alias, List<String> ids) throws Exception {
        List<String> documents = new ArrayList<>(ids.size());
        for (int first = 0; first < ids.size(); first += 500) {
            ObjectNode request = StackClient.JSON.createObjectNode();
            ids.subList(first, Math.min(ids.size(), first + 500)).forEach(request.putArray("ids")::add);
            JsonNode response = client.elasticsearch("POST", "/" + alias + "/_mget", request.toString(), "application/json");
            for (JsonNode doc : response.path("docs")) {
                if (!doc.path("found").asBoolean()) {
                    throw new IllegalStateException("Article " + doc.path("_id").asString() + " is not in " + alias);
                }
                documents.add(doc.path("_source").toString());
            }
        }
        return documents;
    }

    /** query-service's index settings and mapping, with the refresh interval it configures by default. */
    private static String indexDefinition() {
        ObjectNode settings = (ObjectNode) StackClient.JSON.readTree(
                String.join("\n", Fixtures.lines("elasticsearch/articles-settings.json")));
        ((ObjectNode) settings.path("index")).put("refresh_interval", "1s");
        ObjectNode definition = StackClient.JSON.createObjectNode();
        definition.set("settings", settings);
        definition.set("mappings", StackClient.JSON.readTree(String.join("\n", Fixtures.lines("elasticsearch/articles-mappings.json"))));
        return definition.toString();
    }

    private static long awaitCount(StackClient client, String index, long expected, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        long count = -1;
        while (System.nanoTime() < deadline) {
            count = client.elasticsearch("GET", "/" + index + "/_count", null, null).path("count").asLong();
            if (count >= expected) {
                return System.nanoTime();
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("Only " + count + " of " + expected + " documents were searchable in " + index);
    }
}
