package org.archivist.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

/**
 * Corrects what springdoc guesses of Boot's own management endpoints: the Prometheus scrape is text, not a JSON
 * object, and health answers 503 (with the same body) when the service is down or out of service.
 */
final class ManagementOpenApi implements GlobalOpenApiCustomizer {

    private final String actuatorPath;

    ManagementOpenApi(String actuatorPath) {
        this.actuatorPath = actuatorPath;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        PathItem prometheus = openApi.getPaths().get(actuatorPath + "/prometheus");
        if (prometheus != null && prometheus.getGet() != null) {
            prometheus.getGet().getResponses().addApiResponse("200", new ApiResponse()
                    .description("The metrics in the Prometheus text format (OpenMetrics when asked for)")
                    .content(new Content()
                            .addMediaType("text/plain", new MediaType().schema(new StringSchema()))
                            .addMediaType("application/openmetrics-text", new MediaType().schema(new StringSchema()))));
        }
        PathItem health = openApi.getPaths().get(actuatorPath + "/health");
        if (health != null && health.getGet() != null && health.getGet().getResponses().get("200") != null) {
            ApiResponse up = health.getGet().getResponses().get("200").description("UP");
            health.getGet().getResponses().addApiResponse("503", new ApiResponse()
                    .description("DOWN or OUT_OF_SERVICE").content(up.getContent()));
        }
    }
}
