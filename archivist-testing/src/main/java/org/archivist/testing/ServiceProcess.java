package org.archivist.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A service of this build run as a process of its own, from its jar, against the test stack and with the
 * {@link TestKeys}: for tests that need a second service beside the one under test, or one service started twice
 * with other settings. Its output goes to {@code target/service-logs/}, not to the build log; a service that does not
 * become ready fails the test with the end of that file.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Duration READY_WITHIN = Duration.ofSeconds(120);
    private static final AtomicInteger STARTED = new AtomicInteger();

    private final String service;
    private final Process process;
    private final int port;
    private final int managementPort;
    private final Path log;

    private ServiceProcess(String service, Process process, int port, int managementPort, Path log) {
        this.service = service;
        this.process = process;
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
    }

    /**
     * The jar of one of this build's services, e.g. {@code enrich}: {@code ../enrich-service/target/enrich-service.jar}
     * from the module under test, which is where Maven runs its tests.
     *
     * @throws IllegalStateException when it has not been built
     */
    public static Path jar(String service) {
        Path jar = Path.of("..", service + "-service", "target", service + "-service.jar").toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is not built: run the tests with the service in the build, e.g. "
                    + "./archivist test -pl query-service -am");
        }
        return jar;
    }

    /**
     * Starts {@code <service>-service} with small heaps, free ports and the given settings (e.g.
     * {@code --archivist.enrich.input-topic=…}), and returns once it reports ready.
     */
    public static ServiceProcess start(String service, String... settings) throws IOException, InterruptedException {
        int port = freePort();
        int managementPort = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-jar", jar(service).toString(),
                "--server.port=" + port, "--server.address=127.0.0.1",
                "--management.server.port=" + managementPort, "--management.server.address=127.0.0.1",
                "--spring.kafka.bootstrap-servers=" + LocalStack.kafka(),
                "--spring.elasticsearch.uris=" + LocalStack.elasticsearch()));
        TestKeys.settings().forEach(setting -> command.add("--" + setting));
        command.addAll(List.of(settings));
        Path logs = Files.createDirectories(Path.of("target", "service-logs"));
        Path log = logs.resolve(service + "-" + ProcessHandle.current().pid() + "-" + STARTED.incrementAndGet() + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ServiceProcess started = new ServiceProcess(service, process, port, managementPort, log);
        started.awaitReady();
        return started;
    }

    public int port() {
        return port;
    }

    public int managementPort() {
        return managementPort;
    }

    private void awaitReady() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest readiness = HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + managementPort + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service + "-service exited with " + process.exitValue()
                        + " while starting:\n" + tail());
            }
            try {
                HttpResponse<String> answer = http.send(readiness, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // Still starting: ask again.
            }
            Thread.sleep(250);
        }
        close();
        throw new IllegalStateException(service + "-service was not ready within " + READY_WITHIN.toSeconds()
                + " s:\n" + tail());
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return "(" + log.toAbsolutePath() + ")\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 40),
                lines.size()));
    }

    /** Stops the service as a deployment would (SIGTERM, graceful shutdown), or kills it after 30 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
