package org.archivist.bench.load;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

/**
 * The rate of a job that fills a new index version: a reindex (copied from the current version) or a rebuild (read
 * from the log). Starts it ({@code POST /actuator/<job>} on query-service's management port, admin key) and follows
 * {@code GET /actuator/<job>} every 100 ms until it is done. The rate is the documents written over the time from its
 * start until the alias moved to the new version (the status turning to {@code CATCHING_UP}, or to
 * {@code COMPACTING} when the catch-up fell between two polls): by then the new
 * version is refreshed and searchable, as the raw {@code _bulk} baseline is when its clock stops. What follows the
 * move is reported, not counted, unless the job moved the alias and ended between two polls: then the rate runs to
 * its end. Like {@code ./archivist reindex} and {@code rebuild}, it leaves the previous index
 * version in place.
 */
final class IndexJobPhase {

    /** A job: its actuator endpoint, and the status field that counts the documents it wrote. */
    enum Job {
        REINDEX("reindex", "copied"), REBUILD("rebuild", "indexed");

        final String endpoint;
        final String written;

        Job(String endpoint, String written) {
            this.endpoint = endpoint;
            this.written = written;
        }
    }

    record Result(Job job, String from, String to, Throughput written, double totalSeconds, String summary,
            CpuUsage cpu) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s %s -> %s: %d documents written and searchable in %.1f s: %.0f documents/s;"
                    + " done after %.1f s (%s)%n  CPU-s: %s", job.endpoint, from, to, written.count(), written.seconds(),
                    written.perSecond(), totalSeconds, summary, cpu);
        }
    }

    private static final long POLL_MILLIS = 100;

    private final StackClient client;
    private final StackProcesses processes;
    private final ApiKey adminKey;
    private final Job job;

    IndexJobPhase(StackClient client, StackProcesses processes, Job job) {
        this.client = client;
        this.processes = processes;
        this.adminKey = client.adminKey();
        this.job = job;
    }

    Result run(Duration timeout) throws Exception {
        CpuSample before = processes.cpu();
        String path = "/actuator/" + job.endpoint;
        JsonNode status = client.queryActuator("POST", path, adminKey);
        String target = status.path("to").asString();
        long deadline = System.nanoTime() + timeout.toNanos();
        Throughput copied = null;
        Progress progress = new Progress();
        while (!finished(status, target)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The " + job.endpoint + " was not done after " + timeout.toSeconds()
                        + " s: " + status.path("summary").asString());
            }
            Thread.sleep(POLL_MILLIS);
            status = client.queryActuator("GET", path, adminKey);
            if (copied == null && aliasMoved(status.path("phase").asString())) {
                copied = writeRate(status, job.written, Instant.now());
            }
            String summary = status.path("summary").asString();
            progress.tick(() -> summary);
        }
        if (!status.path("phase").asString().equals("DONE")) {
            throw new IllegalStateException("The " + job.endpoint + " failed: " + status.path("summary").asString());
        }
        if (copied == null) {
            // Moved and done between two polls (a rebuild's last catch-up is short): counted up to the end, which
            // can only lower the rate.
            copied = writeRate(status, job.written, Instant.parse(status.path("finishedAt").asString()));
        }
        Duration total = Duration.between(Instant.parse(status.path("startedAt").asString()),
                Instant.parse(status.path("finishedAt").asString()));
        return new Result(job, status.path("from").asString(), target, copied, total.toNanos() / 1e9,
                status.path("summary").asString(), processes.cpu().since(before));
    }

    /** Documents written ({@code field}) over the time from the job's start to {@code by}, when the alias had moved. */
    static Throughput writeRate(JsonNode status, String field, Instant by) {
        Duration took = Duration.between(Instant.parse(status.path("startedAt").asString()), by);
        return new Throughput(status.path(field).asLong(), took.toNanos() / 1e9);
    }

    /** After the alias moved, a job catches up with what was written meanwhile, then merges the new version. */
    static boolean aliasMoved(String phase) {
        return phase.equals("CATCHING_UP") || phase.equals("COMPACTING");
    }

    private static boolean finished(JsonNode status, String target) {
        String phase = status.path("phase").asString();
        return status.path("to").asString().equals(target) && (phase.equals("DONE") || phase.equals("FAILED"));
    }
}
