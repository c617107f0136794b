package org.archivist.web;

/**
 * The request body is over {@code archivist.security.max-body-size}, or the limit for its media type
 * ({@code max-body-size-by-type}); answered with 413.
 */
public class BodyTooLargeException extends RuntimeException {

    private final long limit;

    public BodyTooLargeException(long limit) {
        this(limit, "archivist.security.max-body-size");
    }

    /** @param setting the setting that holds {@code limit}, named in the message */
    public BodyTooLargeException(long limit, String setting) {
        super("The body is larger than the limit of " + limit + " bytes (" + setting + ").");
        this.limit = limit;
    }

    /** The limit in bytes. */
    public long limit() {
        return limit;
    }
}
