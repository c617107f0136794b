package org.archivist.query.index;

import java.util.List;

import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.archivist.web.ActuatorJobOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The index jobs in the management port's OpenAPI document (/v3/api-docs/x-actuator), typed as they answer. */
@Configuration(proxyBeanMethods = false)
class IndexJobsOpenApi {

    private static final String CONFLICT = "Another index job (a reindex or a rebuild, here or on another instance) "
            + "is running; the problem names it";

    @Bean
    ActuatorJobOpenApi reindexOpenApi() {
        return new ActuatorJobOpenApi("/actuator/reindex", ReindexStatus.class, "Copies the index into a new index "
                + "version with the current mapping, then moves the alias (docs/OPERATIONS.md). Answers at once; "
                + "GET follows it.", CONFLICT, List.of());
    }

    @Bean
    ActuatorJobOpenApi rebuildOpenApi() {
        return new ActuatorJobOpenApi("/actuator/rebuild", RebuildStatus.class, "Fills a new index version from "
                + "the enriched topic read from its beginning, then moves the alias (docs/OPERATIONS.md). Answers at "
                + "once; GET follows it.", CONFLICT, List.of(new Parameter().in("query").name("force")
                        .description("Move the alias even when the log yields fewer documents than the index holds")
                        .schema(new BooleanSchema()._default(false))));
    }
}
