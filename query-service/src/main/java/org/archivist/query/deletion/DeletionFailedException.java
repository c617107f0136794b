package org.archivist.query.deletion;

/** Kafka did not take a deletion's tombstones: answered with 503 and Retry-After; repeating the delete is safe. */
public class DeletionFailedException extends RuntimeException {

    DeletionFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
