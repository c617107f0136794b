package org.archivist.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

/**
 * Documents a management endpoint that runs a job ({@code /actuator/reindex}, {@code rebuild}, {@code reenrich}) as
 * it answers: {@code GET} its status, {@code POST} starts it and answers the status, or 409 with a problem when
 * another job runs. springdoc alone lists such an endpoint untyped, with a 204 it never sends. The answers are in
 * the actuator's media types, the 409 problem too (the actuator writes it, not Spring MVC).
 */
public final class ActuatorJobOpenApi implements GlobalOpenApiCustomizer {

    /** What the actuator answers with, by the client's Accept header (none: the first). */
    private static final List<String> ACTUATOR_TYPES = List.of("application/vnd.spring-boot.actuator.v3+json",
            "application/vnd.spring-boot.actuator.v2+json", "application/json");

    private final String path;
    private final Class<?> status;
    private final String description;
    private final String conflict;
    private final List<Parameter> parameters;

    /**
     * @param path        the endpoint's path, e.g. {@code /actuator/reindex}
     * @param status      the record its answers hold
     * @param description what the job does, for the POST operation
     * @param conflict    when it answers 409
     * @param parameters  the POST operation's query parameters
     */
    public ActuatorJobOpenApi(String path, Class<?> status, String description, String conflict,
            List<Parameter> parameters) {
        this.path = path;
        this.status = status;
        this.description = description;
        this.conflict = conflict;
        this.parameters = List.copyOf(parameters);
    }

    @Override
    public void customise(OpenAPI openApi) {
        PathItem item = openApi.getPaths() == null ? null : openApi.getPaths().get(path);
        if (item == null) {
            return;
        }
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        Map<String, Schema> models = ModelConverters.getInstance().readAll(status);
        models.forEach(openApi.getComponents()::addSchemas);
        String ref = "#/components/schemas/" + status.getSimpleName();
        if (item.getGet() != null) {
            responses(item.getGet().summary("Where the last " + name() + " stands"))
                    .addApiResponse("200", answer("Its status", ref));
        }
        if (item.getPost() != null) {
            Operation post = item.getPost().summary("Start a " + name()).description(description).requestBody(null)
                    .parameters(parameters.isEmpty() ? null : parameters);
            responses(post).addApiResponse("200", answer("Started, or the one running: its status", ref))
                    .addApiResponse("409", answer(conflict, ProblemOpenApi.PROBLEM_REF));
        }
    }

    /** The operation's responses without springdoc's guesses (204, 400), keeping what other customizers added. */
    private static ApiResponses responses(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        operation.getResponses().keySet().removeAll(List.of("200", "204", "400"));
        return operation.getResponses();
    }

    private String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static ApiResponse answer(String description, String ref) {
        Content content = new Content();
        ACTUATOR_TYPES.forEach(type -> content.addMediaType(type, new MediaType().schema(new Schema<>().$ref(ref))));
        return new ApiResponse().description(description).content(content);
    }
}
