package org.archivist.web;

import java.util.Map;
import java.util.stream.Collectors;

import io.micrometer.tracing.Tracer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.audit.AuditEventRepository;
import org.springframework.boot.actuate.autoconfigure.audit.AuditAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * The body limit of every service (a filter ahead of everything that reads a body, and the advice that answers
 * a body found too large while it was read) and the audit trail. Also part of {@code @WebMvcTest} slices, so
 * controller tests see the limit as clients do.
 */
@AutoConfiguration(before = AuditAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecuritySettings.class)
public class ArchivistWebAutoConfiguration {

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(SecuritySettings settings) {
        FilterRegistrationBean<BodySizeLimitFilter> registration =
                new FilterRegistrationBean<>(new BodySizeLimitFilter(settings.maxBodySize().toBytes(),
                        settings.maxBodySizeByType().entrySet().stream().collect(Collectors.toMap(
                                Map.Entry::getKey, entry -> entry.getValue().toBytes()))));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** After the server's observation filter (which opens the span), ahead of everything that may answer early. */
    @Bean
    FilterRegistrationBean<TraceparentHeader> traceparentHeader(ObjectProvider<Tracer> tracer) {
        FilterRegistrationBean<TraceparentHeader> registration = new FilterRegistrationBean<>(
                new TraceparentHeader(tracer));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    @Bean
    BodyLimitProblems bodyLimitProblems() {
        return new BodyLimitProblems();
    }

    @Bean
    AuditTrail auditTrail(ApplicationEventPublisher events) {
        return new AuditTrail(events);
    }

    @Bean
    @ConditionalOnMissingBean
    AuditEventRepository auditEventRepository() {
        return new LoggingAuditEventRepository();
    }

    /** For the services that publish an OpenAPI document (springdoc on the classpath): what every one of them says. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springdoc.core.customizers.OpenApiCustomizer")
    static class OpenApiDocument {

        @Bean
        ApiKeyOpenApi apiKeyOpenApi(SecuritySettings settings, Environment environment) {
            return new ApiKeyOpenApi(settings.publicRead(),
                    environment.getProperty("management.endpoints.web.base-path", "/actuator"));
        }

        @Bean
        ManagementOpenApi managementOpenApi(Environment environment) {
            return new ManagementOpenApi(environment.getProperty("management.endpoints.web.base-path", "/actuator"));
        }

        @Bean
        ProblemOpenApi problemOpenApi() {
            return new ProblemOpenApi();
        }

        @Bean
        NullableProperties nullableProperties() {
            return new NullableProperties();
        }

        @Bean
        ServiceInfoOpenApi serviceInfoOpenApi(ObjectProvider<BuildProperties> build, Environment environment) {
            BuildProperties properties = build.getIfAvailable();
            String name = environment.getProperty("spring.application.name", "Archivist service");
            return properties == null ? new ServiceInfoOpenApi(name, null, "unknown")
                    : new ServiceInfoOpenApi(properties.getName() != null ? properties.getName() : name,
                            properties.get("description"), properties.getVersion());
        }
    }
}
