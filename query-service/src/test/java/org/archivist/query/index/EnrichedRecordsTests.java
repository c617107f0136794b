package org.archivist.query.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.archivist.contract.Deletion;
import org.archivist.contract.EnrichedArticle;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.KafkaUtils;
import tools.jackson.databind.json.JsonMapper;

class EnrichedRecordsTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static EnrichedArticle article(String id, String enrichmentVersion) {
        return JSON.readValue("""
                {"schemaVersion":1,"id":"%s","source":"unit","title":"Harvest bulletin","paragraphs":["Grain."],
                 "ingestedAt":"2026-11-25T10:00:00Z","enrichedAt":"2026-11-25T10:00:01Z","enrichmentVersion":"%s"}
                """.formatted(id, enrichmentVersion), EnrichedArticle.class);
    }

    static ConsumerRecord<String, EnrichedArticle> record(String id, EnrichedArticle value) {
        return new ConsumerRecord<>("articles.enriched", 0, 0L, id, value);
    }

    static ConsumerRecord<String, EnrichedArticle> reenriched(ConsumerRecord<String, EnrichedArticle> record) {
        record.headers().add(EnrichedArticle.REENRICHED_HEADER, "B".getBytes(StandardCharsets.UTF_8));
        return record;
    }

    static ConsumerRecord<String, EnrichedArticle> tombstone(String id) {
        ConsumerRecord<String, EnrichedArticle> record = record(id, null);
        record.headers().add(Deletion.DELETED_AT_HEADER, "2026-11-25T12:00:00Z".getBytes(StandardCharsets.UTF_8));
        return record;
    }

    static ConsumerRecord<String, EnrichedArticle> unreadable(String id) {
        ConsumerRecord<String, EnrichedArticle> record = record(id, null);
        record.headers().add(KafkaUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, new byte[] { 1 });
        return record;
    }

    @Test
    void anArticleOfAReenrichmentPassIsLeftToTheRebuild() {
        assertThat(EnrichedRecords.isReenriched(reenriched(record("a1", article("a1", "B"))))).isTrue();
    }

    @Test
    void aTombstoneOfAReenrichmentPassIsLeftToTheRebuild() {
        assertThat(EnrichedRecords.isReenriched(reenriched(tombstone("a1")))).isTrue();
    }

    @Test
    void ordinaryArticlesAndTombstonesAreAppliedLive() {
        assertThat(EnrichedRecords.isReenriched(record("a1", article("a1", "B")))).isFalse();
        assertThat(EnrichedRecords.isReenriched(tombstone("a1"))).isFalse();
    }

    @Test
    void theHeaderMarksTheRecordWhateverItsValue() {
        ConsumerRecord<String, EnrichedArticle> empty = record("a1", article("a1", "B"));
        empty.headers().add(EnrichedArticle.REENRICHED_HEADER, new byte[0]);
        ConsumerRecord<String, EnrichedArticle> none = record("a2", article("a2", "B"));
        none.headers().add(EnrichedArticle.REENRICHED_HEADER, null);

        assertThat(EnrichedRecords.isReenriched(empty)).isTrue();
        assertThat(EnrichedRecords.isReenriched(none)).isTrue();
    }

    @Test
    void otherHeadersDoNotMarkARecord() {
        ConsumerRecord<String, EnrichedArticle> record = record("a1", article("a1", "B"));
        record.headers().add("archivist-reenriched-by", "B".getBytes(StandardCharsets.UTF_8));

        assertThat(EnrichedRecords.isReenriched(record)).isFalse();
    }

    @Test
    void aReenrichedRecordReadsAsTheSameChangeAsAnyOther() {
        assertThat(EnrichedRecords.change(reenriched(record("a1", article("a1", "B")))))
                .isEqualTo(new ArticleChange.NewVersion(article("a1", "B")));
        assertThat(EnrichedRecords.change(reenriched(tombstone("a2"))))
                .isEqualTo(new ArticleChange.Deleted(new Deletion("a2", Instant.parse("2026-11-25T12:00:00Z"), null)));
    }

    @Test
    void anUnreadableRecordIsNoChangeEvenFromAPass() {
        assertThatThrownBy(() -> EnrichedRecords.change(reenriched(unreadable("a1"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a readable EnrichedArticle");
    }
}
