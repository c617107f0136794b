package org.archivist.bench.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The resident memory of the stack's processes, read with {@code ps -o rss=} from the pids that ./archivist
 * writes to {@code .stack/run/*.pid}: the figure the "each service under 512 MB RSS at load" target is about.
 */
final class ProcessMemory {

    private static final List<String> COMPONENTS = List.of("ingest", "enrich", "query", "kafka");

    private ProcessMemory() {
    }

    /** One line per component: its pid and RSS in MB, or why it could not be read. */
    static String report(Path pidFolder) {
        StringBuilder report = new StringBuilder("RSS at the end of the load (ps -o rss=):\n");
        for (String component : COMPONENTS) {
            Path pidFile = pidFolder.resolve(component + ".pid");
            report.append(String.format(Locale.ROOT, "  %-7s %s%n", component, rss(pidFile)));
        }
        return report.toString();
    }

    private static String rss(Path pidFile) {
        try {
            if (!Files.exists(pidFile)) {
                return "no pid file " + pidFile;
            }
            String pid = Files.readString(pidFile).strip();
            Process ps = new ProcessBuilder("ps", "-o", "rss=", "-p", pid).redirectErrorStream(true).start();
            String out = new String(ps.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (ps.waitFor() != 0 || out.isEmpty()) {
                return "pid " + pid + " is not running";
            }
            return String.format(Locale.ROOT, "pid %-8s %6.0f MB", pid, Long.parseLong(out) / 1024.0);
        } catch (IOException | NumberFormatException e) {
            return "unreadable (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
