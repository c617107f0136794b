package org.archivist.web;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.autoconfigure.audit.AuditAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Who may call what, the same in every service (docs/SECURITY.md has the table): reads are open, or need a
 * reader key with {@code archivist.security.public-read=false}; every other method needs a writer key, DELETE
 * an admin key; on the management port, health and info are open (status only) and everything else needs an
 * admin key. There are no sessions and no cookies: a key travels in a header on each request, which a page on
 * another site cannot add without a CORS preflight that this service refuses unless its origin is allowed.
 */
@AutoConfiguration(after = ArchivistWebAutoConfiguration.class, before = { AuditAutoConfiguration.class, ManagementWebSecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
        UserDetailsServiceAutoConfiguration.class })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecuritySettings.class)
@EnableWebSecurity
public class ArchivistSecurityAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ArchivistSecurityAutoConfiguration.class);

    /** The web page's files (query-service's static resources). */
    private static final String[] PAGE_FILES = { "/", "/index.html", "/favicon.svg", "/css/**", "/js/**" };

    /** Failed-attempt buckets held at most, one per client address. */
    private static final int MAX_ADDRESSES = 10_000;

    @Bean
    ApiKeys apiKeys(SecuritySettings settings) {
        ApiKeys keys = new ApiKeys(settings.keys());
        if (keys.isEmpty()) {
            log.warn("No API keys are configured (archivist.security.keys): every write and admin request will be"
                    + " refused with 401. docs/SECURITY.md says how to create keys.");
        } else {
            log.info("{} API keys configured: {}", settings.keys().size(), settings.keys().stream()
                    .map(key -> key.name() + " (" + key.role().label() + ")").toList());
        }
        return keys;
    }

    @Bean
    ApiKeyAuthenticationProvider apiKeyAuthenticationProvider(ApiKeys keys) {
        return new ApiKeyAuthenticationProvider(keys);
    }

    @Bean
    AuthorizationFailureAudit authorizationFailureAudit(AuditTrail audit) {
        return new AuthorizationFailureAudit(audit);
    }

    @Bean
    SecurityFilterChain archivistSecurityFilterChain(HttpSecurity http, SecuritySettings settings,
            ApiKeyAuthenticationProvider provider, AuditTrail audit) throws Exception {
        TokenBuckets failedAttempts = new TokenBuckets(settings.failedAttempts(), MAX_ADDRESSES, System::nanoTime);
        TokenBuckets writes = new TokenBuckets(settings.writes(), settings.keys().size() + 1, System::nanoTime);
        SecurityProblems problems = new SecurityProblems(failedAttempts, audit);

        AuthenticationFilter authentication = new AuthenticationFilter(new ProviderManager(provider),
                new ApiKeyCredentials());
        authentication.setSuccessHandler((request, response, auth) -> { });
        authentication.setFailureHandler(problems);

        http.csrf(AbstractHttpConfigurer::disable) // no cookies or sessions: nothing a forged request could ride on
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new FailedAttemptLimitFilter(failedAttempts), AuthorizationFilter.class)
                .addFilterBefore(authentication, AuthorizationFilter.class)
                .addFilterAfter(new WriteRateLimitFilter(writes, settings.writes()), AuthorizationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(EndpointRequest.to("health", "info")).permitAll()
                            .requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole(Role.ADMIN.name())
                            .requestMatchers("/error").permitAll()
                            // Preflights carry no key; the CORS rules below decide them.
                            .requestMatchers(HttpMethod.OPTIONS).permitAll()
                            // The web page's own files hold no data, and a browser loading a page sends no key.
                            .requestMatchers(HttpMethod.GET, PAGE_FILES).permitAll()
                            .requestMatchers(HttpMethod.HEAD, PAGE_FILES).permitAll();
                    if (settings.publicRead()) {
                        requests.requestMatchers(HttpMethod.GET).permitAll()
                                .requestMatchers(HttpMethod.HEAD).permitAll();
                    } else {
                        requests.requestMatchers(HttpMethod.GET).hasRole(Role.READER.name())
                                .requestMatchers(HttpMethod.HEAD).hasRole(Role.READER.name());
                    }
                    requests.requestMatchers(HttpMethod.DELETE).hasRole(Role.ADMIN.name())
                            .anyRequest().hasRole(Role.WRITER.name());
                });
        List<String> origins = settings.cors().allowedOrigins();
        if (origins.isEmpty()) {
            http.cors(AbstractHttpConfigurer::disable);
        } else {
            CorsConfiguration cors = new CorsConfiguration();
            cors.setAllowedOrigins(origins);
            cors.setAllowedMethods(List.of("GET", "HEAD", "POST", "DELETE"));
            cors.setAllowedHeaders(List.of(ApiKeyCredentials.HEADER, "Authorization", "Content-Type"));
            cors.setExposedHeaders(List.of("Retry-After", "Location"));
            UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
            source.registerCorsConfiguration("/**", cors);
            http.cors(configurer -> configurer.configurationSource(source));
        }
        return http.build();
    }
}
