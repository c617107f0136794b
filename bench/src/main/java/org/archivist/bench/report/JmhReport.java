package org.archivist.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.archivist.bench.parsing.Pages;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a JMH JSON result file into the tables of docs/BENCHMARKS.md: parsing in MB/s per core and bytes
 * allocated per MB of page, enrichment as median and p99 microseconds per article. Sizes are re-measured by
 * building the same pages again, so MB/s uses the page's exact size. MB here is 10^6 bytes.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar org.archivist.bench.report.JmhReport results.json...}
 */
public final class JmhReport {

    private JmhReport() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("Usage: JmhReport <jmh-results.json>...");
            System.exit(2);
        }
        JsonMapper json = JsonMapper.builder().build();
        List<JsonNode> results = new ArrayList<>();
        for (String file : args) {
            json.readTree(Files.readString(Path.of(file))).forEach(results::add);
        }
        results.sort(Comparator.comparing((JsonNode result) -> result.path("benchmark").asString())
                .thenComparingInt(result -> result.path("params").path("bytes").asInt()));
        StringBuilder parsing = new StringBuilder("""
                | parser | page size (bytes) | time per page | MB/s (one core) | allocated per MB of page |
                |---|---:|---:|---:|---:|
                """);
        StringBuilder enrichment = new StringBuilder("""
                | article | median µs | p90 µs | p99 µs | mean µs | allocated per article |
                |---|---:|---:|---:|---:|---:|
                """);
        for (JsonNode result : results) {
            String benchmark = result.path("benchmark").asString();
            String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            JsonNode primary = result.path("primaryMetric");
            double allocated = allocationPerOp(result.path("secondaryMetrics"));
            if (benchmark.contains("ArchiveParsingBenchmark")) {
                int target = result.path("params").path("bytes").asInt();
                int bytes = Pages.utf8Length(switch (method) {
                    case "text" -> Pages.text(target);
                    case "article" -> Pages.article(target);
                    default -> Pages.html(target);
                });
                double micros = toMicros(primary.path("score").asDouble(), primary.path("scoreUnit").asString());
                if (micros < 1) {
                    // No parser reads a page of 10 KB or more in under a microsecond: it returned without reading.
                    parsing.append("| ").append(method).append(" | (returned at once: is this parser a stub?) | | | |\n");
                    continue;
                }
                String mode = result.path("mode").asString().equals("ss") ? " (single calls)" : "";
                double rate = bytes / micros;
                parsing.append(String.format(Locale.ROOT, "| %s%s | %,d | %s | %s | %s |%n", method, mode, bytes,
                        duration(micros), String.format(Locale.ROOT, rate < 10 ? "%.2f" : "%.1f", rate), allocated < 0 ? "(run with -prof gc)"
                                : String.format(Locale.ROOT, "%.1f MB", allocated / bytes)));
            } else if (benchmark.contains("EnrichmentBenchmark")) {
                String unit = primary.path("scoreUnit").asString();
                JsonNode percentiles = primary.path("scorePercentiles");
                enrichment.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f | %.0f | %s |%n", method,
                        toMicros(percentiles.path("50.0").asDouble(), unit),
                        toMicros(percentiles.path("90.0").asDouble(), unit),
                        toMicros(percentiles.path("99.0").asDouble(), unit),
                        toMicros(primary.path("score").asDouble(), unit),
                        allocated < 0 ? "(run with -prof gc)" : String.format(Locale.ROOT, "%.2f MB", allocated / 1e6)));
            }
        }
        System.out.println(parsing);
        System.out.println(enrichment);
    }

    /** gc.alloc.rate.norm in bytes per operation, or -1 when the run had no GC profiler. */
    private static double allocationPerOp(JsonNode secondary) {
        for (String name : new String[] {"gc.alloc.rate.norm", "·gc.alloc.rate.norm"}) {
            if (secondary.has(name)) {
                return secondary.path(name).path("score").asDouble();
            }
        }
        return -1;
    }

    private static double toMicros(double value, String unit) {
        return switch (unit) {
            case "ns/op" -> value / 1e3;
            case "us/op" -> value;
            case "ms/op" -> value * 1e3;
            case "s/op" -> value * 1e6;
            default -> throw new IllegalArgumentException("Unexpected JMH unit " + unit);
        };
    }

    private static String duration(double micros) {
        return micros >= 1e3 ? String.format(Locale.ROOT, "%.1f ms", micros / 1e3)
                : String.format(Locale.ROOT, "%.0f µs", micros);
    }
}
