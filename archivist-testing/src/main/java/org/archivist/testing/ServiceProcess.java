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
import java.util.stream.Stream;

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
     * The executable jar of one of this build's services, e.g. {@code enrich}:
     * {@code ../enrich-service/target/enrich-service-exec.jar} from the module under test, which is where Maven runs
     * its tests.
     *
     * @throws IllegalStateException when it has not been built
     */
    public static Path jar(String service) {
        Path jar = Path.of("..", service + "-service", "target", service + "-service-exec.jar")
                .toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is not built: run the tests with the service in the build, e.g. "
                    + "./archivist test -pl query-service -am");
        }
        return jar;
    }

    /**
     * Starts {@code <service>-service} with small heaps, free ports and the given settings (e.g.
     * {@code --archivist.enrich.input-topic=…}), and returns once it reports ready. It uses the test stack's Kafka and
     * Elasticsearch unless the settings name others ({@code --spring.kafka.bootstrap-servers=…},
     * {@code --spring.elasticsearch.uris=…}).
     */
    public static ServiceProcess start(String service, String... settings) throws IOException, InterruptedException {
        ServiceProcess started = launch(service, settings);
        started.awaitReady();
        return started;
    }

    /** Starts one {@link Launch}, as {@link #start(String, String...)} does. */
    public static ServiceProcess start(Launch launch) throws IOException, InterruptedException {
        return start(launch.service(), launch.settings().toArray(String[]::new));
    }

    /** One service to start, with its settings ({@code --key=value}). */
    public record Launch(String service, List<String> settings) {

        public Launch(String service, String... settings) {
            this(service, List.of(settings));
        }
    }

    /**
     * Starts several services at once and returns them in that order once all report ready: on a 2-core machine that
     * takes about as long as starting the slowest alone.
     */
    public static List<ServiceProcess> startAll(List<Launch> launches) throws IOException, InterruptedException {
        List<ServiceProcess> started = new ArrayList<>();
        try {
            for (Launch launch : launches) {
                started.add(launch(launch.service(), launch.settings().toArray(String[]::new)));
            }
            for (ServiceProcess process : started) {
                process.awaitReady();
            }
            return started;
        } catch (IOException | InterruptedException | RuntimeException e) {
            for (ServiceProcess process : started) {
                process.close();
            }
            throw e;
        }
    }

    private static ServiceProcess launch(String service, String... settings) throws IOException {
        int port = freePort();
        int managementPort = freePort();
        int number = STARTED.incrementAndGet();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-jar", jar(service).toString(),
                "--server.port=" + port, "--server.address=127.0.0.1",
                "--management.server.port=" + managementPort, "--management.server.address=127.0.0.1"));
        // A setting given twice on the command line would be read as both values joined: defaults only when not given.
        if (Stream.of(settings).noneMatch(setting -> setting.startsWith("--spring.kafka.bootstrap-servers="))) {
            command.add("--spring.kafka.bootstrap-servers=" + LocalStack.kafka());
        }
        if (Stream.of(settings).noneMatch(setting -> setting.startsWith("--spring.elasticsearch.uris="))) {
            command.add("--spring.elasticsearch.uris=" + LocalStack.elasticsearchNodes());
        }
        TestKeys.settings().forEach(setting -> command.add("--" + setting));
        command.addAll(List.of(settings));
        Path logs = Files.createDirectories(Path.of("target", "service-logs"));
        String name = service + "-" + ProcessHandle.current().pid() + "-" + number;
        Path log = logs.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // Each process its own instance id (ingest's transactional ids), as ./archivist up gives each instance.
        builder.environment().put("ARCHIVIST_INSTANCE_ID", "it-" + name);
        ServicePorts.register(port, managementPort);
        return new ServiceProcess(service, builder.start(), port, managementPort, log);
    }

    public int port() {
        return port;
    }

    /** The file the process writes its output to: its log. */
    public Path log() {
        return log;
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

    /** Kills the service as a crash would: SIGKILL, no shutdown of any kind; returns once it is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
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
