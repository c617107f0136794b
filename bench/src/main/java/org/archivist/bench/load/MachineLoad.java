package org.archivist.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** How busy this machine is, printed with every result: a load figure means little without it. */
final class MachineLoad {

    private MachineLoad() {
    }

    static String describe() {
        String load;
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split("\\s+");
            load = "load average " + fields[0] + " " + fields[1] + " " + fields[2] + " (1/5/15 min)";
        } catch (IOException e) {
            load = "load average unknown";
        }
        return Instant.now().truncatedTo(ChronoUnit.SECONDS) + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, " + load;
    }
}
