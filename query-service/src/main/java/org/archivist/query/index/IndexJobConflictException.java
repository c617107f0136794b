package org.archivist.query.index;

import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** A job that builds an index version was asked for while another one runs; answered with 409 naming it. */
public class IndexJobConflictException extends RuntimeException {

    IndexJobConflictException(String asked, String running) {
        super("Cannot start a " + asked + ": a " + running + " is running; see /actuator/" + running
                + " and try again when it has finished");
    }

    /** Another instance holds the lease (or, when {@code lease} is null, took it just now). */
    IndexJobConflictException(String asked, JobLease lease) {
        super(lease == null ? "Cannot start a " + asked + ": another instance has just started an index job"
                : "Cannot start a " + asked + ": a " + lease.job() + " is running on " + lease.holder() + " since "
                        + lease.startedAt() + "; see /actuator/" + lease.job() + " there and try again when it has "
                        + "finished (its lease lapses at " + lease.expiresAt() + " unless renewed)");
    }

    /** The actuator's answer: 409 with the problem details the API answers with. */
    static WebEndpointResponse<Object> response(IndexJobConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Another index job is running");
        return new WebEndpointResponse<>(problem, HttpStatus.CONFLICT.value());
    }
}
