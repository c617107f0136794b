package org.archivist.query.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.archivist.query.scaling.PipelineRun;
import org.archivist.testing.HttpProbe;
import org.archivist.testing.ServiceProcess;
import org.archivist.testing.ServiceProcess.Launch;
import org.archivist.testing.TestKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The three services as processes, and one article posted to ingest and followed to the index: its trace id comes
 * back in the {@code 202}'s {@code traceparent} and is in the logs of all three services; each service's
 * {@code /actuator/prometheus} (admin key) shows the pipeline's counters with the values one article gives; and every
 * metric the Grafana dashboard in docs/observability charts is among what the services serve.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ObservabilityIT {

    private static final Path DASHBOARD = Path.of("..", "docs", "observability", "grafana-dashboard.json");
    /** A metric name in a PromQL expression: the project's, Kafka's, HTTP's, the JVM's and the process's prefixes. */
    private static final Pattern METRIC = Pattern.compile("\\b((?:archivist|kafka|http|jvm|process)_[a-z0-9_]+)\\b");
    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-0[01]");

    private final JsonMapper json = JsonMapper.builder().build();
    private final PipelineRun pipeline = PipelineRun.named("observe");
    private List<ServiceProcess> services = List.of();
    private HttpResponse<String> accepted;

    @BeforeAll
    void postOneArticle() throws Exception {
        // The listeners log each record at debug level, inside the record's trace.
        services = ServiceProcess.startAll(List.of(pipeline.ingest(),
                withSetting(pipeline.enrich(), "--logging.level.org.archivist.enrich.article.EnrichListener=debug"),
                withSetting(pipeline.query(), "--logging.level.org.archivist.query.index.EnrichedArticleListener=debug")));
        accepted = new HttpProbe(services.get(0).port(), TestKeys.WRITER).post("/api/articles", "application/json", """
                {"title": "Counting one article", "source": "observe-it",
                 "paragraphs": ["One article, counted once by each service on its way to the index."]}""");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String id = json.readTree(accepted.body()).get("accepted").get(0).get("id").asString();
        HttpProbe query = new HttpProbe(services.get(2).port());
        await().atMost(Duration.ofSeconds(60)).until(() -> query.get("/api/articles/" + id).statusCode() == 200);
    }

    @AfterAll
    void stop() throws InterruptedException {
        for (ServiceProcess service : services) {
            service.close();
        }
    }

    private static Launch withSetting(Launch launch, String setting) {
        List<String> settings = new ArrayList<>(launch.settings());
        settings.add(setting);
        return new Launch(launch.service(), settings.toArray(String[]::new));
    }

    @Test
    void theArticlesTraceIdIsInThe202AndInTheLogsOfAllThreeServices() {
        Matcher traceparent = TRACEPARENT.matcher(accepted.headers().firstValue("traceparent").orElse(""));
        assertThat(traceparent.matches()).as("traceparent %s", accepted.headers().firstValue("traceparent"))
                .isTrue();
        String traceId = traceparent.group(1);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            for (ServiceProcess service : services) {
                assertThat(Files.readString(service.log())).as("the log of %s", service.log()).contains(traceId);
            }
        });
    }

    @Test
    void eachServiceCountsTheArticle() {
        Map<String, Double> ingest = scrape(services.get(0));
        Map<String, Double> enrich = scrape(services.get(1));
        Map<String, Double> indexed = await().atMost(Duration.ofSeconds(10))
                .until(() -> scrape(services.get(2)), samples -> samples.containsKey(
                        "archivist_articles_freshness_seconds_count"));

        assertThat(ingest).containsEntry("archivist_articles_accepted_total{endpoint=\"articles\"}", 1.0)
                .containsEntry("archivist_articles_accepted_total{endpoint=\"warc\"}", 0.0)
                .containsEntry("archivist_articles_published_total{topic=\"" + pipeline.ingested() + "\"}", 1.0);
        assertThat(enrich).containsEntry("archivist_articles_enriched_total", 1.0)
                .containsEntry("archivist_articles_deletions_forwarded_total", 0.0);
        assertThat(indexed).containsEntry("archivist_articles_indexed_total", 1.0)
                .containsEntry("archivist_articles_superseded_total", 0.0)
                .containsEntry("archivist_articles_freshness_seconds_count", 1.0)
                .containsEntry("archivist_index_bulk_failures_total{kind=\"rejected\"}", 0.0);
    }

    @Test
    void theDashboardChartsOnlyMetricsTheServicesServe() throws IOException {
        Set<String> charted = chartedMetrics();
        assertThat(charted).hasSizeGreaterThan(10);
        // A dead letter's counter exists once there is one: the dashboard may chart it before that.
        charted.remove("archivist_articles_dead_lettered_total");
        // Micrometer binds a Kafka consumer's per-partition metrics (the lag) when it next looks for new ones,
        // up to a minute after the first fetch.
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            Set<String> served = new TreeSet<>();
            for (ServiceProcess service : services) {
                scrape(service).keySet().forEach(sample -> served.add(sample.replaceAll("\\{.*", "")));
            }
            assertThat(served).containsAll(charted);
        });
    }

    /** The metric names in the dashboard's queries. */
    private Set<String> chartedMetrics() throws IOException {
        JsonNode dashboard = json.readTree(Files.readString(DASHBOARD));
        Set<String> metrics = new TreeSet<>();
        for (JsonNode panel : dashboard.get("panels")) {
            for (JsonNode target : panel.get("targets")) {
                Matcher metric = METRIC.matcher(target.get("expr").asString());
                while (metric.find()) {
                    metrics.add(metric.group(1));
                }
            }
        }
        return metrics;
    }

    /** Each sample of {@code /actuator/prometheus}, keyed by its name and labels as written. */
    private static Map<String, Double> scrape(ServiceProcess service) {
        HttpResponse<String> response = new HttpProbe(service.managementPort(), TestKeys.ADMIN).get(
                "/actuator/prometheus");
        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, Double> samples = new HashMap<>();
        for (String line : response.body().split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            samples.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
        }
        return samples;
    }
}
