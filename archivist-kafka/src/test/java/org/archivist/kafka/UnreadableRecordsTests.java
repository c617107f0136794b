package org.archivist.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.KafkaUtils;

class UnreadableRecordsTests {

    @Test
    void aRecordWithAValueIsReadable() {
        assertThat(UnreadableRecords.isUnreadable(new ConsumerRecord<>("t", 0, 0, "k", "v"))).isFalse();
    }

    @Test
    void aRecordTheDeserializerFailedOnIsUnreadable() {
        ConsumerRecord<String, String> failed = new ConsumerRecord<>("t", 0, 0, "k", "v");
        failed.headers().add(KafkaUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, new byte[] { 1 });

        assertThat(UnreadableRecords.isUnreadable(failed)).isTrue();
    }

    @Test
    void aTombstoneIsReadable() {
        assertThat(UnreadableRecords.isUnreadable(new ConsumerRecord<String, String>("t", 0, 0, "k", null))).isFalse();
    }

    @Test
    void aRecordWithNeitherKeyNorValueIsUnreadable() {
        assertThat(UnreadableRecords.isUnreadable(new ConsumerRecord<String, String>("t", 0, 0, null, null))).isTrue();
    }
}
