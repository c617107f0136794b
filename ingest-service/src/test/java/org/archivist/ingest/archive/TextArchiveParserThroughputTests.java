package org.archivist.ingest.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Throughput on a realistic 20 MB page (the comments-off conformance page repeated with distinct
 * titles), a single 50 MB line and 100,000 tiny posts, in the test JVM's 512 MB heap. A measurement,
 * not a unit test: it runs only with {@code -Darchivist.bench=true} and prints MB/s.
 */
@EnabledIfSystemProperty(named = "archivist.bench", matches = "true")
class TextArchiveParserThroughputTests {

    private static final int MB = 1 << 20;

    private final TextArchiveParser parser = new TextArchiveParser();

    @Test
    void realisticArchivePage() throws IOException {
        String sample;
        try (InputStream in = getClass().getResourceAsStream("/conformance/comments-off-archive.txt")) {
            sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder page = new StringBuilder(21 * MB);
        for (int copy = 0; page.length() < 20 * MB; copy++) {
            // distinct titles, so each footer's title is found in its own post
            page.append(sample.replace("Comments Off on ", "Comments Off on " + copy + " ")
                    .replaceAll("(?m)^(Grid operators|Wind Output|Council accuses|Utility lobbying|Court rejects|Will the northern"
                            + "|Storage Boom|Evidence emerges)", copy + " $1"));
        }
        String text = page.toString();
        long expectedArticles = text.lines().filter(l -> l.startsWith("Posted in")).count();

        ParsedPage parsed = measure("realistic archive page", text);

        assertThat((long) parsed.articles().size()).isEqualTo(expectedArticles);
    }

    @Test
    void singleFiftyMegabyteLine() {
        measure("single 50 MB line", "word ".repeat(50 * MB / 5));
    }

    @Test
    void hundredThousandTinyPosts() {
        StringBuilder page = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            page.append("Post ").append(i).append("\n\nBody ").append(i).append(".\n\nPosted in AComments Off on Post ")
                    .append(i).append("\n\n");
        }
        ParsedPage parsed = measure("100k tiny posts", page.toString());
        assertThat(parsed.articles()).hasSize(100_000);
    }

    private ParsedPage measure(String what, String page) {
        double megabytes = page.getBytes(StandardCharsets.UTF_8).length / (double) MB;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ParsedPage parsed = null;
        double bestWall = Double.MAX_VALUE;
        double bestCpu = Double.MAX_VALUE;
        for (int run = 0; run < 5; run++) {
            parsed = null;
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            parsed = parser.parse(page);
            bestWall = Math.min(bestWall, (System.nanoTime() - start) / 1e9);
            bestCpu = Math.min(bestCpu, (threads.getCurrentThreadCpuTime() - cpu) / 1e9);
        }
        // Wall time includes garbage collection and whatever else the machine runs; thread CPU time is the parser's own work.
        System.out.printf("%s: %.1f MB, wall %.3f s = %.1f MB/s, parser thread CPU %.3f s = %.1f MB/s (best of 5)%n",
                what, megabytes, bestWall, megabytes / bestWall, bestCpu, megabytes / bestCpu);
        return parsed;
    }
}
