package org.archivist.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class SecuritySettingsTests {

    private static final String HASH = "a".repeat(64);

    private static SecuritySettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("archivist.security", Bindable.of(SecuritySettings.class));
    }

    @Test
    void defaultsAreOpenReadsNoKeysNoCorsAndTheDocumentedBudgets() {
        SecuritySettings settings = bind(Map.of());

        assertThat(settings.publicRead()).isTrue();
        assertThat(settings.keys()).isEmpty();
        assertThat(settings.cors().allowedOrigins()).isEmpty();
        assertThat(settings.maxBodySize().toMegabytes()).isEqualTo(10);
        assertThat(settings.writes()).isEqualTo(new SecuritySettings.Budget(500, Duration.ofSeconds(5)));
        assertThat(settings.failedAttempts()).isEqualTo(new SecuritySettings.Budget(10, Duration.ofMinutes(1)));
    }

    @Test
    void bindsKeysAsTheEnvironmentGivesThem() {
        SecuritySettings settings = bind(Map.of(
                "archivist.security.keys[0].name", "newsroom", "archivist.security.keys[0].role", "writer",
                "archivist.security.keys[0].sha256", HASH, "archivist.security.public-read", "false",
                "archivist.security.writes.requests", "20", "archivist.security.writes.per", "1s"));

        assertThat(settings.keys()).containsExactly(new SecuritySettings.Key("newsroom", Role.WRITER, HASH));
        assertThat(settings.publicRead()).isFalse();
        assertThat(settings.writes()).isEqualTo(new SecuritySettings.Budget(20, Duration.ofSeconds(1)));
    }

    @Test
    void aPlainKeyWhereTheHashBelongsStopsStartupNamingTheSetting() {
        Map<String, String> properties = new HashMap<>(Map.of("archivist.security.keys[0].name", "newsroom",
                "archivist.security.keys[0].role", "writer", "archivist.security.keys[0].sha256", "ak_plainkey"));

        assertThatThrownBy(() -> bind(properties)).isInstanceOf(BindException.class).rootCause()
                .hasMessageContaining("archivist.security.keys[0].sha256 must be the 64 lower-case hex digits");
    }

    @Test
    void twoKeysWithOneNameAreRefused() {
        assertThatThrownBy(() -> bind(Map.of(
                "archivist.security.keys[0].name", "desk", "archivist.security.keys[0].role", "writer",
                "archivist.security.keys[0].sha256", HASH,
                "archivist.security.keys[1].name", "desk", "archivist.security.keys[1].role", "admin",
                "archivist.security.keys[1].sha256", "b".repeat(64))))
                .rootCause().hasMessageContaining("keys[1].name 'desk' is used by another key");
    }

    @Test
    void aKeyWithoutRoleIsRefused() {
        assertThatThrownBy(() -> bind(Map.of("archivist.security.keys[0].name", "desk",
                "archivist.security.keys[0].sha256", HASH)))
                .rootCause().hasMessageContaining("keys[0].role must be one of reader, writer, admin");
    }

    @Test
    void anEmptyBudgetIsRefusedNamingIt() {
        assertThatThrownBy(() -> bind(Map.of("archivist.security.writes.requests", "0",
                "archivist.security.writes.per", "1s")))
                .rootCause().hasMessageContaining("archivist.security.writes needs at least 1 request per positive duration");
    }

    @Test
    void halfABudgetKeepsTheDefaultOfTheOtherHalf() {
        SecuritySettings settings = bind(Map.of("archivist.security.failed-attempts.requests", "1000",
                "archivist.security.writes.per", "1s"));

        assertThat(settings.failedAttempts()).isEqualTo(new SecuritySettings.Budget(1000, Duration.ofMinutes(1)));
        assertThat(settings.writes()).isEqualTo(new SecuritySettings.Budget(500, Duration.ofSeconds(1)));
    }
}
