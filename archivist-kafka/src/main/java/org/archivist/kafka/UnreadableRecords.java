package org.archivist.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.support.KafkaUtils;

/**
 * Tells batch listeners which records {@code ErrorHandlingDeserializer} could not read: those arrive
 * with a null value and the exception in a header, and must be named to the error handler (as a
 * {@code BatchListenerFailedException}) so that they end in the dead-letter topic.
 */
public final class UnreadableRecords {

    private UnreadableRecords() {
    }

    /**
     * True when the record's value could not be deserialized, or there is no value and the record is no tombstone
     * either ({@link Tombstones}: a tombstone has a key).
     */
    public static boolean isUnreadable(ConsumerRecord<?, ?> record) {
        return record.headers().lastHeader(KafkaUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER) != null
                || (record.value() == null && !Tombstones.isTombstone(record));
    }
}
