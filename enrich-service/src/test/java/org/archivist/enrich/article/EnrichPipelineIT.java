package org.archivist.enrich.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.archivist.enrich.EnrichSettings;
import org.archivist.testing.StackIntegrationTest;
import org.archivist.testing.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An ingested article on the real broker comes out enriched; an unreadable one lands in the dead-letter topic. */
@StackIntegrationTest(properties = {
        "archivist.enrich.input-topic=it-ingested-${archivist.it.run}",
        "archivist.enrich.output-topic=it-enriched-${archivist.it.run}",
        "spring.kafka.consumer.group-id=it-enrich-${archivist.it.run}" })
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

        List<TopicProbe.Received> out = TopicProbe.read(settings.outputTopic(), 1, Duration.ofSeconds(30));

        assertThat(out).hasSize(1);
        assertThat(out.getFirst().key()).isEqualTo("a1");
        JsonNode enriched = json.readTree(out.getFirst().value());
        assertThat(enriched.get("title").asString()).isEqualTo("Court rejects motion");
        assertThat(enriched.get("enrichedAt").asString()).isNotBlank();
        assertThat(enriched.get("ingestedAt").asString()).isEqualTo("2026-11-25T10:00:00Z");
        assertThat(enriched.has("footnoteLinks")).isTrue();
    }

    @Test
    void unreadableRecordGoesToTheDeadLetterTopicWithItsReason() {
        TopicProbe.send(settings.inputTopic(), "poison", "this is not JSON");

        List<TopicProbe.Received> dead = TopicProbe.read(settings.inputTopic() + ".DLT", 1, Duration.ofSeconds(30));

        assertThat(dead).hasSize(1);
        assertThat(dead.getFirst().key()).isEqualTo("poison");
        assertThat(dead.getFirst().value()).isEqualTo("this is not JSON");
        assertThat(dead.getFirst().headers()).containsKey("kafka_dlt-exception-fqcn")
                .containsKey("kafka_dlt-exception-message");
    }
}
