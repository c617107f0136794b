package org.archivist.bench.load;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * The benchmark's documents in the user's index, told apart by their {@code source}: each run's articles carry
 * {@code bench-run-<run>-<phase>} and are removed when the run ends, the cached search corpus carries
 * {@value #CORPUS_SOURCE} and stays until {@code --clean}. Also the scratch indexes of the raw-bulk baseline
 * ({@code bench-bulk-*}). Counts go to Elasticsearch directly; articles are deleted through query-service's
 * {@code DELETE /api/articles?source=}, as tombstones in the log like any deletion, so that a rebuild from the log
 * does not bring them back. Copies left in index versions a reindex moved away from are deleted there directly.
 */
final class BenchDocuments {

    static final String CORPUS_SOURCE = "bench-corpus";
    static final String RUN_SOURCE_PREFIX = "bench-run-";
    static final String SCRATCH_INDEX_PREFIX = "bench-bulk-";
    private static final int DELETE_PAGE = 1_000;
    private static final Duration LATE_ARRIVALS_AT_MOST = Duration.ofMinutes(1);

    private final StackClient client;
    private final String alias;
    private final List<String> previousVersions = new ArrayList<>();

    BenchDocuments(StackClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    String alias() {
        return alias;
    }

    static String runSource(long run, String phase) {
        return RUN_SOURCE_PREFIX + run + "-" + phase;
    }

    /** Documents of {@code source} the index holds (searchable ones, as search would count them). */
    long count(String source) throws IOException, InterruptedException {
        return client.count(alias, term(source));
    }

    /** Every document of the index. */
    long total() throws IOException, InterruptedException {
        return client.count(alias, "{\"match_all\":{}}");
    }

    /**
     * Removes {@code source}'s documents, after waiting up to {@code lateArrivals} for the index to hold
     * {@code accepted} of them: articles still on their way through the pipeline would land after the deletion.
     * Returns how many were deleted.
     */
    long remove(String source, long accepted, Duration lateArrivals) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + lateArrivals.toNanos();
        while (count(source) < accepted && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        return takeDown(term(source));
    }

    /**
     * Marks an index version a reindex moved the alias away from: it holds copies of the run's documents, which
     * {@link #removeRun} removes from it too.
     */
    void previousVersion(String index) {
        previousVersions.add(index);
    }

    /**
     * Removes what is left of run {@code run}'s documents, whichever phase posted them, and counts the alias's. With
     * a {@code quiet} period (a run that was stopped midway), articles still in the pipeline keep arriving: it
     * goes on removing until none has turned up for that long, or for at most a minute.
     */
    long removeRun(long run, Duration quiet) throws IOException, InterruptedException {
        String query = prefix(RUN_SOURCE_PREFIX + run + "-");
        for (String index : previousVersions) {
            deleteByQuery(index, query);
        }
        long deleted = takeDown(query);
        long deadline = System.nanoTime() + LATE_ARRIVALS_AT_MOST.toNanos();
        long quietSince = System.nanoTime();
        while (System.nanoTime() - quietSince < quiet.toNanos() && System.nanoTime() < deadline) {
            Thread.sleep(500);
            long arrived = takeDown(query);
            if (arrived > 0) {
                deleted += arrived;
                quietSince = System.nanoTime();
            }
        }
        return deleted;
    }

    /** Removes the cached search corpus. */
    long removeCorpus() throws IOException, InterruptedException {
        return takeDown(term(CORPUS_SOURCE));
    }

    /** Removes every run's leftovers (a run stopped with SIGKILL cannot clean up) and the scratch indexes. */
    long removeRunLeftovers() throws IOException, InterruptedException {
        long deleted = takeDown(prefix(RUN_SOURCE_PREFIX));
        for (String index : scratchIndexes()) {
            client.elasticsearch("DELETE", "/" + index, null, null);
        }
        return deleted;
    }

    /**
     * Takes down every source with articles matching {@code query} and waits (at most a minute) until the index shows
     * none of them: the tombstones come back through enrich. Returns how many were deleted.
     */
    private long takeDown(String query) throws IOException, InterruptedException {
        client.elasticsearch("POST", "/" + alias + "/_refresh", null, null);
        JsonNode buckets = client.elasticsearch("POST", "/" + alias + "/_search", "{\"size\":0,\"query\":" + query
                + ",\"aggs\":{\"sources\":{\"terms\":{\"field\":\"source\",\"size\":1000}}}}",
                "application/json").path("aggregations").path("sources").path("buckets");
        long deleted = 0;
        for (JsonNode bucket : buckets) {
            deleted += client.takeDown(bucket.path("key").asString(), "benchmark cleanup");
        }
        long deadline = System.nanoTime() + LATE_ARRIVALS_AT_MOST.toNanos();
        while (deleted > 0 && client.count(alias, query) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        return deleted;
    }

    /**
     * Deletes the matching documents a page at a time: a search for their ids, then a {@code _bulk} of deletes. The
     * Elasticsearch ./archivist runs has no reindex module, hence no {@code _delete_by_query}.
     */
    private long deleteByQuery(String index, String query) throws IOException, InterruptedException {
        client.elasticsearch("POST", "/" + index + "/_refresh", null, null);
        long deleted = 0;
        while (true) {
            JsonNode hits = client.elasticsearch("POST", "/" + index + "/_search",
                    "{\"size\":" + DELETE_PAGE + ",\"_source\":false,\"query\":" + query + "}", "application/json")
                    .path("hits").path("hits");
            if (hits.isEmpty()) {
                return deleted;
            }
            StringBuilder body = new StringBuilder();
            for (JsonNode hit : hits) {
                body.append("{\"delete\":{\"_index\":").append(StackClient.JSON.writeValueAsString(hit.path("_index").asString()))
                        .append(",\"_id\":").append(StackClient.JSON.writeValueAsString(hit.path("_id").asString())).append("}}\n");
            }
            JsonNode response = client.elasticsearch("POST", "/_bulk?refresh=true", body.toString(), "application/x-ndjson");
            if (response.path("errors").asBoolean()) {
                throw new IllegalStateException("Deleting benchmark documents failed: " + response.path("items").path(0));
            }
            deleted += hits.size();
        }
    }

    private List<String> scratchIndexes() throws IOException, InterruptedException {
        List<String> names = new ArrayList<>();
        JsonNode indexes = client.elasticsearch("GET", "/_cat/indices/" + SCRATCH_INDEX_PREFIX + "*?format=json&h=index",
                null, null);
        indexes.forEach(index -> names.add(index.path("index").asString()));
        return names;
    }

    private static String prefix(String sourcePrefix) {
        return "{\"prefix\":{\"source\":" + StackClient.JSON.writeValueAsString(sourcePrefix) + "}}";
    }

    private static String term(String source) {
        return "{\"term\":{\"source\":" + StackClient.JSON.writeValueAsString(source) + "}}";
    }
}
