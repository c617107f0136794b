package org.archivist.bench.load;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.archivist.query.index.ArticleIndex;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The benchmark's documents in the user's index, told apart by their {@code source}: each run's articles carry
 * {@code bench-run-<run>-<phase>} and are removed when the run ends, the cached search corpus carries
 * {@value #CORPUS_SOURCE} and stays until {@code --clean}. Also the scratch indexes of the raw-bulk baseline
 * ({@code bench-bulk-*}). Counts go to Elasticsearch directly; articles are deleted through query-service's
 * {@code DELETE /api/articles?source=}, as tombstones in the log like any deletion, so that a rebuild from the log
 * does not bring them back. Copies left in index versions a reindex moved away from are deleted there directly.
 * The index keeps each deleted article as a deletion marker (its id and {@code deletedAt}), out of the alias's sight
 * but there for good; once the deletions are indexed, the markers of the articles the benchmark took down are
 * deleted too, from the alias's index and from the versions a reindex or rebuild left behind.
 */
final class BenchDocuments {

    static final String CORPUS_SOURCE = "bench-corpus";
    static final String RUN_SOURCE_PREFIX = "bench-run-";
    static final String SCRATCH_INDEX_PREFIX = "bench-bulk-";
    private static final int DELETE_PAGE = 1_000;
    private static final int ID_PAGE = 1_000;
    private static final Duration LATE_ARRIVALS_AT_MOST = Duration.ofMinutes(1);

    private final StackClient client;
    private final String alias;
    private final List<String> previousVersions = new ArrayList<>();
    /** Every article this instance took down: their markers are looked for again after each removal. */
    private final Set<String> takenDown = new LinkedHashSet<>();

    /** What a removal took away: articles, and the deletion markers the index kept of articles taken down. */
    record Removed(long articles, long markers) {

        boolean any() {
            return articles > 0 || markers > 0;
        }
    }

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
     * Then removes their deletion markers.
     */
    Removed remove(String source, long accepted, Duration lateArrivals) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + lateArrivals.toNanos();
        while (count(source) < accepted && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        long deleted = takeDown(term(source));
        return new Removed(deleted, removeMarkers());
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
     * goes on removing until none has turned up for that long, or for at most a minute. The deletion markers go
     * last: those of every article the run took down, also the ones a rebuild wrote again from the log.
     */
    Removed removeRun(long run, Duration quiet) throws IOException, InterruptedException {
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
        return new Removed(deleted, removeMarkers());
    }

    /** Removes the cached search corpus and its deletion markers. */
    Removed removeCorpus() throws IOException, InterruptedException {
        long deleted = takeDown(term(CORPUS_SOURCE));
        return new Removed(deleted, removeMarkers());
    }

    /**
     * Removes every run's leftovers (a run stopped with SIGKILL cannot clean up), their deletion markers, and the
     * scratch indexes.
     */
    Removed removeRunLeftovers() throws IOException, InterruptedException {
        long deleted = takeDown(prefix(RUN_SOURCE_PREFIX));
        for (String index : scratchIndexes()) {
            client.elasticsearch("DELETE", "/" + index, null, null);
        }
        return new Removed(deleted, removeMarkers());
    }

    /**
     * The index's searchable segments before and after {@link #expungeRemoved}, how many of those after still hold
     * only deleted documents, and how long it took.
     */
    record Expunged(long segmentsBefore, long segmentsAfter, long emptyAfter, Duration took) {
    }

    /**
     * Merges away what removed documents leave behind. Elasticsearch keeps a deleted document in its segment until a
     * merge, and a segment holding only deleted ones is still searched until the merge policy gets to it: after the
     * earlier phases' removals, ~1.5 ms of Elasticsearch's CPU per search on 100,000 articles (docs/BENCHMARKS.md).
     * A force merge that only expunges deletes, run as a task and waited for. Deletions younger than the shard's
     * history retention (its retention lease, renewed in the background) are kept through a merge, so it is repeated
     * every few seconds while segments of deleted documents only are left, for at most {@code patience}, and then
     * waited for until no merge runs on the index.
     */
    Expunged expungeRemoved(Duration patience) throws IOException, InterruptedException {
        long start = System.nanoTime();
        long deadline = start + patience.toNanos();
        long before = segments().searchable();
        Segments after;
        while (true) {
            String task = client.elasticsearch("POST", "/" + alias + "/_forcemerge?only_expunge_deletes=true"
                    + "&wait_for_completion=false", null, null).path("task").asString();
            while (!client.elasticsearch("GET", "/_tasks/" + task, null, null).path("completed").asBoolean()) {
                if (System.nanoTime() > deadline) {
                    throw new IOException("The force merge expunging deleted documents (task " + task
                            + ") did not end within " + patience.toSeconds() + " s");
                }
                Thread.sleep(500);
            }
            after = segments();
            if (after.empty() == 0 || System.nanoTime() > deadline) {
                break;
            }
            Thread.sleep(5_000);
        }
        // The merge policy may go on merging what the force merge left: wait for that too, or the searches share
        // the cores with it.
        while (mergesRunning() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        return new Expunged(before, segments().searchable(), after.empty(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    private long mergesRunning() throws IOException, InterruptedException {
        return client.elasticsearch("GET", "/" + alias + "/_stats/merge", null, null)
                .at("/_all/primaries/merges/current").asLong();
    }

    /** The searchable segments of the alias's index, and how many of them hold no live document. */
    private record Segments(long searchable, long empty) {
    }

    private Segments segments() throws IOException, InterruptedException {
        long searchable = 0;
        long empty = 0;
        for (JsonNode segment : client.elasticsearch("GET", "/_cat/segments/" + alias
                + "?format=json&h=docs.count,searchable", null, null)) {
            if (segment.path("searchable").asString().equals("true")) {
                searchable++;
                if (segment.path("docs.count").asString().equals("0")) {
                    empty++;
                }
            }
        }
        return new Segments(searchable, empty);
    }

    /**
     * Takes down every source with articles matching {@code query} and waits (at most a minute) until the index shows
     * none of them: the tombstones come back through enrich. Returns how many were deleted, and keeps their ids
     * ({@link #removeMarkers}): read just before, as a deletion marker does not carry the source.
     */
    private long takeDown(String query) throws IOException, InterruptedException {
        client.elasticsearch("POST", "/" + alias + "/_refresh", null, null);
        takenDown.addAll(liveIds(query));
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
                    "{\"size\":" + DELETE_PAGE + ",\"_source\":false,\"seq_no_primary_term\":true,\"query\":" + query
                            + "}", "application/json").path("hits").path("hits");
            if (hits.isEmpty()) {
                return deleted;
            }
            deleted += deletedCount(client.elasticsearch("POST", "/_bulk?refresh=true", conditionalDeletes(hits),
                    "application/x-ndjson"));
        }
    }

    /** The ids of the documents the alias shows for {@code query}, a page at a time in id order. */
    private List<String> liveIds(String query) throws IOException, InterruptedException {
        List<String> ids = new ArrayList<>();
        JsonNode after = null;
        while (true) {
            JsonNode hits = client.elasticsearch("POST", "/" + alias
                    + "/_search?filter_path=hits.hits._id,hits.hits.sort", idPage(query, after), "application/json")
                    .path("hits").path("hits");
            hits.forEach(hit -> ids.add(hit.path("_id").asString()));
            if (hits.size() < ID_PAGE) {
                return ids;
            }
            after = hits.get(hits.size() - 1).path("sort");
        }
    }

    /**
     * Deletes the deletion markers of the articles taken down so far from the alias's index and the previous
     * versions, a page of ids at a time: a search of the index for those that are markers, then a {@code _bulk} of
     * deletes. Returns how many it deleted; ids without a marker (not indexed yet, or removed before) are skipped.
     * <p>
     * Safe because the benchmark posts each article once, takes it down only once the index shows it, and deletes
     * only markers, that is deletions already indexed: no older version of the article is still on its way, which
     * the marker would have had to refuse. A rebuild from the log writes markers again, as the tombstones stay in
     * the log: this run's are deleted by its next removal, earlier runs' stay (docs/BENCHMARKS.md).
     */
    private long removeMarkers() throws IOException, InterruptedException {
        if (takenDown.isEmpty()) {
            return 0;
        }
        Set<String> indexes = new LinkedHashSet<>(client.elasticsearch("GET", "/_alias/" + alias, null, null)
                .propertyNames());
        indexes.addAll(previousVersions);
        List<String> ids = List.copyOf(takenDown);
        long deleted = 0;
        for (String index : indexes) {
            for (int from = 0; from < ids.size(); from += DELETE_PAGE) {
                // ignore_unavailable: a previous version may have been deleted since.
                JsonNode hits = client.elasticsearch("POST", "/" + index + "/_search?ignore_unavailable=true",
                        markerQuery(ids.subList(from, Math.min(ids.size(), from + DELETE_PAGE))), "application/json")
                        .path("hits").path("hits");
                if (!hits.isEmpty()) {
                    deleted += deletedCount(client.elasticsearch("POST", "/_bulk", conditionalDeletes(hits),
                            "application/x-ndjson"));
                }
            }
        }
        return deleted;
    }

    /** A page of ids of {@code query}'s documents, sorted by id, after {@code after} (a hit's sort values) if any. */
    static String idPage(String query, JsonNode after) {
        return "{\"size\":" + ID_PAGE + ",\"_source\":false,\"track_total_hits\":false,\"sort\":[{\"" + ArticleIndex.ID
                + "\":\"asc\"}],\"query\":" + query + (after == null ? "" : ",\"search_after\":" + after) + "}";
    }

    /**
     * The search for the documents among {@code ids} that are deletion markers, with their sequence numbers so that
     * the deletes can be conditional on them.
     */
    static String markerQuery(List<String> ids) {
        ObjectNode body = StackClient.JSON.createObjectNode().put("size", ids.size()).put("_source", false)
                .put("seq_no_primary_term", true);
        var filter = body.putObject("query").putObject("bool").putArray("filter");
        ids.forEach(filter.addObject().putObject("ids").putArray("values")::add);
        filter.addObject().putObject("exists").put("field", ArticleIndex.DELETED_AT);
        return body.toString();
    }

    /**
     * The {@code _bulk} body that deletes these hits (of a search with {@code seq_no_primary_term}), each only while
     * it is still the very document the search found ({@code if_seq_no}): an article posted again since then stays.
     */
    static String conditionalDeletes(JsonNode hits) {
        StringBuilder body = new StringBuilder();
        for (JsonNode hit : hits) {
            ObjectNode delete = StackClient.JSON.createObjectNode();
            delete.putObject("delete").put("_index", hit.path("_index").asString())
                    .put("_id", hit.path("_id").asString())
                    .put("if_seq_no", hit.path("_seq_no").asLong())
                    .put("if_primary_term", hit.path("_primary_term").asLong());
            body.append(delete).append('\n');
        }
        return body.toString();
    }

    /**
     * How many deletes of a {@link #conditionalDeletes} answer took place. A document gone already (404) or changed
     * since the search (409) is not one; any other failure is.
     */
    static long deletedCount(JsonNode bulkAnswer) {
        long deleted = 0;
        for (JsonNode item : bulkAnswer.path("items")) {
            JsonNode delete = item.path("delete");
            int status = delete.path("status").asInt();
            if (status / 100 == 2) {
                deleted++;
            } else if (status != 404 && status != 409) {
                throw new IllegalStateException("Deleting a benchmark document failed: " + delete);
            }
        }
        return deleted;
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
