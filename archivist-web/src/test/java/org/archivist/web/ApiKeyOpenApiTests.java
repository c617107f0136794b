package org.archivist.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.junit.jupiter.api.Test;

class ApiKeyOpenApiTests {

    @Test
    void writesRequireAKeyInEitherHeaderAndReadsStayOpen() {
        OpenAPI openApi = new OpenAPI().paths(new Paths()
                .addPathItem("/api/articles", new PathItem().post(new Operation()).get(new Operation()))
                .addPathItem("/api/notes/{id}", new PathItem().delete(new Operation())));

        new ApiKeyOpenApi().customise(openApi);

        SecurityScheme apiKey = openApi.getComponents().getSecuritySchemes().get("apiKey");
        assertThat(apiKey.getType()).isEqualTo(SecurityScheme.Type.APIKEY);
        assertThat(apiKey.getIn()).isEqualTo(SecurityScheme.In.HEADER);
        assertThat(apiKey.getName()).isEqualTo("X-API-Key");
        assertThat(openApi.getComponents().getSecuritySchemes().get("bearer").getScheme()).isEqualTo("bearer");
        PathItem articles = openApi.getPaths().get("/api/articles");
        assertThat(articles.getPost().getSecurity()).hasSize(2)
                .anySatisfy(requirement -> assertThat(requirement).containsKey("apiKey"))
                .anySatisfy(requirement -> assertThat(requirement).containsKey("bearer"));
        assertThat(articles.getGet().getSecurity()).isNull();
        assertThat(openApi.getPaths().get("/api/notes/{id}").getDelete().getSecurity()).hasSize(2);
    }

    @Test
    void aDocumentWithoutPathsStillGetsTheSchemes() {
        OpenAPI openApi = new OpenAPI();

        new ApiKeyOpenApi().customise(openApi);

        assertThat(openApi.getComponents().getSecuritySchemes()).containsOnlyKeys("apiKey", "bearer");
    }
}
