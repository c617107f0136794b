package org.archivist.ingest.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.archivist.ingest.IngestSettings;
import org.archivist.testing.HttpProbe;
import org.archivist.testing.TestKeys;
import org.archivist.testing.StackIntegrationTest;
import org.archivist.testing.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Posting articles over HTTP puts them on the real broker, keyed by id, before the 202. */
@StackIntegrationTest(properties = {
        "archivist.ingest.topic=it-ingested-${archivist.it.run}",
        "spring.kafka.producer.transaction-id-prefix=it-ingest-${archivist.it.run}-" })
class ArticlePublishingIT {

    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    IngestSettings settings;

    HttpProbe http;

    @BeforeEach
    void setUp() {
        http = new HttpProbe(port, TestKeys.WRITER);
    }

    @Test
    void acceptedArticlesAreOnTheTopicKeyedByIdWithServerFilledFields() {
        HttpResponse<String> response = http.post("/api/articles", "application/json", """
                [{"title": "Grid operators approve storage rules", "source": "it",
                  "paragraphs": ["Battery storage now counts toward peak capacity."]},
                 {"title": "Ferry returns", "url": "https://example.org/ferry#top",
                  "paragraphs": ["The ferry returned to service."], "publishedAt": "2021-03-03"}]
                """);

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode accepted = json.readTree(response.body()).get("accepted");
        assertThat(accepted).hasSize(2);
        String ferryId = accepted.get(1).get("id").asString();
        List<String> ids = List.of(accepted.get(0).get("id").asString(), ferryId);
        List<TopicProbe.Received> records = TopicProbe.readKeys(settings.topic(), ids, Duration.ofSeconds(20));
        assertThat(records).extracting(TopicProbe.Received::key).containsExactlyInAnyOrderElementsOf(ids);
        JsonNode second = json.readTree(records.stream().filter(r -> r.key().equals(ferryId)).findFirst()
                .orElseThrow().value());
        assertThat(second.get("url").asString()).isEqualTo("https://example.org/ferry#top");
        assertThat(second.get("publishedAt").asString()).isEqualTo("2021-03-03");
        assertThat(second.get("contentHash").asString()).hasSize(64);
        assertThat(second.get("ingestedAt").asString()).isNotBlank();
        assertThat(second.get("schemaVersion").asInt()).isEqualTo(1);
    }

    @Test
    void everyPostOfAnArchivePageIsPublishedAndDryRunPublishesNothing() {
        String page = """
                Archive | Harbour

                Tide tables change

                The harbour office published new tide tables.

                Posted in HarbourComments Off on Tide tables change

                Pilot boats renewed

                Two pilot boats joined the fleet.

                Posted in HarbourComments Off on Pilot boats renewed
                """;
        HttpResponse<String> dryRun = http.post("/api/archives?source=it-dry&dryRun=true", "text/plain; charset=utf-8",
                page);
        assertThat(dryRun.statusCode()).isEqualTo(200);
        HttpResponse<String> response = http.post("/api/archives?source=it-page", "text/plain; charset=utf-8", page);

        assertThat(response.statusCode()).isEqualTo(202);
        List<String> ids = json.readTree(response.body()).get("articles").valueStream()
                .map(article -> article.get("id").asString()).toList();
        List<String> pageTitles = TopicProbe.readKeys(settings.topic(), ids, Duration.ofSeconds(20)).stream()
                .map(record -> json.readTree(record.value()))
                .map(article -> article.get("source").asString() + "/" + article.get("title").asString())
                .toList();
        assertThat(pageTitles).containsExactlyInAnyOrder("it-page/Tide tables change", "it-page/Pilot boats renewed");
        // The dry run's articles have other ids (another source) and never reached the topic.
        List<String> dryRunIds = json.readTree(dryRun.body()).get("articles").valueStream()
                .map(article -> article.get("id").asString()).toList();
        assertThat(TopicProbe.readKeys(settings.topic(), dryRunIds, Duration.ofSeconds(3))).isEmpty();
    }

    @Test
    void invalidArticlesAreRejectedAndNothingIsPublished() {
        HttpResponse<String> response = http.post("/api/articles", "application/json",
                "[{\"title\": \"Fine\", \"paragraphs\": [\"p\"]}, {\"title\": \" \", \"paragraphs\": []}]");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("[1].title", "[1].paragraphs");
    }
}
