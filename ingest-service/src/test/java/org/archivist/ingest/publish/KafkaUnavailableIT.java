package org.archivist.ingest.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.archivist.testing.HttpProbe;
import org.archivist.testing.TestKeys;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * With no broker to talk to, a post is answered 503 with Retry-After within seconds, never 2xx.
 * The broker address is a closed local port, so this runs without the test stack.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.bootstrap-servers=127.0.0.1:1",
        "spring.kafka.producer.properties.max.block.ms=2000",
        "archivist.ingest.publish-timeout=2s" })
@ContextConfiguration(initializers = TestKeys.Initializer.class)
class KafkaUnavailableIT {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Test
    void answers503WithRetryAfterWhenKafkaIsDown() {
        HttpResponse<String> response = new HttpProbe(port, TestKeys.WRITER).post("/api/articles", "application/json",
                "{\"title\": \"Kept for later\", \"paragraphs\": [\"Nothing is lost.\"]}");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(response.body()).contains("Kafka unavailable");
    }

    @Test
    void openApiDocumentsBothEndpointsAndTheirProblems() {
        HttpResponse<String> response = new HttpProbe(port).get("/v3/api-docs");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("/api/articles", "/api/archives", "application/problem+json");
    }

    @Test
    void readinessIsDownWhenKafkaIsDown() {
        HttpResponse<String> response = new HttpProbe(managementPort, TestKeys.ADMIN).get("/actuator/health/readiness");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("\"kafka\":{").contains("\"status\":\"DOWN\"");
    }
}
