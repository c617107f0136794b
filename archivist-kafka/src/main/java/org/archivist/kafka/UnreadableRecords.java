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

    /** True when the record's value could not be deserialized, or there is no value at all. */
    public static boolean isUnreadable(ConsumerRecord<?, ?> record) {
        return record.value() == null
                || record.headers().lastHeader(KafkaUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER) != null;
    }
}
