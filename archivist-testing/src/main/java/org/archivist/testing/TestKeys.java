package org.archivist.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One API key per role for the services under test, configured as services take keys: a name, a role and the
 * key's SHA-256. Tests send the plain keys, so every request goes through the real security chain.
 */
public final class TestKeys {

    public static final String READER = "ak_test-reader-5Qm1x0c2Yd8HkTqVwZr3Lp";
    public static final String WRITER = "ak_test-writer-N7sF4bJ9aGeXu2CkMh6Dty";
    public static final String ADMIN = "ak_test-admin-R3vW8pK1zQnE5sYt0UfBja";

    /** Every plain key, for tests that assert none of them ever reaches a log line. */
    public static final List<String> ALL = List.of(READER, WRITER, ADMIN);

    private TestKeys() {
    }

    /** The settings that make a service know the three keys. */
    public static TestPropertyValues properties() {
        return TestPropertyValues.of(settings().toArray(String[]::new));
    }

    /** The same settings as {@code name=value} pairs, e.g. for a service started as a process. */
    public static List<String> settings() {
        return List.of(
                "archivist.security.keys[0].name=test-reader", "archivist.security.keys[0].role=reader",
                "archivist.security.keys[0].sha256=" + sha256(READER),
                "archivist.security.keys[1].name=test-writer", "archivist.security.keys[1].role=writer",
                "archivist.security.keys[1].sha256=" + sha256(WRITER),
                "archivist.security.keys[2].name=test-admin", "archivist.security.keys[2].role=admin",
                "archivist.security.keys[2].sha256=" + sha256(ADMIN));
    }

    private static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** For tests outside {@link StackIntegrationTest}: {@code @ContextConfiguration(initializers = TestKeys.Initializer.class)}. */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            properties().applyTo(context);
        }
    }
}
