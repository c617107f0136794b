package org.archivist.ingest.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.archivist.ingest.fetch.FetchJob;
import org.archivist.ingest.fetch.FetchJobs;
import org.archivist.ingest.fetch.FetchRequest;
import org.archivist.ingest.fetch.WorkItem;
import org.archivist.web.AuditTrail;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /api/fetches} starts a job that fetches URLs, a feed's items or a sitemap's pages from the web and
 * publishes their articles; {@code GET /api/fetches/{id}} follows it. Any instance answers for any job.
 */
@RestController
class FetchController {

    /** The 202 answer: the job's id and where to follow it. */
    @Schema(name = "FetchAccepted")
    record Accepted(String id, @Schema(description = "Where to follow the job: GET it") String status) {
    }

    /**
     * A job's progress and outcome.
     *
     * @param state   queued, running, done or failed
     * @param pending URLs not done yet: still to do while the job runs, given up when it failed
     */
    @Schema(name = "FetchJobStatus")
    record Status(String id, @Schema(allowableValues = { "queued", "running", "done", "failed" }) String state, String source, Instant createdAt, Instant updatedAt, Instant finishedAt,
            String reason, FetchJob.Counts counts, List<FetchJob.ArticleRef> articles, List<FetchJob.UrlOutcome> skipped,
            List<FetchJob.UrlOutcome> failed, List<String> pending) {

        static Status of(FetchJob job) {
            return new Status(job.id(), job.state().name().toLowerCase(Locale.ROOT), job.request().source(),
                    job.createdAt(), job.updatedAt(), job.finishedAt(), job.reason(), job.counts(), job.articles(),
                    job.skipped(), job.failed(), job.pending().stream().map(WorkItem::url).toList());
        }
    }

    private final FetchJobs jobs;
    private final AuditTrail audit;

    FetchController(FetchJobs jobs, AuditTrail audit) {
        this.jobs = jobs;
        this.audit = audit;
    }

    @Operation(summary = "Fetch URLs, a feed or a sitemap", description = "Starts a job that fetches pages from the "
            + "web (robots.txt obeyed, one request per second per host, no private addresses unless allowed by "
            + "archivist.fetch.allowed-hosts) and publishes their articles as if the pages had been posted. Give "
            + "exactly one of urls, feed and sitemap; since keeps only pages modified or published from that day; "
            + "followNextPages follows archive pages' next-page links; fetchFullPosts replaces excerpts by their "
            + "whole posts.")
    @ApiResponse(responseCode = "202", description = "The job is durable and started; follow it at status")
    @ApiResponse(responseCode = "400", description = "The request is invalid (errors lists each field)")
    @ApiResponse(responseCode = "503", description = "Kafka cannot take the job; see Retry-After")
    @PostMapping(path = "/api/fetches", consumes = "application/json")
    ResponseEntity<Accepted> post(@RequestBody FetchRequest request) {
        FetchJob job = jobs.submit(request);
        audit.record("FETCH_REQUESTED", Map.of("job", job.id(), "urls", job.pending().size()));
        String status = "/api/fetches/" + job.id();
        return ResponseEntity.accepted().location(URI.create(status)).body(new Accepted(job.id(), status));
    }

    @Operation(summary = "A fetch job's progress and outcome")
    @ApiResponse(responseCode = "200", description = "The job as last saved")
    @ApiResponse(responseCode = "404", description = "No such job (or it ended more than 30 days ago)")
    @GetMapping("/api/fetches/{id}")
    Status get(@PathVariable String id) {
        return jobs.find(id).map(Status::of).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "No fetch job " + id
                        + " (jobs are kept 30 days after they end)"));
    }
}
