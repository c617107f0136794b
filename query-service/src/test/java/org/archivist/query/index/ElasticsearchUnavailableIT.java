package org.archivist.query.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.archivist.testing.HttpProbe;
import org.archivist.testing.LocalStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With Elasticsearch unreachable the service still starts, says it is not ready and why, and search answers 503. */
@ExtendWith(LocalStack.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.elasticsearch.uris=http://127.0.0.1:1",
        "archivist.query.topic=it-unavailable-${random.uuid}",
        "spring.kafka.consumer.group-id=it-unavailable-${random.uuid}" })
class ElasticsearchUnavailableIT {

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", LocalStack::kafka);
    }

    @LocalServerPort
    int port;

    @Test
    void readinessIsDownAndNamesElasticsearch() {
        HttpResponse<String> response = new HttpProbe(port).get("/actuator/health/readiness");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("\"elasticsearch\":{").contains("\"status\":\"DOWN\"");
    }

    @Test
    void searchAnswers503Problem() {
        HttpResponse<String> response = new HttpProbe(port).get("/api/search?q=anything");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("Search unavailable");
    }
}
