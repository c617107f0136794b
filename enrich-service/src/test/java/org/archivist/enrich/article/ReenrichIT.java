package org.archivist.enrich.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import org.archivist.contract.Deletion;
import org.archivist.contract.EnrichedArticle;
import org.archivist.enrich.EnrichApplication;
import org.archivist.enrich.EnrichmentTables;
import org.archivist.kafka.Tombstones;
import org.archivist.testing.HttpProbe;
import org.archivist.testing.LocalStack;
import org.archivist.testing.LocalStackInitializer;
import org.archivist.testing.TestKeys;
import org.archivist.testing.TopicProbe;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Re-enrichment on the real broker with the real service, run twice: the first run enriches an archive with the
 * built-in tables; between the runs a newsroom adds a term to the topic lexicon; the second run's pass
 * ({@code POST /actuator/reenrich}) publishes the archive again with the new enrichment while articles keep arriving,
 * are updated and are deleted. Read as compaction will keep it (the last record per id), the enriched log then holds
 * every article with the new enrichment, every live update and every deletion, and never an older version after a
 * newer one.
 */
@ExtendWith(LocalStack.class)
class ReenrichIT {

    private static final int ARCHIVE = 1_500;
    private static final String SCIENCE = "medtop:13000000";
    /** A word no built-in table knows, so only the changed lexicon can make it a science article. */
    private static final String TERM = "zymbalite";
    private static final String DELETED = "deleted";
    /** The input topic's partitions as the service creates it ({@code archivist.enrich.partitions}). */
    private static final int PARTITIONS = 6;

    private final JsonMapper json = JsonMapper.builder().build();
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String input = "it-reenrich-ingested-" + run;
    private final String output = "it-reenrich-enriched-" + run;

    @TempDir
    Path tables;

    @Test
    void theArchiveIsPublishedAgainWithTheNewTablesAndNoLiveChangeIsUndone() throws Exception {
        reenrichWithLiveChanges(1);
    }

    /** Each instance's pass covers the partitions its live listener holds; together they cover the topic. */
    @Test
    void withTwoInstancesEachPassCoversItsOwnPartitionsAndNoLiveChangeIsUndone() throws Exception {
        reenrichWithLiveChanges(2);
    }

