package org.archivist.ingest.publish;

/** Kafka did not take the write in time; nothing of the request is committed. Answered with 503. */
public class PublishFailedException extends RuntimeException {

    public PublishFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
