package org.archivist.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.junit.jupiter.api.Test;

class ProblemOpenApiTests {

    private static OpenAPI documentAnswering(String status, Content content) {
        return new OpenAPI().paths(new Paths().addPathItem("/api/things", new PathItem().post(new Operation()
                .responses(new ApiResponses().addApiResponse(status, new ApiResponse().description("x")
                        .content(content))))));
    }

    private static ApiResponse answer(OpenAPI openApi, String status) {
        return openApi.getPaths().get("/api/things").getPost().getResponses().get(status);
    }

    @Test
    void errorAnswersAreTheSharedProblemWithItsExtensionsAtTheTopLevel() {
        OpenAPI openApi = documentAnswering("400", new Content().addMediaType("application/problem+json",
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/ProblemDetail"))));
        openApi.components(new io.swagger.v3.oas.models.Components().addSchemas("ProblemDetail", new ObjectSchema()));

        new ProblemOpenApi().customise(openApi);

        assertThat(answer(openApi, "400").getContent()).containsOnlyKeys("application/problem+json");
        assertThat(answer(openApi, "400").getContent().get("application/problem+json").getSchema().get$ref())
                .isEqualTo("#/components/schemas/Problem");
        Schema<?> problem = openApi.getComponents().getSchemas().get("Problem");
        assertThat(problem.getProperties()).containsKeys("type", "title", "status", "detail", "instance", "errors",
                "parameter", "byteOffset", "limitBytes", "skipped", "outcome").doesNotContainKey("properties");
        assertThat(openApi.getComponents().getSchemas()).doesNotContainKey("ProblemDetail")
                .containsKeys("FieldError", "SkippedBlock");
    }

    @Test
    void unavailableAndTooManyRequestsCarryARequiredRetryAfter() {
        OpenAPI openApi = documentAnswering("503", null);

        new ProblemOpenApi().customise(openApi);

        assertThat(answer(openApi, "503").getHeaders().get("Retry-After").getRequired()).isTrue();
        assertThat(answer(openApi, "503").getContent()).containsOnlyKeys("application/problem+json");
    }

    @Test
    void anyMediaTypeBecomesJson() {
        OpenAPI openApi = documentAnswering("202", new Content().addMediaType("*/*", new MediaType()
                .schema(new Schema<>().$ref("#/components/schemas/Accepted"))));

        new ProblemOpenApi().customise(openApi);

        assertThat(answer(openApi, "202").getContent()).containsOnlyKeys("application/json");
        assertThat(answer(openApi, "202").getContent().get("application/json").getSchema().get$ref())
                .endsWith("/Accepted");
    }

    @Test
    void anEndpointsOwnErrorBodyIsKept() {
        Content health = new Content().addMediaType("application/vnd.spring-boot.actuator.v3+json",
                new MediaType().schema(new ObjectSchema()));
        OpenAPI openApi = documentAnswering("503", health);

        new ProblemOpenApi().customise(openApi);

        assertThat(answer(openApi, "503").getContent()).containsOnlyKeys("application/vnd.spring-boot.actuator.v3+json");
        assertThat(answer(openApi, "503").getHeaders()).isNull();
    }
}
