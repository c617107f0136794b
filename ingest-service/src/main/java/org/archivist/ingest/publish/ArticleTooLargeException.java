package org.archivist.ingest.publish;

/**
 * Kafka refused an article as larger than a record may be (the topic's {@code max.message.bytes} or the
 * producer's {@code max.request.size}); the transaction was aborted, so nothing of the request is published.
 * Retrying cannot help, unlike {@link PublishFailedException}. Answered with 413.
 */
public class ArticleTooLargeException extends RuntimeException {

    private final String articleId;

    public ArticleTooLargeException(String articleId, String reason, Throwable cause) {
        super("Article " + articleId + " is too large for Kafka (" + reason + "); nothing was published.", cause);
        this.articleId = articleId;
    }

    public String articleId() {
        return articleId;
    }
}
