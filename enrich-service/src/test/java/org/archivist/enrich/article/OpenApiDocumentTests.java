package org.archivist.enrich.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import org.archivist.testing.OfflineServiceTest;
import org.archivist.testing.OpenApiDocuments;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** enrich-service's OpenAPI documents as served: the preview and the re-enrichment pass. No Kafka needed. */
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
    void thePreviewTakesAnArticleAndAnswersAnEnrichedArticle() {
        OpenAPI api = OpenApiDocuments.fetch(port, "/v3/api-docs").api();
        Operation preview = api.getPaths().get("/api/enrich/preview").getPost();

        assertThat(api.getInfo().getTitle()).isEqualTo("Archivist enrich-service");
        assertThat(preview.getRequestBody().getContent().get("application/json").getSchema().get$ref())
                .isEqualTo("#/components/schemas/Article");
        assertThat(preview.getResponses().get("200").getContent().get("application/json").getSchema().get$ref())
                .isEqualTo("#/components/schemas/EnrichedArticle");
        assertThat(preview.getResponses()).containsKeys("400", "401", "403", "413", "415", "429");
        assertThat(api.getComponents().getSchemas().get("EnrichedArticle").getProperties())
                .containsKeys("categories", "places", "footnoteLinks", "unmatchedMarkers", "enrichedAt");
    }

    @Test
    void theReenrichmentPassIsTypedOnTheManagementPort() {
        Operation start = OpenApiDocuments.fetch(port, "/v3/api-docs/x-actuator").api().getPaths()
                .get("/actuator/reenrich").getPost();

        assertThat(start.getResponses()).containsKeys("200", "409");
        assertThat(start.getResponses().get("200").getContent().get("application/json").getSchema().get$ref())
                .isEqualTo("#/components/schemas/ReenrichStatus");
    }
}
