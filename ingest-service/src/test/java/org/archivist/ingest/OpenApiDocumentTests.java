package org.archivist.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import org.archivist.testing.OfflineServiceTest;
import org.archivist.testing.OpenApiDocuments;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * ingest-service's OpenAPI documents as served: typed bodies, problems as sent. The broker address is a closed local
 * port: documents need no Kafka.
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
    void archivesTakeTextHtmlAndWarcAndAnswerWithTheResultOfEither() {
        Operation archives = OpenApiDocuments.fetch(port, "/v3/api-docs").api().getPaths().get("/api/archives")
                .getPost();

        assertThat(archives.getRequestBody().getContent()).containsOnlyKeys("text/plain", "text/html",
                "application/warc");
        assertThat(archives.getRequestBody().getContent().get("application/warc").getSchema().getFormat())
                .isEqualTo("binary");
        assertThat(archives.getParameters()).extracting(parameter -> parameter.getName())
                .containsExactly("source", "url", "dryRun");
        assertThat(archives.getResponses().get("202").getContent().get("application/json").getSchema().getOneOf())
                .extracting(schema -> ((Schema<?>) schema).get$ref()).containsExactly("#/components/schemas/ArchiveResult",
                        "#/components/schemas/WarcResult");
        assertThat(archives.getResponses()).containsKeys("400", "401", "403", "413", "415", "422", "429", "503");
    }

    @Test
    void articlesTakeOneTypedArticleOrAnArrayOfThem() {
        OpenApiDocuments.Served served = OpenApiDocuments.fetch(port, "/v3/api-docs");
        Operation articles = served.api().getPaths().get("/api/articles").getPost();

        Schema<?> body = articles.getRequestBody().getContent().get("application/json").getSchema();
        assertThat(body.getOneOf()).hasSize(2);
        assertThat(body.getOneOf().get(0).get$ref()).isEqualTo("#/components/schemas/ArticleDraft");
        assertThat(body.getOneOf().get(1).getItems().get$ref()).isEqualTo("#/components/schemas/ArticleDraft");
        assertThat(served.api().getComponents().getSchemas().get("ArticleDraft").getProperties())
                .containsKeys("title", "paragraphs", "footnotes", "publishedAt", "url");
        assertThat(articles.getResponses().get("202").getContent().get("application/json").getSchema().get$ref())
                .isEqualTo("#/components/schemas/Accepted");
        assertThat(served.api().getComponents().getSchemas().get("Accepted").getProperties()).containsOnlyKeys(
                "accepted");
    }
}
