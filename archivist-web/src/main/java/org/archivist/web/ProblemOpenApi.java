package org.archivist.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;

/**
 * Makes every answer in a service's OpenAPI document say what is really sent: each error response (4xx, 5xx) is
 * {@code application/problem+json} with the one shared {@link Problem} schema (extension fields at the top level,
 * not under {@code properties} as springdoc's own {@code ProblemDetail} schema has them), 429 and 503 carry a
 * {@code Retry-After} header, and bodies springdoc lists under {@code *}{@code /*} are {@code application/json}, which
 * is what the controllers write; an operation that takes a body may answer 413 and 415; a {@code HEAD} answer has headers only. Runs after every other customizer, so the responses they add are covered too.
 */
final class ProblemOpenApi implements GlobalOpenApiCustomizer, Ordered {

    static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String ANY = "*/*";
    private static final String JSON = org.springframework.http.MediaType.APPLICATION_JSON_VALUE;

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        if (schemas == null) {
            schemas = new LinkedHashMap<>();
            openApi.getComponents().setSchemas(schemas);
        }
        schemas.remove("ProblemDetail");
        ModelConverters.getInstance().readAll(Problem.class).forEach(schemas::putIfAbsent);
        if (openApi.getPaths() == null) {
            return;
        }
        for (PathItem path : openApi.getPaths().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.readOperationsMap().entrySet()) {
                Operation operation = entry.getValue();
                if (operation.getResponses() == null) {
                    continue;
                }
                if (operation.getRequestBody() != null) {
                    // Every body goes through the size limit (BodySizeLimitFilter) and Spring MVC's media type check.
                    operation.getResponses().computeIfAbsent("413", status -> new ApiResponse()
                            .description("Body over the size limit (limitBytes)"));
                    operation.getResponses().computeIfAbsent("415", status -> new ApiResponse()
                            .description("Content-Type not one of the request body's (accepted, where listed)"));
                }
                operation.getResponses().forEach(ProblemOpenApi::describe);
                if (entry.getKey() == PathItem.HttpMethod.HEAD) {
                    // A HEAD answer has no body (RFC 9110), a problem's included: its headers stay.
                    operation.getResponses().values().forEach(response -> response.setContent(null));
                }
            }
        }
    }

    private static void describe(String status, ApiResponse response) {
        int code = status.matches("\\d{3}") ? Integer.parseInt(status) : 0;
        if (code >= 400 && isProblem(response.getContent())) {
            response.setContent(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref(
                    PROBLEM_REF))));
            if (code == 429 || code == 503) {
                response.addHeaderObject(HttpHeaders.RETRY_AFTER, new Header().required(true)
                        .description("Seconds to wait before trying again")
                        .schema(new IntegerSchema().format("int64").minimum(BigDecimal.ONE)));
            }
        } else if (response.getContent() != null && response.getContent().containsKey(ANY)) {
            Content content = new Content();
            response.getContent().forEach((type, media) -> content.addMediaType(ANY.equals(type) ? JSON : type, media));
            response.setContent(content);
        }
    }

    /** No body described yet, or one springdoc described as a problem: not an endpoint's own error body (health's). */
    private static boolean isProblem(Content content) {
        return content == null || content.isEmpty() || content.keySet().stream()
                .allMatch(type -> type.equals(PROBLEM_JSON) || type.equals(ANY) || type.equals(JSON));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
