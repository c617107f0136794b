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

        new ApiKeyOpenApi(true, "/actuator").customise(openApi);

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
    void operationsThatNeedAKeyListTheRefusalsAndEveryOperationTheRateLimit() {
        OpenAPI openApi = new OpenAPI().paths(new Paths()
                .addPathItem("/api/articles", new PathItem().post(new Operation()).get(new Operation())));

        new ApiKeyOpenApi(true, "/actuator").customise(openApi);

        PathItem articles = openApi.getPaths().get("/api/articles");
        assertThat(articles.getPost().getResponses()).containsKeys("401", "403", "429");
        assertThat(articles.getGet().getResponses()).containsOnlyKeys("401", "429");
    }

    @Test
    void privateReadsNeedAKeyToo() {
        OpenAPI openApi = new OpenAPI().paths(new Paths().addPathItem("/api/search", new PathItem().get(new Operation())));

        new ApiKeyOpenApi(false, "/actuator").customise(openApi);

        Operation search = openApi.getPaths().get("/api/search").getGet();
        assertThat(search.getSecurity()).hasSize(2);
        assertThat(search.getResponses()).containsKeys("401", "403");
    }

    @Test
    void managementEndpointsNeedTheAdminKeyButHealthAndInfo() {
        OpenAPI openApi = new OpenAPI().paths(new Paths()
                .addPathItem("/actuator/reindex", new PathItem().get(new Operation()))
                .addPathItem("/actuator/health", new PathItem().get(new Operation()))
                .addPathItem("/actuator/info", new PathItem().get(new Operation())));

        new ApiKeyOpenApi(true, "/actuator").customise(openApi);

        assertThat(openApi.getPaths().get("/actuator/reindex").getGet().getResponses()).containsKeys("401", "403");
        assertThat(openApi.getPaths().get("/actuator/health").getGet().getSecurity()).isNull();
        assertThat(openApi.getPaths().get("/actuator/info").getGet().getResponses()).doesNotContainKey("403");
    }

    @Test
    void aDocumentWithoutPathsStillGetsTheSchemes() {
        OpenAPI openApi = new OpenAPI();

        new ApiKeyOpenApi(true, "/actuator").customise(openApi);

        assertThat(openApi.getComponents().getSecuritySchemes()).containsOnlyKeys("apiKey", "bearer");
    }
}
