package org.archivist.kafka;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.archivist.contract.Deletion;
import org.springframework.kafka.support.KafkaUtils;

/**
 * Reads and writes article deletions as Kafka tombstones: key = id, no value, the {@link Deletion}'s time and
 * reason in headers. A record with no value is a tombstone unless the deserializer left an exception on it (then
 * it is unreadable: {@link UnreadableRecords}).
 */
public final class Tombstones {

    private Tombstones() {
    }

    /** True when the record is a deletion rather than an article. */
    public static boolean isTombstone(ConsumerRecord<?, ?> record) {
        return record.value() == null && record.key() != null
                && record.headers().lastHeader(KafkaUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER) == null;
    }

    /**
     * The deletion a tombstone carries. One written without our headers (by hand, with Kafka's own tools) is dated
     * by the record's timestamp.
     *
     * @throws IllegalArgumentException when the date header is there but unreadable
     */
    public static Deletion read(ConsumerRecord<String, ?> record) {
        String deletedAt = header(record, Deletion.DELETED_AT_HEADER);
        Instant when;
        try {
            when = deletedAt == null ? Instant.ofEpochMilli(record.timestamp()) : Instant.parse(deletedAt);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("Tombstone " + record.key() + " has an unreadable "
                    + Deletion.DELETED_AT_HEADER + " header: " + deletedAt, e);
        }
        return new Deletion(record.key(), when, header(record, Deletion.REASON_HEADER));
    }

    /** The tombstone of a deletion, for {@code topic}. */
    public static <V> ProducerRecord<String, V> record(String topic, Deletion deletion) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(Deletion.DELETED_AT_HEADER, deletion.deletedAt().toString().getBytes(StandardCharsets.UTF_8));
        if (deletion.reason() != null) {
            headers.add(Deletion.REASON_HEADER, deletion.reason().getBytes(StandardCharsets.UTF_8));
        }
        return new ProducerRecord<>(topic, null, deletion.deletedAt().toEpochMilli(), deletion.id(), null, headers);
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
