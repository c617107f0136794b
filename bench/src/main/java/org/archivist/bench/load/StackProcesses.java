package org.archivist.bench.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The stack's processes, by component: the services and Kafka from the pid files ./archivist writes
 * ({@code .stack/run/<component>.pid}), Elasticsearch by the pid it reports itself ({@code _nodes/_local/process}),
 * since ./archivist keeps its pid file elsewhere (beside its data, which moves when run as root). Reads their CPU
 * time and resident memory from {@code /proc}, and this JVM's own CPU as {@value #BENCH}: the load tools share the
 * machine with the stack.
 */
final class StackProcesses {

    static final List<String> SERVICES = List.of("ingest", "enrich", "query");
    static final List<String> COMPONENTS = List.of("ingest", "enrich", "query", "kafka", "elasticsearch");
    static final String BENCH = "bench";

    private final Map<String, Long> pids;
    private final double ticksPerSecond;

    private StackProcesses(Map<String, Long> pids, double ticksPerSecond) {
        this.pids = pids;
        this.ticksPerSecond = ticksPerSecond;
    }

    /** Finds every component's pid; fails naming the ones that are not running. */
    static StackProcesses find(StackClient client) throws IOException, InterruptedException {
        Path folder = client.endpoints().pidFolder();
        Map<String, Long> pids = new LinkedHashMap<>();
        for (String component : List.of("ingest", "enrich", "query", "kafka")) {
            Path file = folder.resolve(component + ".pid");
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException("No pid file " + file + ": is the stack of this checkout up (./archivist up)?");
            }
            pids.put(component, Long.parseLong(Files.readString(file).strip()));
        }
        JsonNode nodes = client.elasticsearch("GET", "/_nodes/_local/process", null, null).path("nodes");
        pids.put("elasticsearch", nodes.values().iterator().next().path("process").path("id").asLong());
        for (Map.Entry<String, Long> entry : pids.entrySet()) {
            if (!Files.exists(proc(entry.getValue()))) {
                throw new IllegalStateException(entry.getKey() + " (pid " + entry.getValue() + ") is not running");
            }
        }
        return new StackProcesses(pids, clockTicksPerSecond());
    }

    /** CPU time so far of every component and of this JVM, in clock ticks. */
    CpuSample cpu() {
        Map<String, Long> ticks = new LinkedHashMap<>();
        pids.forEach((component, pid) -> ticks.put(component, ProcStat.cpuTicks(read(proc(pid).resolve("stat")))));
        ticks.put(BENCH, ProcStat.cpuTicks(read(Path.of("/proc/self/stat"))));
        return new CpuSample(ticks, ticksPerSecond);
    }

    /** Resident memory of every component now, in MB (MiB, as the kernel counts), in component order. */
    Map<String, Long> residentMegabytes() {
        Map<String, Long> rss = new LinkedHashMap<>();
        pids.forEach((component, pid) -> rss.put(component,
                ProcStat.residentKilobytes(read(proc(pid).resolve("status"))) / 1024));
        return rss;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        pids.forEach((component, pid) -> text.append(text.isEmpty() ? "" : ", ").append(component).append(' ').append(pid));
        return text + String.format(Locale.ROOT, "; CPU clock %.0f ticks/s", ticksPerSecond);
    }

    private static Path proc(long pid) {
        return Path.of("/proc", Long.toString(pid));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Could not read " + file + " (did the process exit?)", e);
        }
    }

    /** {@code getconf CLK_TCK}, asked once; Linux's 100 when getconf is missing. */
    private static double clockTicksPerSecond() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return getconf.waitFor() == 0 ? Double.parseDouble(out) : 100;
        } catch (IOException | NumberFormatException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
