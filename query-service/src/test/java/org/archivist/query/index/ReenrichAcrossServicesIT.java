package org.archivist.query.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.archivist.contract.Deletion;
import org.archivist.kafka.Tombstones;
import org.archivist.query.QuerySettings;
import org.archivist.testing.HttpProbe;
import org.archivist.testing.ServiceProcess;
import org.archivist.testing.StackIntegrationTest;
import org.archivist.testing.TestKeys;
import org.archivist.testing.TopicProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./archivist rebuild --re-enrich} across the real services: enrich-service from its jar, as a process of its
 * own, and this query-service. enrich runs twice, with a term added to its topic lexicon between the runs; then its
 * re-enrichment pass and this service's rebuild. Every stored article ends with the new enrichment version and the
 * new category, the deleted ones stay deleted, and searches never fail or miss an article during the switch.
 */
@StackIntegrationTest(properties = {
        "archivist.query.topic=it-reenrich-enriched-${archivist.it.run}",
        "archivist.query.index-alias=it-reenrich-${archivist.it.run}",
        "spring.kafka.consumer.group-id=it-reenrich-query-${archivist.it.run}" })
class ReenrichAcrossServicesIT {

    private static final int ARTICLES = 300;
    private static final int DELETED = 15;
    private static final String SCIENCE = "medtop:13000000";
    /** A word no built-in table knows: only the changed lexicon makes these science articles. */
    private static final String TERM = "zymbalite";
    private static final Duration WAIT = Duration.ofSeconds(90);

    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    QuerySettings settings;

    @Value("${archivist.it.run}")
    String run;

    @TempDir
    Path tables;

    @Test
    void afterALexiconChangeEveryStoredArticleHasTheNewEnrichmentAndSearchNeverFailed() throws Exception {
        String ingested = "it-reenrich-ingested-" + run;
        String[] enrich = { "--archivist.enrich.input-topic=" + ingested,
                "--archivist.enrich.output-topic=" + settings.topic(),
                "--spring.kafka.consumer.group-id=it-reenrich-enrich-" + run,
                "--archivist.enrich.tables=" + tables };
        List<String> ids = IntStream.range(0, ARTICLES).mapToObj(n -> "e" + n).toList();
        HttpProbe http = new HttpProbe(port);
        int stored = ARTICLES - DELETED;

        String oldVersion;
        try (ServiceProcess first = ServiceProcess.start("enrich", enrich)) {
            ids.forEach(id -> TopicProbe.send(ingested, id, article(id)));
            ids.subList(0, DELETED).forEach(id -> TopicProbe.send(Tombstones.record(ingested,
                    new Deletion(id, Instant.parse("2026-12-01T10:00:00Z"), "it"))));
            await().atMost(WAIT).untilAsserted(() -> assertThat(total(http)).isEqualTo(stored));
            JsonNode article = json.readTree(http.get("/api/articles/" + ids.getLast()).body());
            oldVersion = article.get("enrichmentVersion").asString();
            assertThat(codes(article)).doesNotContain(SCIENCE);
        }

        Files.writeString(tables.resolve("lexicon.txt"), Files.readString(Path.of("..", "enrich-service", "src",
                "main", "resources", "topics", "lexicon.txt")).replace("[medtop:13000000]",
                        "[medtop:13000000]\n3: " + TERM));

        try (ServiceProcess second = ServiceProcess.start("enrich", enrich)) {
            SearchWatch searches = SearchWatch.start(http, "/api/search?size=1&q=" + TERM, stored);
            JsonNode pass = runJob(new HttpProbe(second.managementPort(), TestKeys.ADMIN), "reenrich");
            String newVersion = pass.get("enrichmentVersion").asString();
            assertThat(newVersion).isNotEqualTo(oldVersion);
            assertThat(pass.get("published").asLong()).isEqualTo(ARTICLES + DELETED);
            // The pass is in the log but not in the searched index: that waits for the rebuild.
            assertThat(json.readTree(http.get("/api/articles/" + ids.getLast()).body())
                    .get("enrichmentVersion").asString()).isEqualTo(oldVersion);

            JsonNode rebuild = runJob(new HttpProbe(managementPort, TestKeys.ADMIN), "rebuild");
            searches.stopAndCheck("re-enrichment and rebuild");

            assertThat(rebuild.get("phase").asString()).as(rebuild.toString()).isEqualTo("DONE");
            List<String> wrong = new ArrayList<>();
            for (String id : ids) {
                HttpResponse<String> response = http.get("/api/articles/" + id);
                boolean deleted = ids.indexOf(id) < DELETED;
                if (deleted != (response.statusCode() == 404)) {
                    wrong.add(id + " answered " + response.statusCode());
                } else if (!deleted) {
                    JsonNode article = json.readTree(response.body());
                    if (!article.get("enrichmentVersion").asString().equals(newVersion)
                            || !codes(article).contains(SCIENCE)) {
                        wrong.add(id + " has " + article.get("enrichmentVersion") + " " + codes(article));
                    }
                }
            }
            assertThat(wrong).isEmpty();
            assertThat(total(http)).isEqualTo(stored);
        }
    }

    /** Starts an actuator job ({@code reenrich}, {@code rebuild}) and returns its status once it has ended. */
    private JsonNode runJob(HttpProbe admin, String job) {
        HttpResponse<String> started = admin.post("/actuator/" + job, "application/json", "");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() -> {
            String phase = json.readTree(admin.get("/actuator/" + job).body()).get("phase").asString();
            return phase.equals("DONE") || phase.equals("FAILED");
        });
        return json.readTree(admin.get("/actuator/" + job).body());
    }

    private long total(HttpProbe http) {
        return json.readTree(http.get("/api/search?size=1&q=" + TERM).body()).get("total").asLong();
    }

    private static List<String> codes(JsonNode article) {
        List<String> codes = new ArrayList<>();
        article.get("categories").forEach(category -> codes.add(category.get("code").asString()));
        return codes;
    }

    private static String article(String id) {
        return """
                {"schemaVersion":1,"id":"%s","source":"it","title":"A %s sample reaches the museum",
                 "paragraphs":["Curators said the %s sample came from a quarry in the hills. The %s was cleaned, \
                weighed and photographed before it went on show next to older finds from the same valley, where \
                farmers first saw it after the spring floods."],
                 "ingestedAt":"2026-11-30T10:00:00Z"}
                """.formatted(id, TERM, TERM, TERM);
    }
}
