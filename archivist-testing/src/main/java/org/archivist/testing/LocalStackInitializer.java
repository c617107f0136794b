package org.archivist.testing;

import java.util.UUID;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points the application under test at the test stack and gives it the {@link TestKeys}. {@code archivist.it.run}
 * is a fresh id per test context, for tests to name their own topics, groups and indexes so that test classes
 * never see each other's records.
 */
public final class LocalStackInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "spring.kafka.bootstrap-servers=" + LocalStack.kafka(),
                "spring.elasticsearch.uris=" + LocalStack.elasticsearchNodes(),
                "archivist.it.run=" + UUID.randomUUID().toString().substring(0, 8))
                .applyTo(context);
        TestKeys.properties().applyTo(context);
    }
}
