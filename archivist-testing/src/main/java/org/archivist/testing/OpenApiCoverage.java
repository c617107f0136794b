package org.archivist.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;

import io.swagger.v3.oas.models.OpenAPI;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * When a test run ends, writes for each OpenAPI document {@link OpenApiValidation} checked against which of its
 * operations the run exercised (and with which statuses), which it did not, and the exchanges outside the document
 * (the web page's files, health groups): {@code target/openapi-coverage/<service>.txt}, and one line per document in
 * the build log. Registered for every test run of a module that uses this one.
 */
public final class OpenApiCoverage implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (OpenApiValidation.COVERAGE.isEmpty()) {
            return;
        }
        Path folder = Path.of("target", "openapi-coverage");
        try {
            Files.createDirectories(folder);
            for (Service service : OpenApiValidation.COVERAGE.values()) {
                String report = service.report();
                Files.writeString(folder.resolve(service.title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                        .replaceAll("^-|-$", "") + ".txt"), report);
                System.out.println(report.lines().findFirst().orElse("") + " (" + folder + ")");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One document's operations and what the run did with them. */
    static final class Service {

        private final String title;
        private final List<String> documented = new ArrayList<>();
        private final Map<String, Set<Integer>> exercised = new ConcurrentHashMap<>();
        private final Map<String, Set<Integer>> undocumented = new ConcurrentHashMap<>();

        Service(String title, OpenAPI api) {
            this.title = title;
            if (api.getPaths() != null) {
                api.getPaths().forEach((path, item) -> item.readOperationsMap().keySet()
                        .forEach(method -> documented.add(method + " " + path)));
            }
        }

        void exercised(String operation, int status) {
            exercised.computeIfAbsent(operation, key -> new ConcurrentSkipListSet<>()).add(status);
        }

        void undocumented(String exchange, int status) {
            undocumented.computeIfAbsent(exchange, key -> new ConcurrentSkipListSet<>()).add(status);
        }

        String report() {
            StringBuilder report = new StringBuilder();
            long covered = documented.stream().filter(exercised::containsKey).count();
            report.append(title).append(": ").append(covered).append(" of ").append(documented.size())
                    .append(" documented operations exercised and validated\n\nExercised (statuses seen):\n");
            new TreeMap<>(exercised).forEach((operation, statuses) -> report.append("  ").append(operation)
                    .append("  ").append(statuses).append('\n'));
            report.append("\nNot exercised:\n");
            documented.stream().filter(operation -> !exercised.containsKey(operation)).sorted()
                    .forEach(operation -> report.append("  ").append(operation).append('\n'));
            report.append("\nNot in the document, not validated:\n");
            new TreeMap<>(undocumented).forEach((exchange, statuses) -> report.append("  ").append(exchange)
                    .append("  ").append(statuses).append('\n'));
            return report.toString();
        }
    }
}
