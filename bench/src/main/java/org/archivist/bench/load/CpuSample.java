package org.archivist.bench.load;

import java.util.LinkedHashMap;
import java.util.Map;

/** CPU time used so far by each process, in clock ticks, at one moment. */
record CpuSample(Map<String, Long> ticks, double ticksPerSecond) {

    /** CPU seconds each process used between {@code earlier} and this sample. */
    CpuUsage since(CpuSample earlier) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        ticks.forEach((process, now) -> seconds.put(process,
                (now - earlier.ticks().getOrDefault(process, now)) / ticksPerSecond));
        return new CpuUsage(seconds);
    }
}
