package org.archivist.web;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

/**
 * Describes the keys in a service's OpenAPI documents (the API's and the management port's): the two ways to send
 * one, required on every operation that needs one (writes; reads too with {@code archivist.security.public-read=false};
 * every management endpoint but health and info), with the refusals that follow (401, 403); the 401 of an unknown
 * key, which every operation may answer; and the 429 any request may meet once its key's write budget or its address's failed attempts are spent. Swagger UI's "Authorize" then
 * sends the key with "Try it out".
 */
final class ApiKeyOpenApi implements GlobalOpenApiCustomizer {

    static final String API_KEY = "apiKey";
    static final String BEARER = "bearer";

    private final boolean publicRead;
    private final String actuatorPath;

    /**
     * @param publicRead   whether reads are open ({@code archivist.security.public-read})
     * @param actuatorPath where the management endpoints are ({@code management.endpoints.web.base-path})
     */
    ApiKeyOpenApi(boolean publicRead, String actuatorPath) {
        this.publicRead = publicRead;
        this.actuatorPath = actuatorPath;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        openApi.getComponents()
                .addSecuritySchemes(API_KEY, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.HEADER).name(ApiKeyCredentials.HEADER)
                        .description("An Archivist API key: writer for writes, admin for deletes and management "
                                + "(docs/SECURITY.md)"))
                .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("The same key as a bearer token"));
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            if (operation.getResponses() == null) {
                operation.setResponses(new ApiResponses());
            }
            if (needsKey(path, method)) {
                operation.setSecurity(List.of(new SecurityRequirement().addList(API_KEY),
                        new SecurityRequirement().addList(BEARER)));
                respond(operation, "401", "No API key, or one this service does not know");
                respond(operation, "403", "The key's role may not do this: writes need writer, deletes and "
                        + "management need admin" + (publicRead ? "" : ", reads need reader"));
            }
            // A key this service does not know is refused everywhere, also where none is needed.
            respond(operation, "401", "The API key sent is not one this service knows");
            respond(operation, "429", "Too many requests: the key's write budget or this address's failed attempts "
                    + "are spent (archivist.security.writes, failed-attempts)");
        }));
    }

    private boolean needsKey(String path, PathItem.HttpMethod method) {
        if (path.equals(actuatorPath) || path.startsWith(actuatorPath + "/")) {
            // Health (status only) and info are open, like the management port's security chain has them.
            return !path.startsWith(actuatorPath + "/health") && !path.equals(actuatorPath + "/info");
        }
        return method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD || !publicRead;
    }

    private static void respond(Operation operation, String status, String description) {
        if (!operation.getResponses().containsKey(status)) {
            operation.getResponses().addApiResponse(status, new ApiResponse().description(description));
        }
    }
}
