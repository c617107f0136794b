package org.archivist.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.listener.RetryListener;

/**
 * Says when a whole batch fails and is retried with the consumer paused (Kafka or Elasticsearch unreachable):
 * Spring Kafka logs those retries at debug level only, so an outage would leave no trace in the log. One warning
 * per attempt; the outage back-off spaces attempts up to 30 s apart. A single record's retries are not logged
 * here, whichever of the two methods Spring Kafka reports them to: the dead-letter recoverer logs what becomes
 * of them.
 */
final class OutageLog implements RetryListener {

    private static final Logger log = LoggerFactory.getLogger(OutageLog.class);

    @Override
    public void failedDelivery(ConsumerRecords<?, ?> records, Exception ex, int deliveryAttempt) {
        if (ArchivistKafkaAutoConfiguration.namesOneRecord(ex)) {
            // Spring Kafka reports a batch listener's BatchListenerFailedException here too (always as attempt 1),
            // though only that record is retried, with the consumer running: not an outage.
            return;
        }
        log.warn("A batch of {} record(s) from {} failed (attempt {}); the consumer pauses and retries it: {}",
                records.count(), records.partitions(), deliveryAttempt, reason(ex));
    }

    @Override
    public void failedDelivery(ConsumerRecord<?, ?> record, Exception ex, int deliveryAttempt) {
    }

    /** The listener's own message and, when it differs, the root cause's (e.g. "Connection refused"). */
    static String reason(Exception ex) {
        Throwable thrown = ex instanceof ListenerExecutionFailedException && ex.getCause() != null ? ex.getCause() : ex;
        Throwable root = thrown;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == thrown || root.getMessage() == null ? String.valueOf(thrown.getMessage())
                : thrown.getMessage() + " (" + root.getMessage() + ")";
    }
}
