package org.archivist.enrich.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.archivist.contract.Deletion;
import org.archivist.enrich.EnrichSettings;
import org.archivist.kafka.Tombstones;
import org.archivist.testing.StackIntegrationTest;
import org.archivist.testing.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An ingested article on the real broker comes out enriched; an unreadable one, or one too large for Kafka once
 * enriched, lands in the dead-letter topic. The producer's record limit is lowered to 64 KB here, so that "too
 * large" needs no megabyte articles; the mechanism is the one that meets Kafka's 1 MiB.
 */
@StackIntegrationTest(properties = {
        "archivist.enrich.input-topic=it-ingested-${archivist.it.run}",
        "archivist.enrich.output-topic=it-enriched-${archivist.it.run}",
        "spring.kafka.consumer.group-id=it-enrich-${archivist.it.run}",
        "spring.kafka.producer.properties.max.request.size=65536" })
class EnrichPipelineIT {

    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    EnrichSettings settings;

    @Test
    void ingestedArticleIsRepublishedEnrichedUnderTheSameKey() {
        TopicProbe.send(settings.inputTopic(), "a1", """
                {"schemaVersion":1,"id":"a1","source":"it","title":"Court rejects motion",
                 "paragraphs":["The court dismissed the motion [1]."],
                 "footnotes":[{"number":1,"text":"“Court declines to halt auction”, Lee Wong, 2020."}],
                 "ingestedAt":"2026-11-25T10:00:00Z"}
                """);

        List<TopicProbe.Received> out = TopicProbe.readKeys(settings.outputTopic(), List.of("a1"),
                Duration.ofSeconds(30));

        assertThat(out).hasSize(1);
        JsonNode enriched = json.readTree(out.getFirst().value());
        assertThat(enriched.get("title").asString()).isEqualTo("Court rejects motion");
        assertThat(enriched.get("enrichedAt").asString()).isNotBlank();
        assertThat(enriched.get("ingestedAt").asString()).isEqualTo("2026-11-25T10:00:00Z");
        assertThat(enriched.has("footnoteLinks")).isTrue();
    }

    @Test
    void aDeletionPassesThroughAsATombstoneWithItsTimeAndReason() {
        TopicProbe.send(Tombstones.record(settings.inputTopic(),
                new Deletion("gone", Instant.parse("2026-12-02T10:00:00Z"), "takedown request")));

        List<TopicProbe.Received> out = TopicProbe.readKeys(settings.outputTopic(), List.of("gone"),
                Duration.ofSeconds(30));

        assertThat(out).hasSize(1);
        assertThat(out.getFirst().value()).isNull();
        assertThat(out.getFirst().headers()).containsEntry(Deletion.DELETED_AT_HEADER, "2026-12-02T10:00:00Z")
                .containsEntry(Deletion.REASON_HEADER, "takedown request");
        assertThat(TopicProbe.readKeys(settings.inputTopic() + ".DLT", List.of("gone"), Duration.ofSeconds(2)))
                .isEmpty();
    }

    @Test
    void unreadableRecordGoesToTheDeadLetterTopicWithItsReason() {
        TopicProbe.send(settings.inputTopic(), "poison", "this is not JSON");

        List<TopicProbe.Received> dead = TopicProbe.readKeys(settings.inputTopic() + ".DLT", List.of("poison"),
                Duration.ofSeconds(30));

        assertThat(dead).hasSize(1);
        assertThat(dead.getFirst().value()).isEqualTo("this is not JSON");
        assertThat(dead.getFirst().headers()).containsKey("kafka_dlt-exception-fqcn")
                .containsKey("kafka_dlt-exception-message");
    }

    @Test
    void aRecordNearKafkasLimitStillReachesTheDeadLetterTopicWithItsReason() {
        // Just under the 1 MiB a topic takes: with its reason in the headers, the dead letter is larger than that.
        String nearTheLimit = "x".repeat(1_040_000);
        TopicProbe.send(settings.inputTopic(), "near-the-limit", nearTheLimit);

        List<TopicProbe.Received> dead = TopicProbe.readKeys(settings.inputTopic() + ".DLT", List.of("near-the-limit"),
                Duration.ofSeconds(30));

        assertThat(dead).hasSize(1);
        assertThat(dead.getFirst().value()).hasSize(nearTheLimit.length());
        assertThat(dead.getFirst().headers()).containsKey("kafka_dlt-exception-stacktrace");
    }

    @Test
    void articleTooLargeOnceEnrichedIsDeadLetteredAndTheArticlesAfterItGoOn() {
        // 300 cited sentences: about 30 KB as ingested, twice that once each citation is parsed into fields.
        StringBuilder paragraph = new StringBuilder();
        StringBuilder footnotes = new StringBuilder();
        for (int n = 1; n <= 300; n++) {
            paragraph.append("The board met on day ").append(n).append(" [").append(n).append("]. ");
            footnotes.append(n == 1 ? "" : ",").append("{\"number\":").append(n).append(",\"text\":\"“Harbour board minutes ")
                    .append(n).append("”, Ann Lee, Harbour News, January 2, 2020.\"}");
        }
        TopicProbe.send(settings.inputTopic(), "huge", """
                {"schemaVersion":1,"id":"huge","source":"it","title":"A very long report",
                 "paragraphs":["%s"],"footnotes":[%s],"ingestedAt":"2026-11-25T10:00:00Z"}
                """.formatted(paragraph, footnotes));
        TopicProbe.send(settings.inputTopic(), "after", """
                {"schemaVersion":1,"id":"after","source":"it","title":"Short note",
                 "paragraphs":["The ferry runs again."],"ingestedAt":"2026-11-25T10:00:01Z"}
                """);

        List<TopicProbe.Received> dead = TopicProbe.readKeys(settings.inputTopic() + ".DLT", List.of("huge"),
                Duration.ofSeconds(30));
        assertThat(dead).singleElement().satisfies(record -> assertThat(record.headers().get(
                "kafka_dlt-exception-message")).contains("The enriched article huge is too large for Kafka"));
        assertThat(TopicProbe.readKeys(settings.outputTopic(), List.of("after"), Duration.ofSeconds(30)))
                .extracting(TopicProbe.Received::key).contains("after");
    }
}
