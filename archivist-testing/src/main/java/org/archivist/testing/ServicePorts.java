package org.archivist.testing;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which service port each management port under test belongs to, so that {@link OpenApiValidation} can find the
 * management port's OpenAPI document: springdoc serves it from the service port ({@code /v3/api-docs/x-actuator}).
 * Filled by {@link ServiceProcess} for the processes it starts and by {@link ServicePortsListener} for the services
 * Spring tests run in-process.
 */
public final class ServicePorts {

    private static final Map<Integer, Integer> SERVICE_PORT_BY_MANAGEMENT_PORT = new ConcurrentHashMap<>();

    private ServicePorts() {
    }

    public static void register(int servicePort, int managementPort) {
        if (managementPort > 0 && managementPort != servicePort) {
            SERVICE_PORT_BY_MANAGEMENT_PORT.put(managementPort, servicePort);
        }
    }

    /** The service port whose management port this is; empty for any other port. */
    static Optional<Integer> serviceOf(int managementPort) {
        return Optional.ofNullable(SERVICE_PORT_BY_MANAGEMENT_PORT.get(managementPort));
    }
}
