package org.archivist.ingest.publish;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.common.errors.RecordTooLargeException;
import org.archivist.contract.Article;
import org.archivist.ingest.IngestSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;

/**
 * Publishes articles to the ingest topic in one Kafka transaction: either all of them become visible
 * to {@code read_committed} consumers or none does. Returns only after the commit.
 */
@Component
class KafkaArticlePublisher implements ArticlePublisher {

    private static final Logger log = LoggerFactory.getLogger(KafkaArticlePublisher.class);

    private final KafkaTemplate<String, Article> template;
    private final IngestSettings settings;
    /**
     * Bounds the transactions in flight. Each one holds a transactional producer of its own (with its
     * network thread and buffers); unbounded, a burst of small requests created hundreds of them and
     * ran the service out of memory. A request that cannot get a permit within the publish timeout
     * gets 503 with Retry-After, like any other time Kafka cannot take the write.
     */
    private final Semaphore inFlight;

    private final IngestMetrics metrics;

    KafkaArticlePublisher(KafkaTemplate<String, Article> template, IngestSettings settings, IngestMetrics metrics) {
        this.template = template;
        this.settings = settings;
        this.metrics = metrics;
        this.inFlight = new Semaphore(settings.maxConcurrentPublishes(), true);
    }

    @Override
    public void publish(List<Article> articles) {
        long started = System.nanoTime();
        try {
            if (!inFlight.tryAcquire(settings.publishTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new PublishFailedException("Too many publishes in flight ("
                        + settings.maxConcurrentPublishes() + "); Kafka is not keeping up", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException("Interrupted while waiting to publish", e);
        }
        try {
            publishInTransaction(articles);
            metrics.published(settings.topic(), articles.size());
        } finally {
            inFlight.release();
        }
        log.info("Published {} article(s) to {} in {} ms", articles.size(), settings.topic(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    private void publishInTransaction(List<Article> articles) {
        Map<String, CompletableFuture<SendResult<String, Article>>> sends = new ConcurrentHashMap<>();
        // The article the producer refused at once as over max.request.size. Once one send fails, Kafka fails the
        // transaction's other sends with the same cause, so only the one refused on the spot names the culprit.
        String[] refusedAtOnce = new String[1];
        // Set once every send is acknowledged: a failure after it is the commit's, whose outcome Kafka may still decide.
        boolean[] committing = new boolean[1];
        try {
            template.executeInTransaction(operations -> {
                for (Article article : articles) {
                    refusedAtOnce[0] = article.id();
                    CompletableFuture<SendResult<String, Article>> send = operations.send(settings.topic(), article.id(),
                            article);
                    sends.put(article.id(), send);
                    RecordTooLargeException tooLarge = tooLarge(send);
                    if (tooLarge != null) {
                        throw new ArticleTooLargeException(article.id(), tooLarge.getMessage(), tooLarge);
                    }
                    refusedAtOnce[0] = null;
                }
                // Waiting here turns a send failure into an exception inside the transaction, so it aborts.
                CompletableFuture.allOf(sends.values().toArray(CompletableFuture[]::new))
                        .orTimeout(settings.publishTimeout().toMillis(), TimeUnit.MILLISECONDS)
                        .join();
                committing[0] = true;
                return null;
            });
        } catch (ArticleTooLargeException e) {
            log.warn("Publishing {} article(s) to {} failed: {}", articles.size(), settings.topic(), e.getMessage());
            throw e;
        } catch (RuntimeException e) {
            log.warn("Publishing {} article(s) to {} failed: {}", articles.size(), settings.topic(), e.toString());
            RecordTooLargeException thrownAtOnce = refusedAtOnce[0] == null ? null : tooLarge(e);
            if (thrownAtOnce != null) {
                throw new ArticleTooLargeException(refusedAtOnce[0], thrownAtOnce.getMessage(), e);
            }
            for (Article article : articles) {
                CompletableFuture<?> send = sends.get(article.id());
                // A record over max.request.size makes send() itself throw, so that article has no future.
                RecordTooLargeException tooLarge = send == null ? tooLarge(e) : tooLarge(send);
                if (tooLarge != null) {
                    // Retrying cannot help here, so this is not "Kafka unavailable".
                    throw new ArticleTooLargeException(article.id(), tooLarge.getMessage(), e);
                }
                if (send == null) {
                    break;
                }
            }
            if (committing[0]) {
                // A broker lost while the commit was on its way may have logged it and complete it when back.
                throw PublishFailedException.whileCommitting("Kafka did not confirm the commit: "
                        + NestedExceptionUtils.getMostSpecificCause(e), e);
            }
            throw new PublishFailedException("Kafka did not acknowledge the articles: "
                    + NestedExceptionUtils.getMostSpecificCause(e), e);
        }
    }

    /** Why Kafka refused this send, when it refused the record as too large; else null. */
    private static RecordTooLargeException tooLarge(CompletableFuture<?> send) {
        return send.isCompletedExceptionally() ? tooLarge(send.exceptionNow()) : null;
    }

    private static RecordTooLargeException tooLarge(Throwable thrown) {
        for (Throwable cause = thrown; cause != null && cause.getCause() != cause;
                cause = cause.getCause()) {
            if (cause instanceof RecordTooLargeException tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }
}
