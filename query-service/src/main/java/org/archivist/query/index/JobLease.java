package org.archivist.query.index;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Which instance runs an index job (reindex, rebuild) for an alias, as one document in Elasticsearch that every
 * instance of query-service reads and writes with optimistic concurrency ({@link IndexJobs}). The holder renews it
 * while the job runs; a lease whose holder died without releasing it expires, and another instance may take it.
 *
 * @param job       the job: {@code reindex} or {@code rebuild}
 * @param holder    the instance running it: host, process id and a random tag
 * @param startedAt when the job started
 * @param expiresAt when the lease lapses unless renewed
 */
public record JobLease(String job, String holder, Instant startedAt, Instant expiresAt) {

    public JobLease {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    static JobLease start(String job, String holder, Instant now, Duration ttl) {
        return new JobLease(job, holder, now, now.plus(ttl));
    }

    boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    JobLease renewed(Instant now, Duration ttl) {
        return new JobLease(job, holder, startedAt, now.plus(ttl));
    }
}
