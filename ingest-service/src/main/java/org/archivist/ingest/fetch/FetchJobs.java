package org.archivist.ingest.fetch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.archivist.ingest.article.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accepts fetch jobs and runs each on a virtual thread of its own; resumes, after a restart, the jobs this instance
 * was running; marks failed the jobs of an instance that stopped reporting, listing the URLs it left undone; deletes
 * the jobs that ended {@link #KEPT} ago.
 */
public final class FetchJobs implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FetchJobs.class);
    /** How long a job that ended stays to be asked about. */
    static final Duration KEPT = Duration.ofDays(30);

    private final FetchJobRunner runner;
    private final FetchJobLog jobs;
    private final String owner;
    private final Clock clock;
    private final int maxUrls;
    private final Duration orphanedAfter;
    private final ExecutorService executor = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("fetch-job-", 0).factory());
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    FetchJobs(FetchJobRunner runner, FetchJobLog jobs, String owner, Clock clock, int maxUrls, Duration orphanedAfter) {
        this.runner = runner;
        this.jobs = jobs;
        this.owner = owner;
        this.clock = clock;
        this.maxUrls = maxUrls;
        this.orphanedAfter = orphanedAfter;
    }

    /**
     * Accepts a job and starts it. Returns once the job is durable in Kafka.
     *
     * @throws InvalidFetchRequestException with the request's problems, field by field
     */
    public FetchJob submit(FetchRequest request) {
        List<FieldProblem> problems = request.problems(maxUrls);
        if (!problems.isEmpty()) {
            throw new InvalidFetchRequestException(problems);
        }
        FetchJob job = FetchJob.queued(UUID.randomUUID().toString(), owner, request, clock.instant());
        jobs.save(job);
        start(job);
        return job;
    }

    /** The instance id this instance's jobs carry. */
    String owner() {
        return owner;
    }

    public Optional<FetchJob> find(String id) {
        return jobs.find(id);
    }

    /** Resumes the unfinished jobs this instance owned before it stopped. */
    void resumeOwn() {
        for (FetchJob job : jobs.all()) {
            if (!job.state().finished() && owner.equals(job.owner()) && !running.contains(job.id())) {
                log.info("Resuming fetch job {}: {} URL(s) still to do", job.id(), job.pending().size());
                start(job);
            }
        }
    }

    /** Marks failed the unfinished jobs of other instances that have not reported for {@code orphanedAfter}. */
    void failOrphans() {
        Instant now = clock.instant();
        for (FetchJob job : jobs.all()) {
            if (!job.state().finished() && !owner.equals(job.owner())
                    && job.updatedAt().plus(orphanedAfter).isBefore(now)) {
                log.warn("Fetch job {} of instance {} has not reported since {}: marked failed", job.id(), job.owner(),
                        job.updatedAt());
                jobs.save(job.failed("Instance " + job.owner() + " stopped reporting on this job at " + job.updatedAt()
                        + " and did not come back within " + orphanedAfter.toMinutes() + " min "
                        + "(archivist.fetch.orphaned-after). The URLs not done are listed in pending.", now));
            }
        }
    }

    /** Deletes the jobs that ended more than {@link #KEPT} ago. */
    void forgetEnded() {
        Instant before = clock.instant().minus(KEPT);
        for (FetchJob job : jobs.all()) {
            if (job.state().finished() && job.finishedAt() != null && job.finishedAt().isBefore(before)) {
                jobs.delete(job.id());
            }
        }
    }

    private void start(FetchJob job) {
        running.add(job.id());
        executor.submit(() -> {
            try {
                FetchJob last = runner.run(job);
                log.info("Fetch job {} {}: {} article(s), {} skipped, {} failed", job.id(),
                        last.state().name().toLowerCase(java.util.Locale.ROOT), last.counts().articles(),
                        last.counts().skipped(), last.counts().failed());
            } catch (InterruptedException e) {
                // The service is stopping: the job stays running in the log and resumes at the next start.
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                log.error("Fetch job {} stopped: {}", job.id(), e.getMessage(), e);
                failQuietly(job, e);
            } finally {
                running.remove(job.id());
            }
        });
    }

    private void failQuietly(FetchJob job, RuntimeException cause) {
        FetchJob latest = jobs.find(job.id()).orElse(job);
        try {
            jobs.save(latest.failed("Stopped by an error: " + cause.getMessage()
                    + ". The URLs not done are listed in pending.", clock.instant()));
        } catch (RuntimeException e) {
            // Kafka is what failed: the job stays running in the log, and another instance will mark it failed.
            log.warn("Could not mark fetch job {} failed: {}", job.id(), e.getMessage());
        }
    }

    @Override
    public void close() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }
}
