package org.archivist.query.index;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Jobs that fill a new index version and move the alias to it (a reindex, a rebuild): at most one runs at a time
 * in this instance, since two would both create the same next version; each runs on a thread of its own.
 */
@Component
public class IndexJobs {

    private static final Logger log = LoggerFactory.getLogger(IndexJobs.class);

    /** The alias's index version when a job starts, and the one it fills. */
    record Versions(String from, String to) {
    }

    private final ArticleIndex index;
    private final AtomicReference<String> running = new AtomicReference<>();

    IndexJobs(ArticleIndex index) {
        this.index = index;
    }

    /**
     * Claims the slot for {@code job}, names the versions, calls {@code started} and runs {@code run} on a thread of
     * its own, which frees the slot when it ends.
     *
     * @throws IndexJobConflictException naming the job that holds the slot
     * @throws IOException               saying so when the alias cannot be read; the slot is free again
     */
    Versions start(String job, Consumer<Versions> started, Consumer<Versions> run) throws IOException {
        claim(job);
        Versions versions;
        try {
            String from = index.current();
            versions = new Versions(from, ArticleIndex.nextVersion(index.alias(), from));
        } catch (IOException | RuntimeException e) {
            release(job);
            throw new IOException("cannot read alias " + index.alias() + " (" + e.getMessage() + ")", e);
        }
        started.accept(versions);
        Thread.ofPlatform().name(job).daemon().start(() -> {
            try {
                run.accept(versions);
            } finally {
                release(job);
            }
        });
        return versions;
    }

    /**
     * What a job that failed leaves: before the alias moved, the unfinished version is deleted and nothing changed;
     * after, the alias stays on the new version. Returns the sentence for the job's status.
     */
    String abandon(String job, Versions versions, boolean published, String why) {
        if (published) {
            return why + "; the alias already points to " + versions.to() + ": run the " + job + " again, or move the "
                    + "alias back to " + versions.from();
        }
        try {
            index.delete(versions.to());
        } catch (IOException | RuntimeException e) {
            log.warn("Could not delete the unfinished index {}: {}", versions.to(), e.toString());
        }
        return why + "; the alias still points to " + versions.from() + ", nothing changed";
    }

    /**
     * Claims the slot for {@code job}.
     *
     * @throws IndexJobConflictException naming the job that holds it
     */
    void claim(String job) {
        String other = running.compareAndExchange(null, job);
        if (other != null) {
            throw new IndexJobConflictException(job, other);
        }
    }

    /** Frees the slot {@code job} held. */
    void release(String job) {
        running.compareAndSet(job, null);
    }
}
