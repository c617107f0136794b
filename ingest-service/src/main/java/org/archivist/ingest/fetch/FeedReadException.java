package org.archivist.ingest.fetch;

/** A body that {@link FeedReader} cannot read as a feed; the message says what was wrong with it. */
public class FeedReadException extends RuntimeException {

    public FeedReadException(String message) {
        super(message);
    }

    public FeedReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
