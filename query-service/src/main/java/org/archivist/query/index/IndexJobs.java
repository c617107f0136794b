package org.archivist.query.index;

import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

/**
 * At most one job that builds a new index version (a reindex or a rebuild) runs at a time in this instance: two
 * would both create the same next version.
 */
@Component
public class IndexJobs {

    private final AtomicReference<String> running = new AtomicReference<>();

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
