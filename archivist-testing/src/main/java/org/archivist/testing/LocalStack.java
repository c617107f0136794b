package org.archivist.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The addresses of the test stack, passed by {@code ./archivist test} through the system properties
 * {@code archivist.it.kafka} and {@code archivist.it.elasticsearch}. As a JUnit extension it checks both
 * are set and listening before any test of the class runs.
 */
public final class LocalStack implements BeforeAllCallback {

    static final String KAFKA_PROPERTY = "archivist.it.kafka";
    static final String ELASTICSEARCH_PROPERTY = "archivist.it.elasticsearch";
    private static final String HOW_TO_RUN = "Integration tests run against a real Kafka and Elasticsearch: run them with ./archivist test";

    /** The Kafka bootstrap address, e.g. {@code 127.0.0.1:29092}. */
    public static String kafka() {
        return required(KAFKA_PROPERTY);
    }

    /** The Elasticsearch URL, e.g. {@code http://127.0.0.1:29200}. */
    public static String elasticsearch() {
        return required(ELASTICSEARCH_PROPERTY);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        String kafka = kafka();
        String[] hostPort = kafka.split(":");
        requireListening("Kafka", kafka, hostPort[0], Integer.parseInt(hostPort[1]));
        URI elasticsearch = URI.create(elasticsearch());
        requireListening("Elasticsearch", elasticsearch.toString(), elasticsearch.getHost(), elasticsearch.getPort());
    }

    private static String required(String property) {
        String value = System.getProperty(property, "");
        if (value.isBlank()) {
            throw new IllegalStateException(HOW_TO_RUN + " (system property " + property + " is not set).");
        }
        return value;
    }

    private static void requireListening(String what, String address, String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2_000);
        } catch (IOException e) {
            throw new IllegalStateException(HOW_TO_RUN + " (" + what + " at " + address + " is not answering).");
        }
    }
}
