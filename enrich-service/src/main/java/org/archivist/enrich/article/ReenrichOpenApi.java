package org.archivist.enrich.article;

import java.util.List;

import org.archivist.web.ActuatorJobOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The re-enrichment pass in the management port's OpenAPI document (/v3/api-docs/x-actuator), typed as it answers. */
@Configuration(proxyBeanMethods = false)
class ReenrichOpenApi {

    @Bean
    ActuatorJobOpenApi reenrichEndpointOpenApi() {
        return new ActuatorJobOpenApi("/actuator/reenrich", ReenrichStatus.class, "Reads the ingested topic from its "
                + "beginning (the partitions this instance's listener holds) and publishes every article again with "
                + "the current enrichment (docs/OPERATIONS.md). Answers at once; GET follows it.",
                "A pass is running on this instance already", List.of());
    }
}
