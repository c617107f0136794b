package org.archivist.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.archivist.contract.Deletion;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.KafkaUtils;

class TombstonesTests {

    private static final Instant WHEN = Instant.parse("2026-12-02T10:15:30.123Z");

    @Test
    void aDeletionBecomesATombstoneWithItsTimeAndReasonInHeaders() {
        ProducerRecord<String, Object> record = Tombstones.record("articles.ingested", new Deletion("abc", WHEN, "takedown"));

        assertThat(record.key()).isEqualTo("abc");
        assertThat(record.value()).isNull();
        assertThat(record.timestamp()).isEqualTo(WHEN.toEpochMilli());
        assertThat(header(record, Deletion.DELETED_AT_HEADER)).isEqualTo("2026-12-02T10:15:30.123Z");
        assertThat(header(record, Deletion.REASON_HEADER)).isEqualTo("takedown");
    }

    @Test
    void aTombstoneReadsBackAsTheSameDeletion() {
        ProducerRecord<String, Object> sent = Tombstones.record("t", new Deletion("abc", WHEN, "wrong import, ünïcode"));

        assertThat(Tombstones.read(received(sent.headers(), 0L)))
                .isEqualTo(new Deletion("abc", WHEN, "wrong import, ünïcode"));
    }

    @Test
    void aDeletionWithoutReasonHasNoReasonHeader() {
        ProducerRecord<String, Object> sent = Tombstones.record("t", new Deletion("abc", WHEN, null));

        assertThat(sent.headers().lastHeader(Deletion.REASON_HEADER)).isNull();
        assertThat(Tombstones.read(received(sent.headers(), 0L)).reason()).isNull();
    }

    @Test
    void aBareTombstoneIsDatedByItsRecordTimestamp() {
        assertThat(Tombstones.read(received(new RecordHeaders(), WHEN.toEpochMilli())))
                .isEqualTo(new Deletion("abc", WHEN, null));
    }

    @Test
    void anUnreadableDateIsRefusedByName() {
        RecordHeaders headers = new RecordHeaders();
        headers.add(Deletion.DELETED_AT_HEADER, "yesterday".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> Tombstones.read(received(headers, 0L)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("abc").hasMessageContaining("yesterday");
    }

    @Test
    void onlyAKeyedRecordWithoutValueOrDeserializationErrorIsATombstone() {
        assertThat(Tombstones.isTombstone(new ConsumerRecord<String, String>("t", 0, 0, "k", null))).isTrue();
        assertThat(Tombstones.isTombstone(new ConsumerRecord<>("t", 0, 0, "k", "v"))).isFalse();
        assertThat(Tombstones.isTombstone(new ConsumerRecord<String, String>("t", 0, 0, null, null))).isFalse();
        ConsumerRecord<String, String> failed = new ConsumerRecord<>("t", 0, 0, "k", null);
        failed.headers().add(KafkaUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, new byte[] { 1 });
        assertThat(Tombstones.isTombstone(failed)).isFalse();
    }

    private static ConsumerRecord<String, Object> received(org.apache.kafka.common.header.Headers headers,
            long timestamp) {
        return new ConsumerRecord<>("t", 0, 0L, timestamp, TimestampType.CREATE_TIME, 3, 0, "abc", null, headers,
                Optional.empty());
    }

    private static String header(ProducerRecord<?, ?> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
