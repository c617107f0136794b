package org.archivist.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The baseline of the bulk comparison: the very documents query-service stored (read back with {@code _mget}, not
 * timed) sent with {@code _bulk} into a scratch twin of the live index ({@link TwinIndex}) on the same node, in
 * batches of {@code bulkBatch} (500, query-service's largest Kafka batch) from one client, timed until
 * {@code _count} sees all of them (polled every 100 ms), with the CPU each process used meanwhile. The scratch
 * index is deleted afterwards, whatever happened. It runs after the pipeline, on a node the pipeline warmed: if
 * anything, that flatters the baseline.
 */
final class RawBulkPhase {

    record Result(Throughput sent, Throughput searchable, CpuUsage cpu, String refreshInterval) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "Raw _bulk: %d documents sent in %.1f s, all searchable after %.1f s: %.0f documents/s"
                    + " (twin index, refresh interval %s)%n  CPU-s: %s", searchable.count(), sent.seconds(),
                    searchable.seconds(), searchable.perSecond(), refreshInterval, cpu);
        }
    }

    private static final int MGET_BATCH = 500;

    private final StackClient client;
    private final StackProcesses processes;
    private final String alias;
    private final int bulkBatch;

    RawBulkPhase(StackClient client, StackProcesses processes, String alias, int bulkBatch) {
        this.client = client;
        this.processes = processes;
        this.alias = alias;
        this.bulkBatch = bulkBatch;
    }

    Result run(List<String> ids, long run, Duration timeout) throws Exception {
        List<String> documents = export(ids);
        ObjectNode definition = TwinIndex.definition(client.elasticsearch("GET", "/" + alias + "/_settings", null, null),
                client.elasticsearch("GET", "/" + alias + "/_mapping", null, null));
        String scratch = BenchDocuments.SCRATCH_INDEX_PREFIX + run;
        client.elasticsearch("PUT", "/" + scratch, definition.toString(), "application/json");
        try {
            CpuSample before = processes.cpu();
            long start = System.nanoTime();
            for (int first = 0; first < documents.size(); first += bulkBatch) {
                StringBuilder body = new StringBuilder();
                for (int i = first; i < Math.min(documents.size(), first + bulkBatch); i++) {
                    body.append("{\"index\":{\"_id\":").append(StackClient.JSON.writeValueAsString(ids.get(i))).append("}}\n")
                            .append(documents.get(i)).append('\n');
                }
                JsonNode response = client.elasticsearch("POST", "/" + scratch + "/_bulk", body.toString(), "application/x-ndjson");
                if (response.path("errors").asBoolean()) {
                    throw new IllegalStateException("The raw _bulk load reported errors: " + response.path("items").path(0));
                }
            }
            long sent = System.nanoTime();
            long searchable = awaitCount(scratch, documents.size(), timeout);
            CpuUsage cpu = processes.cpu().since(before);
            return new Result(Throughput.between(documents.size(), start, sent),
                    Throughput.between(documents.size(), start, searchable), cpu, TwinIndex.refreshInterval(definition));
        } finally {
            client.elasticsearch("DELETE", "/" + scratch, null, null);
        }
    }

    /** The indexed documents' sources, in the order of {@code ids}. */
    private List<String> export(List<String> ids) throws Exception {
        List<String> documents = new ArrayList<>(ids.size());
        for (int first = 0; first < ids.size(); first += MGET_BATCH) {
            ObjectNode request = StackClient.JSON.createObjectNode();
            ids.subList(first, Math.min(ids.size(), first + MGET_BATCH)).forEach(request.putArray("ids")::add);
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

    private long awaitCount(String index, long expected, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        long count = -1;
        while (System.nanoTime() < deadline) {
            count = client.count(index, "{\"match_all\":{}}");
            if (count >= expected) {
                return System.nanoTime();
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("Only " + count + " of " + expected + " documents were searchable in " + index);
    }
}
