package org.archivist.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.junit.jupiter.api.Test;

class ServiceInfoOpenApiTests {

    @Test
    void theDocumentIsTitledAndVersionedByTheService() {
        OpenAPI openApi = new OpenAPI().info(new Info().title("OpenAPI definition").version("v0"));

        new ServiceInfoOpenApi("Archivist ingest-service", "Takes articles over HTTP.", "0.1.0-SNAPSHOT")
                .customise(openApi);

        assertThat(openApi.getInfo().getTitle()).isEqualTo("Archivist ingest-service");
        assertThat(openApi.getInfo().getVersion()).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(openApi.getInfo().getDescription()).startsWith("Takes articles over HTTP. Errors are RFC 9457");
    }
}
