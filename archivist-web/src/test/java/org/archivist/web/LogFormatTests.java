package org.archivist.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class LogFormatTests {

    private final LogFormat logFormat = new LogFormat();

    private MockEnvironment environment(String format) {
        MockEnvironment environment = new MockEnvironment();
        if (format != null) {
            environment.setProperty(LogFormat.VARIABLE, format);
        }
        logFormat.postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    @Test
    void jsonTurnsOnStructuredLogsInElasticCommonSchema() {
        assertThat(environment("json").getProperty("logging.structured.format.console")).isEqualTo("ecs");
        assertThat(environment(" JSON ").getProperty("logging.structured.format.console")).isEqualTo("ecs");
    }

    @Test
    void plainTextIsTheDefault() {
        assertThat(environment(null).getProperty("logging.structured.format.console")).isNull();
        assertThat(environment("text").getProperty("logging.structured.format.console")).isNull();
    }

    @Test
    void anyOtherFormatIsRefusedByName() {
        assertThatThrownBy(() -> environment("xml")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ARCHIVIST_LOG_FORMAT must be text or json, not 'xml'");
    }
}
