package org.archivist.ingest.fetch;

/**
 * A URL that could not be fetched: refused, unreachable, too slow, too large, or answered with an error status.
 *
 * @see #status() the HTTP status, 0 when there was no answer
 */
public class FetchFailedException extends Exception {

    private final String url;
    private final int status;
    private final boolean retriable;

    /** A failure that another try will not change: a refused address, a bad URL, a body over the limit. */
    public FetchFailedException(String url, int status, String reason) {
        this(url, status, reason, null, false);
    }

    public FetchFailedException(String url, int status, String reason, Throwable cause) {
        this(url, status, reason, cause, false);
    }

    /** @param retriable whether the failure may pass (no answer, a dropped connection) */
    public FetchFailedException(String url, int status, String reason, Throwable cause, boolean retriable) {
        super(reason, cause);
        this.url = url;
        this.status = status;
        this.retriable = retriable;
    }

    public boolean retriable() {
        return retriable;
    }

    public String url() {
        return url;
    }

    public int status() {
        return status;
    }
}
