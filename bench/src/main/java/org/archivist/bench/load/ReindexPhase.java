package org.archivist.bench.load;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

/**
 * The reindex rate: starts query-service's reindex ({@code POST /actuator/reindex} on its management port, admin
 * key) and follows {@code GET /actuator/reindex} every 100 ms until it is done. The rate is the documents copied
 * over the time from its start until the alias moved to the new version (the status turning to
 * {@code CATCHING_UP}): by then the copy is refreshed and searchable, as the raw {@code _bulk} baseline is when its
 * clock stops. The fixed pause and the catch-up copy that follow are reported, not counted. Like
 * {@code ./archivist reindex}, it leaves the previous index version in place.
 */
final class ReindexPhase {

    record Result(String from, String to, Throughput copied, long caughtUp, double totalSeconds, CpuUsage cpu) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "Reindex %s -> %s: %d documents copied and searchable in %.1f s: %.0f documents/s;"
                    + " done after %.1f s (%d written meanwhile copied again; %s is kept)%n  CPU-s: %s", from, to,
                    copied.count(), copied.seconds(), copied.perSecond(), totalSeconds, caughtUp, from, cpu);
        }
    }

    private static final long POLL_MILLIS = 100;

    private final StackClient client;
    private final StackProcesses processes;
    private final ApiKey adminKey;

    ReindexPhase(StackClient client, StackProcesses processes, ApiKey adminKey) {
        this.client = client;
        this.processes = processes;
        this.adminKey = adminKey;
    }

    Result run(Duration timeout) throws Exception {
        CpuSample before = processes.cpu();
        JsonNode status = client.queryActuator("POST", "/actuator/reindex", adminKey);
        String target = status.path("to").asString();
        long deadline = System.nanoTime() + timeout.toNanos();
        Throughput copied = null;
        Progress progress = new Progress();
        while (!finished(status, target)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The reindex was not done after " + timeout.toSeconds() + " s: "
                        + status.path("summary").asString());
            }
            Thread.sleep(POLL_MILLIS);
            status = client.queryActuator("GET", "/actuator/reindex", adminKey);
            if (copied == null && status.path("phase").asString().equals("CATCHING_UP")) {
                copied = copyRate(status, Instant.now());
            }
            String summary = status.path("summary").asString();
            progress.tick(() -> summary);
        }
        if (!status.path("phase").asString().equals("DONE") || copied == null) {
            throw new IllegalStateException("The reindex failed: " + status.path("summary").asString());
        }
        Duration total = Duration.between(Instant.parse(status.path("startedAt").asString()),
                Instant.parse(status.path("finishedAt").asString()));
        return new Result(status.path("from").asString(), target, copied, status.path("caughtUp").asLong(),
                total.toNanos() / 1e9, processes.cpu().since(before));
    }

    /** Documents copied over the time from the reindex's start to {@code copiedBy}, when the alias had moved. */
    static Throughput copyRate(JsonNode status, Instant copiedBy) {
        Duration took = Duration.between(Instant.parse(status.path("startedAt").asString()), copiedBy);
        return new Throughput(status.path("copied").asLong(), took.toNanos() / 1e9);
    }

    private static boolean finished(JsonNode status, String target) {
        String phase = status.path("phase").asString();
        return status.path("to").asString().equals(target) && (phase.equals("DONE") || phase.equals("FAILED"));
    }
}
