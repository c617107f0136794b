package org.archivist.ingest.web;

/** The request body is over {@code archivist.ingest.max-body-size}; answered with 413. */
public class BodyTooLargeException extends RuntimeException {

    public BodyTooLargeException(long limit) {
        super("The body is larger than the limit of " + limit + " bytes (archivist.ingest.max-body-size).");
    }
}
