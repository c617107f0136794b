package org.archivist.web;

/** The request body is over {@code archivist.security.max-body-size}; answered with 413. */
public class BodyTooLargeException extends RuntimeException {

    private final long limit;

    public BodyTooLargeException(long limit) {
        super("The body is larger than the limit of " + limit + " bytes (archivist.security.max-body-size).");
        this.limit = limit;
    }

    /** The limit in bytes. */
    public long limit() {
        return limit;
    }
}
