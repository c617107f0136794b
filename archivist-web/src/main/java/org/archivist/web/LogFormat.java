package org.archivist.web;

import java.util.Locale;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code ARCHIVIST_LOG_FORMAT=json} makes every service log one JSON object per line (Elastic Common Schema, Boot's
 * structured logging), for a log shipper; {@code text}, the default, keeps the plain lines people read. It runs
 * before logging starts, so the very first lines are in the chosen format.
 */
public final class LogFormat implements EnvironmentPostProcessor {

    static final String VARIABLE = "ARCHIVIST_LOG_FORMAT";
    private static final String STRUCTURED = "logging.structured.format.console";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String format = environment.getProperty(VARIABLE, "text").strip().toLowerCase(Locale.ROOT);
        switch (format) {
            case "text", "" -> {
            }
            case "json" -> environment.getPropertySources().addFirst(new MapPropertySource("archivistLogFormat",
                    Map.of(STRUCTURED, "ecs")));
            default -> throw new IllegalArgumentException(VARIABLE + " must be text or json, not '" + format + "'");
        }
    }
}
