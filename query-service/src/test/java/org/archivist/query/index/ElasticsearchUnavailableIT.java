package org.archivist.query.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.archivist.testing.HttpProbe;
import org.archivist.query.QuerySettings;
import org.archivist.testing.LocalStack;
import org.archivist.testing.TopicProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With Elasticsearch unreachable the service still starts, says it is not ready and why, and search answers 503. */
@ExtendWith(LocalStack.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.elasticsearch.uris=http://127.0.0.1:1",
        "archivist.query.index-alias=it-unavailable" })
class ElasticsearchUnavailableIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", LocalStack::kafka);
        registry.add("archivist.query.topic", () -> "it-unavailable-" + RUN);
        registry.add("spring.kafka.consumer.group-id", () -> "it-unavailable-" + RUN);
    }

    @LocalServerPort
    int port;

    @Autowired
    QuerySettings settings;

    @Test
    void readinessIsDownAndNamesElasticsearch() {
        HttpResponse<String> response = new HttpProbe(port).get("/actuator/health/readiness");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("\"elasticsearch\":{").contains("\"status\":\"DOWN\"");
    }

    @Test
    void recordsWaitForElasticsearchInsteadOfBeingDeadLettered() {
        TopicProbe.send(settings.topic(), "waiting", IndexingIT.article("waiting", "Waits for the node",
                "2026-11-25T10:00:00Z"));

        // Per-record retries would dead-letter it within 3.5 s; an outage must only delay it.
        assertThat(TopicProbe.read(settings.topic() + ".DLT", 1, Duration.ofSeconds(12))).isEmpty();
    }

    @Test
    void reindexFailsAtOnceSayingWhyAndChangesNothing() {
        HttpResponse<String> response = new HttpProbe(port).post("/actuator/reindex", "application/json", "");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"phase\":\"FAILED\"")
                .contains("cannot read alias it-unavailable");
        assertThat(new HttpProbe(port).get("/actuator/reindex").body()).contains("\"running\":false");
    }

    @Test
    void searchAnswers503Problem() {
        HttpResponse<String> response = new HttpProbe(port).get("/api/search?q=anything");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("Search unavailable");
    }
}
