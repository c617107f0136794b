package org.archivist.ingest.fetch;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Once the service is up (its topics created): follows the jobs and validators topics, resumes this instance's
 * unfinished jobs when the jobs topic has been read, then every minute marks other instances' abandoned jobs failed
 * and deletes jobs that ended a month ago.
 */
final class FetchHousekeeping implements ApplicationListener<ApplicationReadyEvent>, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FetchHousekeeping.class);

    private final FetchJobLog jobs;
    private final PageValidatorLog validators;
    private final FetchJobs fetchJobs;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofVirtual().name("fetch-housekeeping").factory());

    FetchHousekeeping(FetchJobLog jobs, PageValidatorLog validators, FetchJobs fetchJobs) {
        this.jobs = jobs;
        this.validators = validators;
        this.fetchJobs = fetchJobs;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        jobs.start();
        validators.start();
        scheduler.execute(() -> {
            try {
                while (!jobs.awaitCaughtUp(Duration.ofMinutes(1))) {
                    log.warn("Still reading the fetch jobs topic; this instance's unfinished jobs resume once read");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            fetchJobs.resumeOwn();
            scheduler.scheduleWithFixedDelay(() -> {
                fetchJobs.failOrphans();
                fetchJobs.forgetEnded();
            }, 0, 1, TimeUnit.MINUTES);
        });
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
