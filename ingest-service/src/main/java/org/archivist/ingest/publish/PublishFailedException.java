package org.archivist.ingest.publish;

/**
 * Kafka did not take the write in time. Answered with 503. Usually nothing of the request is committed; when Kafka
 * stopped answering while committing, the commit's outcome is unknown ({@link #outcomeUnknown()}): the articles may
 * be published. Either way posting them again is safe: the same ids, a newer version.
 */
public class PublishFailedException extends RuntimeException {

    private final boolean outcomeUnknown;

    /** Nothing of the request is committed. */
    public PublishFailedException(String message, Throwable cause) {
        this(message, cause, false);
    }

    private PublishFailedException(String message, Throwable cause, boolean outcomeUnknown) {
        super(message, cause);
        this.outcomeUnknown = outcomeUnknown;
    }

    /** Kafka stopped answering while committing: the articles may or may not be published. */
    static PublishFailedException whileCommitting(String message, Throwable cause) {
        return new PublishFailedException(message, cause, true);
    }

    /** True when the commit was under way: the articles may be published. */
    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }
}
