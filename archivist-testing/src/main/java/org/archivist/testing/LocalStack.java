package org.archivist.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

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
    static final String CONTROL_PROPERTY = "archivist.it.control";
    private static final String HOW_TO_RUN = "Integration tests run against a real Kafka and Elasticsearch: run them with ./archivist test";

    /**
     * The Kafka bootstrap addresses, e.g. {@code 127.0.0.1:29092}, or every broker's, comma-separated, on the cluster
     * stack of the {@code *ClusterIT} tests.
     */
    public static String kafka() {
        return required(KAFKA_PROPERTY);
    }

    /** The Elasticsearch URL of the stack's first node, e.g. {@code http://127.0.0.1:29200}. */
    public static String elasticsearch() {
        return elasticsearchNodes().split(",")[0];
    }

    /** Every Elasticsearch node's URL, comma-separated, as {@code spring.elasticsearch.uris} takes them. */
    public static String elasticsearchNodes() {
        return required(ELASTICSEARCH_PROPERTY);
    }

    /**
     * Stops one component of the test stack (e.g. {@code kafka-2}): with SIGKILL when {@code kill}, as a crash
     * would. It stays down until {@link #start}.
     */
    public static void stop(String component, boolean kill) {
        if (kill) {
            control("Killing " + component, "stop", component, "--kill");
        } else {
            control("Stopping " + component, "stop", component);
        }
    }

    /** Starts a component of the test stack that {@link #stop} stopped; returns once it is healthy. */
    public static void start(String component) {
        control("Starting " + component, "start", component);
    }

    /**
     * Kills one component of the test stack with SIGKILL, as a crash would, and starts it again; returns once it
     * is healthy. For tests of what survives an outage mid-stream.
     */
    public static void crashAndRestart(String component) {
        control("Restarting " + component, "restart", component, "--kill");
    }

    /**
     * Runs {@code ./archivist replay-dlt <topic>} against the test stack: re-publishes {@code <topic>.DLT} to the
     * topic. Returns what it printed, for failure messages.
     */
    public static String replayDeadLetters(String topic) {
        return control("Replaying the dead letters of " + topic, "replay-dlt", topic);
    }

    /** Runs {@code ./archivist <arguments>} on the test stack's instance and returns its output; throws when it fails. */
    private static String control(String what, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(required(CONTROL_PROPERTY));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("ARCHIVIST_INSTANCE", "test");
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(what + " failed:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + required(CONTROL_PROPERTY), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + what, e);
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        String kafka = kafka().split(",")[0];
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