    private void reenrichWithLiveChanges(int instances) throws Exception {
        List<String> ids = IntStream.range(0, ARCHIVE).mapToObj(n -> "a" + n).toList();
        List<String> deletedBefore = ids.subList(0, 20);
        String oldVersion;
        try (ConfigurableApplicationContext first = start()) {
            oldVersion = first.getBean(ArticleEnricher.class).version();
            ids.forEach(id -> TopicProbe.send(input, id, article(id, "2026-11-01T10:00:00Z", "first")));
            deletedBefore.forEach(id -> TopicProbe.send(Tombstones.record(input,
                    new Deletion(id, Instant.parse("2026-11-02T10:00:00Z"), "wrong import"))));
            assertThat(lastPerId(ids, ARCHIVE + deletedBefore.size())).hasSize(ARCHIVE);
        }
        assertThat(lastPerId(ids, 0).values()).filteredOn(r -> r.value() != null)
                .allSatisfy(r -> assertThat(codes(r)).doesNotContain(SCIENCE));

        Files.writeString(tables.resolve(EnrichmentTables.LEXICON),
                EnrichmentTables.defaults().lexicon().text().replace("[medtop:13000000]",
                        "[medtop:13000000]\n3: " + TERM));

        List<ConfigurableApplicationContext> second = new ArrayList<>();
        try {
            for (int i = 0; i < instances; i++) {
                second.add(start());
            }
            // Every instance holds its share before the passes start, or one would lose partitions mid-pass.
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> second.stream()
                    .allMatch(context -> !context.getBean(LiveClaims.class).held().isEmpty())
                    && second.stream().mapToInt(context -> context.getBean(LiveClaims.class).held().size())
                            .sum() == PARTITIONS);
            String newVersion = second.getFirst().getBean(ArticleEnricher.class).version();
            assertThat(newVersion).isNotEqualTo(oldVersion);
            List<HttpProbe> admins = second.stream().map(context -> new HttpProbe(Integer.parseInt(
                    context.getEnvironment().getProperty("local.management.port")), TestKeys.ADMIN)).toList();

            for (HttpProbe admin : admins) {
                assertThat(admin.post("/actuator/reenrich", "application/json", "").statusCode()).isEqualTo(200);
            }
            // Live traffic until the passes end: updates of archived articles, deletions and new articles.
            Map<String, String> expected = new ConcurrentHashMap<>();
            ids.forEach(id -> expected.put(id, "2026-11-01T10:00:00Z"));
            deletedBefore.forEach(id -> expected.put(id, DELETED));
            AtomicBoolean passRunning = new AtomicBoolean(true);
            CompletableFuture<Integer> live = CompletableFuture.supplyAsync(() -> liveChanges(ids, expected,
                    passRunning));
            List<JsonNode> statuses = new ArrayList<>();
            for (HttpProbe admin : admins) {
                statuses.add(awaitPass(admin));
            }
            passRunning.set(false);
            int rounds = live.join();

            Set<Integer> covered = new TreeSet<>();
            for (JsonNode status : statuses) {
                assertThat(status.get("phase").asString()).as(status.toString()).isEqualTo("DONE");
                assertThat(status.get("enrichmentVersion").asString()).isEqualTo(newVersion);
                assertThat(status.get("failed").asLong()).isZero();
                assertThat(status.get("published").asLong() + status.get("leftToLive").asLong())
                        .isEqualTo(status.get("read").asLong());
                assertThat(status.get("topicPartitions").asInt()).isEqualTo(PARTITIONS);
                status.get("partitions").forEach(partition -> assertThat(covered.add(partition.asInt()))
                        .as("partition %s covered by one pass only", partition).isTrue());
            }
            assertThat(covered).as("partitions the passes covered").hasSize(PARTITIONS);

            Map<String, TopicProbe.Received> last = lastPerId(List.copyOf(expected.keySet()), 0);
            assertThat(last).hasSize(expected.size());
            expected.forEach((id, ingestedAt) -> {
                TopicProbe.Received record = last.get(id);
                if (ingestedAt.equals(DELETED)) {
                    assertThat(record.value()).as(id + " stays deleted").isNull();
                    return;
                }
                assertThat(record.value()).as(id).isNotNull();
                JsonNode article = json.readTree(record.value());
                assertThat(article.get("ingestedAt").asString()).as(id + ", the newest version").isEqualTo(ingestedAt);
                assertThat(article.get("enrichmentVersion").asString()).as(id).isEqualTo(newVersion);
                assertThat(codes(record)).as(id).contains(SCIENCE);
            });
            assertThat(rounds).isGreaterThanOrEqualTo(30);
            assertThat(last.values()).filteredOn(r -> r.headers().containsKey(EnrichedArticle.REENRICHED_HEADER))
                    .isNotEmpty()
                    .allSatisfy(r -> assertThat(r.headers()).containsEntry(EnrichedArticle.REENRICHED_HEADER,
                            newVersion));
        } finally {
            second.forEach(ConfigurableApplicationContext::close);
        }
    }

    /** Updates, deletions and new articles until the passes end (30 rounds at least); returns the rounds sent. */
    private int liveChanges(List<String> ids, Map<String, String> expected, AtomicBoolean passRunning) {
        int n = 0;
        for (; passRunning.get() || n < 30; n++) {
            String updated = ids.get(100 + n % 300);
            if (!expected.get(updated).equals(DELETED)) {
                String at = Instant.parse("2026-12-01T10:00:00Z").plusSeconds(n).toString();
                TopicProbe.send(input, updated, article(updated, at, "update " + n));
                expected.put(updated, at);
            }
            if (n % 3 == 0) {
                String deleted = ids.get(ARCHIVE - 1 - n % 100);
                TopicProbe.send(Tombstones.record(input, new Deletion(deleted,
                        Instant.parse("2026-12-02T10:00:00Z").plusSeconds(n), "takedown")));
                expected.put(deleted, DELETED);
            }
            TopicProbe.send(input, "new" + n, article("new" + n, "2026-12-01T09:00:00Z", "new"));
            expected.put("new" + n, "2026-12-01T09:00:00Z");
        }
        return n;
    }

    private ConfigurableApplicationContext start() {
        // Arguments, not default properties: those would lose to application.yml.
        return new SpringApplicationBuilder(EnrichApplication.class)
                .initializers(new LocalStackInitializer())
                .run("--server.port=0", "--management.server.port=0",
                        "--archivist.enrich.input-topic=" + input,
                        "--archivist.enrich.output-topic=" + output,
                        "--spring.kafka.consumer.group-id=it-reenrich-" + run,
                        "--archivist.enrich.tables=" + tables);
    }

    private String article(String id, String ingestedAt, String edition) {
        return """
                {"schemaVersion":1,"id":"%s","source":"it","title":"A %s sample reaches the museum (%s)",
                 "paragraphs":["Curators said the %s sample, the %s edition of the story, came from a quarry in the \
                hills. The %s was cleaned, weighed and photographed before it went on show next to older finds \
                from the same valley, where farmers first saw it after the spring floods."],
                 "ingestedAt":"%s"}
                """.formatted(id, TERM, edition, TERM, edition, TERM, ingestedAt);
    }

    /** The last record per id, from the beginning of the enriched topic, once at least {@code count} arrived. */
    private Map<String, TopicProbe.Received> lastPerId(List<String> ids, int count) {
        List<TopicProbe.Received> records = count > 0 ? TopicProbe.read(output, count, Duration.ofSeconds(60))
                : TopicProbe.readKeys(output, ids, Duration.ofSeconds(60));
        Map<String, TopicProbe.Received> last = new LinkedHashMap<>();
        records.forEach(record -> last.put(record.key(), record));
        return last;
    }

    private List<String> codes(TopicProbe.Received record) {
        List<String> codes = new ArrayList<>();
        json.readTree(record.value()).get("categories").forEach(c -> codes.add(c.get("code").asString()));
        return codes;
    }

    private JsonNode awaitPass(HttpProbe admin) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        JsonNode status = json.readTree(admin.get("/actuator/reenrich").body());
        while (status.get("phase").asString().equals("RUNNING") && System.nanoTime() < deadline) {
            Thread.sleep(200);
            status = json.readTree(admin.get("/actuator/reenrich").body());
        }
        return status;
    }

}
