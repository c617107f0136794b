package org.archivist.web;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Describes the keys in a service's OpenAPI document: the two ways to send one, required on every operation
 * that is not a read. Swagger UI's "Authorize" then sends the key with "Try it out".
 */
final class ApiKeyOpenApi implements OpenApiCustomizer {

    static final String API_KEY = "apiKey";
    static final String BEARER = "bearer";

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        openApi.getComponents()
                .addSecuritySchemes(API_KEY, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.HEADER).name(ApiKeyCredentials.HEADER)
                        .description("An Archivist API key: writer for writes, admin for deletes (docs/SECURITY.md)"))
                .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("The same key as a bearer token"));
        if (openApi.getPaths() == null) {
            return;
        }
        for (PathItem path : openApi.getPaths().values()) {
            for (Operation write : writes(path)) {
                write.setSecurity(List.of(new SecurityRequirement().addList(API_KEY),
                        new SecurityRequirement().addList(BEARER)));
            }
        }
    }

    private static List<Operation> writes(PathItem path) {
        return Stream.of(path.getPost(), path.getPut(), path.getPatch(), path.getDelete())
                .filter(Objects::nonNull).toList();
    }
}
