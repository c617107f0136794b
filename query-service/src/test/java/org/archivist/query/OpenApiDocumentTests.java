package org.archivist.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.archivist.testing.OpenApiDocuments;
import org.archivist.testing.TestKeys;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * query-service's OpenAPI documents as served: typed answers, parameters with their limits, the index jobs of the
 * management port. Kafka and Elasticsearch are closed local ports: documents need neither.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.bootstrap-servers=127.0.0.1:1", "spring.kafka.listener.auto-startup=false",
        "spring.elasticsearch.uris=http://127.0.0.1:1" })
@ContextConfiguration(initializers = TestKeys.Initializer.class)
class OpenApiDocumentTests {

    @LocalServerPort
    int port;

    @Test
    void everyAnswerIsTypedAsSentInBothDocuments() {
        OpenApiDocuments.fetch(port, "/v3/api-docs").keepsTheSharedRules();
        OpenApiDocuments.fetch(port, "/v3/api-docs/x-actuator").keepsTheSharedRules();
    }

    @Test
    void citedBySizeIsAWholeNumberFromOneTo500() {
        Parameter size = parameter(OpenApiDocuments.fetch(port, "/v3/api-docs").api()
                .getPaths().get("/api/articles/{id}/cited-by").getGet(), "size");

        assertThat(size.getSchema().getType()).isEqualTo("integer");
        assertThat(size.getSchema().getMinimum()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(size.getSchema().getMaximum()).isEqualByComparingTo(BigDecimal.valueOf(500));
    }

    @Test
    void searchParametersCarryTheirLimits() {
        Operation search = OpenApiDocuments.fetch(port, "/v3/api-docs").api().getPaths().get("/api/search").getGet();

        assertThat(parameter(search, "q").getSchema().getMaxLength()).isEqualTo(1000);
        assertThat(parameter(search, "category").getSchema().getMaxItems()).isEqualTo(50);
        assertThat(parameter(search, "category").getSchema().getItems().getMaxLength()).isEqualTo(256);
        assertThat(parameter(search, "from").getSchema().getFormat()).isEqualTo("date");
        assertThat(parameter(search, "sort").getSchema().getEnum()).containsExactly("relevance", "newest", "oldest");
        assertThat(parameter(search, "size").getSchema().getMaximum()).isEqualByComparingTo(BigDecimal.valueOf(100));
    }

    @Test
    void aStoredArticleIsTypedWithItsEnrichmentAndIndexedAt() {
        OpenAPI api = OpenApiDocuments.fetch(port, "/v3/api-docs").api();

        assertThat(api.getPaths().get("/api/articles/{id}").getGet().getResponses().get("200").getContent()
                .get("application/json").getSchema().get$ref()).isEqualTo("#/components/schemas/StoredArticle");
        assertThat(api.getComponents().getSchemas().get("StoredArticle").getProperties())
                .containsKeys("id", "title", "categories", "places", "footnoteLinks", "indexedAt")
                .doesNotContainKeys("citationTargets", "deletedAt");
    }

    @Test
    void theIndexJobsAreTypedOnTheManagementPort() {
        OpenAPI api = OpenApiDocuments.fetch(port, "/v3/api-docs/x-actuator").api();

        Operation reindex = api.getPaths().get("/actuator/reindex").getPost();
        assertThat(reindex.getResponses()).containsKeys("200", "401", "403", "409").doesNotContainKey("204");
        assertThat(reindex.getResponses().get("200").getContent().get("application/json").getSchema().get$ref())
                .isEqualTo("#/components/schemas/ReindexStatus");
        assertThat(parameter(api.getPaths().get("/actuator/rebuild").getPost(), "force").getSchema().getType())
                .isEqualTo("boolean");
        assertThat(api.getComponents().getSchemas().get("RebuildStatus").getProperties())
                .containsKeys("phase", "running", "summary", "lag");
    }

    private static Parameter parameter(Operation operation, String name) {
        return operation.getParameters().stream().filter(parameter -> parameter.getName().equals(name)).findFirst()
                .orElseThrow();
    }
}
