package org.archivist.query.index;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.http.HttpStatus;

/** A job that builds an index version was asked for while another one runs; answered with 409 naming it. */
public class IndexJobConflictException extends RuntimeException {

    IndexJobConflictException(String asked, String running) {
        super("Cannot start a " + asked + ": a " + running + " is running; see /actuator/" + running
                + " and try again when it has finished");
    }

    /** The actuator's answer: 409 with a body shaped like the API's problem details. */
    static WebEndpointResponse<Object> response(IndexJobConflictException e) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", "Another index job is running");
        problem.put("status", HttpStatus.CONFLICT.value());
        problem.put("detail", e.getMessage());
        return new WebEndpointResponse<>(problem, HttpStatus.CONFLICT.value());
    }
}
