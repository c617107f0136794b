package org.archivist.query.index;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

import org.archivist.query.index.ArticleIndex.StoredLease;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Jobs that fill a new index version and move the alias to it (a reindex, a rebuild): at most one runs at a time
 * for an alias, since two would both create the same next version; each runs on a thread of its own. Within an
 * instance a slot says so; across instances a {@link JobLease} in Elasticsearch does, written with optimistic
 * concurrency (create if absent, replace only the version read), renewed while the job runs and deleted when it
 * ends. A lease whose holder died lapses after {@link #LEASE_TTL}, and then the next request anywhere takes it.
 */
@Component
public class IndexJobs {

    private static final Logger log = LoggerFactory.getLogger(IndexJobs.class);

    /** The alias's index version when a job starts, and the one it fills. */
    record Versions(String from, String to) {
    }

    /** How long a lease lasts unless renewed: long enough to ride out a slow Elasticsearch, short after a crash. */
    static final Duration LEASE_TTL = Duration.ofSeconds(90);

    private final ArticleIndex index;
    private final AtomicReference<String> running = new AtomicReference<>();
    private final Clock clock = Clock.systemUTC();
    private final String holder = holderName();
    private final ScheduledExecutorService renewals = Executors.newSingleThreadScheduledExecutor(
            task -> Thread.ofPlatform().name("index-job-lease").daemon().unstarted(task));
    /** The lease this instance holds, or null. */
    private final AtomicReference<StoredLease> held = new AtomicReference<>();
    private volatile ScheduledFuture<?> renewal;

    IndexJobs(ArticleIndex index) {
        this.index = index;
    }

    /**
     * Claims the slot and the lease for {@code job}, names the versions, calls {@code started} and runs {@code run} on
     * a thread of its own, which frees both when it ends and then runs what {@code run} returned: the job's final
     * status, announced only once another job may start.
     *
     * @throws IndexJobConflictException naming the job that holds the slot
     * @throws IOException               saying so when the alias cannot be read; the slot is free again
     */
    Versions start(String job, Consumer<Versions> started, Function<Versions, Runnable> run) throws IOException {
        claim(job);
        try {
            acquireLease(job);
        } catch (IOException e) {
            release(job);
            throw new IOException("cannot take the job lease in " + index.jobsIndex() + " (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            release(job);
            throw e;
        }
        Versions versions;
        try {
            String from = index.current();
            versions = new Versions(from, ArticleIndex.nextVersion(index.alias(), from));
        } catch (IOException | RuntimeException e) {
            end(job);
            throw new IOException("cannot read alias " + index.alias() + " (" + e.getMessage() + ")", e);
        }
        started.accept(versions);
        Thread.ofPlatform().name(job).daemon().start(() -> {
            Runnable outcome = () -> { };
            try {
                outcome = run.apply(versions);
            } finally {
                end(job);
                // Announced once the slot and the lease are free: whoever sees the job ended may start the next.
                outcome.run();
            }
        });
        return versions;
    }

    /**
     * Renews the lease now and says whether this instance still holds it: a job calls it right before it moves the
     * alias, so that a job whose lease lapsed (Elasticsearch unreachable for longer than {@link #LEASE_TTL}) and
     * was taken over does not move the alias under the other one.
     *
     * @throws IllegalStateException when the lease is lost
     */
    void confirmLease(String job) throws IOException {
        if (!renew()) {
            throw new IllegalStateException("the " + job + " lost its lease in " + index.jobsIndex()
                    + " to another instance; the alias was left alone");
        }
    }

    private void acquireLease(String job) throws IOException {
        index.ensureJobsIndex();
        JobLease mine = JobLease.start(job, holder, clock.instant(), LEASE_TTL);
        Optional<StoredLease> taken = index.createLease(mine);
        if (taken.isEmpty()) {
            Optional<StoredLease> current = index.readLease();
            // A lease of this very instance with the slot free is one its last job failed to delete.
            if (current.isPresent() && !current.get().lease().isExpired(clock.instant())
                    && !current.get().lease().holder().equals(holder)) {
                throw new IndexJobConflictException(job, current.get().lease());
            }
            taken = current.isPresent() ? index.replaceLease(current.get(), mine) : index.createLease(mine);
            if (taken.isEmpty()) {
                throw new IndexJobConflictException(job, index.readLease().map(StoredLease::lease).orElse(null));
            }
            current.ifPresent(lapsed -> log.warn("Took over the lease of a {} on {}, which lapsed at {}",
                    lapsed.lease().job(), lapsed.lease().holder(), lapsed.lease().expiresAt()));
        }
        held.set(taken.get());
        long every = LEASE_TTL.toMillis() / 3;
        renewal = renewals.scheduleWithFixedDelay(this::renewQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    /** Renews the lease held; false when it was lost (someone else wrote it), true when there is none to renew. */
    private synchronized boolean renew() throws IOException {
        StoredLease current = held.get();
        if (current == null) {
            return true;
        }
        Optional<StoredLease> renewed = index.replaceLease(current, current.lease().renewed(clock.instant(), LEASE_TTL));
        renewed.ifPresent(held::set);
        return renewed.isPresent();
    }

    private void renewQuietly() {
        try {
            if (!renew()) {
                log.error("Lost the {} lease in {} to another instance", running.get(), index.jobsIndex());
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Could not renew the job lease in {}: {}; it lapses at {}", index.jobsIndex(), e.toString(),
                    held.get() == null ? null : held.get().lease().expiresAt());
        }
    }

    /** Ends a job: stops renewing, deletes the lease if this instance still holds it, frees the slot. */
    private void end(String job) {
        if (renewal != null) {
            renewal.cancel(false);
        }
        StoredLease lease = held.getAndSet(null);
        if (lease != null) {
            try {
                index.deleteLease(lease);
            } catch (IOException | RuntimeException e) {
                log.warn("Could not delete the job lease in {} ({}); it lapses at {}", index.jobsIndex(),
                        e.toString(), lease.lease().expiresAt());
            }
        }
        release(job);
    }

    private static String holderName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
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
