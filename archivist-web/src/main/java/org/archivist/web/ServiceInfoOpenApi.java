package org.archivist.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

/**
 * Gives a service's OpenAPI document its own title, description and version, from the build (the module's name,
 * description and version, recorded by Boot's build-info), instead of springdoc's "OpenAPI definition v0"; the
 * management port's document (springdoc's {@code x-actuator} group) is titled as such.
 */
final class ServiceInfoOpenApi implements GlobalOpenApiCustomizer {

    private final String title;
    private final String description;
    private final String version;

    ServiceInfoOpenApi(String title, String description, String version) {
        this.title = title;
        this.description = description;
        this.version = version;
    }

    @Override
    public void customise(OpenAPI openApi) {
        boolean management = openApi.getPaths() != null && !openApi.getPaths().isEmpty()
                && openApi.getPaths().keySet().stream().allMatch(path -> path.startsWith("/actuator"));
        openApi.setInfo(new Info().title(management ? title + " (management port)" : title).version(version)
                .description((description == null ? "" : description + " ")
                        + "Errors are RFC 9457 problem details (application/problem+json). Writes need an API key "
                        + "(X-API-Key or a bearer token): docs/SECURITY.md."));
    }
}
