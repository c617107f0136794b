package org.archivist.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.archivist.testing.OfflineServiceTest;
import org.archivist.testing.OpenApiDocuments;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * query-service's OpenAPI documents as served: typed answers, parameters with their limits, the export's media types,
 * the search's timeline and cited-by counts, the index jobs of the management port. Kafka and Elasticsearch are closed local ports: documents need neither.
 */
@OfflineServiceTest
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
    void searchAndExportShareTheirParametersAndLimits() {
        OpenAPI api = OpenApiDocuments.fetch(port, "/v3/api-docs").api();
        Operation search = api.getPaths().get("/api/search").getGet();
        Operation export = api.getPaths().get("/api/export").getGet();

        for (Operation operation : new Operation[] { search, export }) {
            assertThat(parameter(operation, "q").getSchema().getMaxLength()).isEqualTo(1000);
            assertThat(parameter(operation, "category").getSchema().getMaxItems()).isEqualTo(50);
            assertThat(parameter(operation, "category").getSchema().getItems().getMaxLength()).isEqualTo(256);
            assertThat(parameter(operation, "from").getSchema().getFormat()).isEqualTo("date");
            assertThat(parameter(operation, "sort").getSchema().getEnum())
                    .containsExactly("relevance", "newest", "oldest");
        }
        assertThat(parameter(search, "size").getSchema().getMaximum()).isEqualByComparingTo(BigDecimal.valueOf(100));
    }

    @Test
    void searchIntervalIsOneOfFiveNames() {
        Operation search = OpenApiDocuments.fetch(port, "/v3/api-docs").api().getPaths().get("/api/search").getGet();

        assertThat(parameter(search, "interval").getSchema().getEnum())
                .containsExactly("auto", "day", "week", "month", "year");
    }

    @Test
    void everyHitCarriesItsCitedByCount() {
        Schema<?> hit = schema(OpenApiDocuments.fetch(port, "/v3/api-docs").api(), "Hit");

        assertThat(hit.getRequired()).contains("id", "citedByCount");
        Schema<?> count = hit.getProperties().get("citedByCount");
        assertThat(count.getType()).isEqualTo("integer");
        assertThat(count.getMinimum()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(count.getNullable()).isNull();
    }

    @Test
    void thePublishedAtFacetIsATimelineOfDatedBuckets() {
        OpenAPI api = OpenApiDocuments.fetch(port, "/v3/api-docs").api();

        Schema<?> facets = schema(api, "Facets");
        assertThat(facets.getRequired()).contains("publishedAt");
        assertThat(facets.getProperties().get("publishedAt").get$ref()).isEqualTo("#/components/schemas/DateFacet");
        Schema<?> timeline = schema(api, "DateFacet");
        assertThat(timeline.getRequired()).containsExactlyInAnyOrder("interval", "buckets");
        assertThat(timeline.getProperties().get("interval").getEnum()).containsExactly("day", "week", "month", "year");
        assertThat(timeline.getProperties().get("buckets").getItems().get$ref())
                .isEqualTo("#/components/schemas/DateBucket");
        Schema<?> bucket = schema(api, "DateBucket");
        assertThat(bucket.getRequired()).containsExactlyInAnyOrder("value", "from", "to", "count");
        assertThat(bucket.getProperties().get("from").getFormat()).isEqualTo("date");
        assertThat(bucket.getProperties().get("to").getFormat()).isEqualTo("date");
        assertThat(bucket.getProperties().get("count").getType()).isEqualTo("integer");
    }

    @Test
    void exportAnswersNdjsonOrCsvAsANamedDownload() {
        Operation export = OpenApiDocuments.fetch(port, "/v3/api-docs").api().getPaths().get("/api/export").getGet();

        ApiResponse ok = export.getResponses().get("200");
        assertThat(ok.getContent()).containsOnlyKeys("application/x-ndjson", "text/csv");
        assertThat(ok.getContent().get("application/x-ndjson").getSchema().get$ref())
                .isEqualTo("#/components/schemas/StoredArticle");
        assertThat(ok.getContent().get("text/csv").getSchema().getType()).isEqualTo("string");
        Header disposition = ok.getHeaders().get("Content-Disposition");
        assertThat(disposition.getRequired()).isTrue();
        assertThat("attachment; filename=\"archivist-export-20261203-141500.csv\"")
                .matches(disposition.getSchema().getPattern());
        assertThat(export.getResponses()).containsKeys("400", "503").doesNotContainKey("404");
        assertThat(export.getResponses().get("503").getHeaders()).containsKey("Retry-After");
        assertThat(parameter(export, "format").getSchema().getEnum()).containsExactly("ndjson", "csv", "citations");
        assertThat(export.getParameters()).extracting(Parameter::getName)
                .containsExactly("q", "category", "author", "place", "source", "from", "to", "sort", "format");
    }

    @Test
    void webSettingsNameTheIngestUrlOrNull() {
        OpenAPI api = OpenApiDocuments.fetch(port, "/v3/api-docs").api();

        assertThat(api.getPaths().get("/api/web-settings").getGet().getResponses().get("200").getContent()
                .get("application/json").getSchema().get$ref()).isEqualTo("#/components/schemas/WebSettings");
        Schema<?> settings = schema(api, "WebSettings");
        assertThat(settings.getRequired()).containsExactly("ingestUrl");
        assertThat(settings.getProperties().get("ingestUrl").getNullable()).isTrue();
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

    private static Schema<?> schema(OpenAPI api, String name) {
        return api.getComponents().getSchemas().get(name);
    }

    private static Parameter parameter(Operation operation, String name) {
        return operation.getParameters().stream().filter(parameter -> parameter.getName().equals(name)).findFirst()
                .orElseThrow();
    }
}
