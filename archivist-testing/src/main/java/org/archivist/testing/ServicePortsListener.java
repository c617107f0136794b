package org.archivist.testing;

import org.springframework.core.env.Environment;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Records the ports of each service a Spring test runs in-process ({@code local.server.port},
 * {@code local.management.port}) in {@link ServicePorts}. Registered for every test through
 * {@code META-INF/spring.factories}; it never loads a context that the test itself has not.
 */
public final class ServicePortsListener extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE;
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        Environment environment = testContext.getApplicationContext().getEnvironment();
        Integer service = environment.getProperty("local.server.port", Integer.class);
        Integer management = environment.getProperty("local.management.port", Integer.class);
        if (service != null && management != null) {
            ServicePorts.register(service, management);
        }
    }
}
