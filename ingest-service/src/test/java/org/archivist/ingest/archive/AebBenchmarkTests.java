package org.archivist.ingest.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The regression guard for single-article extraction on pages nobody here wrote: the public Article Extraction
 * Benchmark (see {@link AebBenchmark}). The floor is the figure reached (docs/QUALITY.md) minus 0.005. It also
 * writes {@code target/aeb-predictions.json} for the benchmark's own {@code score} tool, which prints the table
 * with the peers beside it. CI has the benchmark beside the clone; elsewhere it is skipped when absent.
 */
class AebBenchmarkTests {

    private static final double F1_FLOOR = 0.971;
    private static final double PRECISION_FLOOR = 0.969;
    private static final double RECALL_FLOOR = 0.973;

    private static List<AebBenchmark.Page> pages;
    private static AebBenchmark.Summary summary;

    @BeforeAll
    static void run() {
        Path root = AebBenchmark.locate();
        if (root == null && System.getenv("CI") != null) {
            throw new IllegalStateException("CI runs beside ../shared, but " + AebBenchmark.DEFAULT_ROOT
                    + " is missing: the extraction benchmark cannot be scored");
        }
        assumeTrue(root != null, "The benchmark pages are not beside this clone (" + AebBenchmark.DEFAULT_ROOT + ")");
        pages = AebBenchmark.run(root);
        summary = AebBenchmark.summarise(pages);
        AebBenchmark.writePredictions(pages, Path.of("target/aeb-predictions.json"));
    }

    @Test
    void scoresAllPagesOfTheBenchmark() {
        assertThat(summary.pages()).isEqualTo(178);
    }

    @Test
    void bodyF1StaysAtTheFigureReached() {
        assertThat(summary.f1()).as(summary.toString()).isGreaterThanOrEqualTo(F1_FLOOR);
    }

    @Test
    void precisionAndRecallStayAtTheFiguresReached() {
        assertThat(summary.precision()).as(summary.toString()).isGreaterThanOrEqualTo(PRECISION_FLOOR);
        assertThat(summary.recall()).as(summary.toString()).isGreaterThanOrEqualTo(RECALL_FLOOR);
    }

    @Test
    void noPageComesOutEmpty() {
        assertThat(pages).filteredOn(page -> page.predicted().isBlank()).extracting(AebBenchmark.Page::key).isEmpty();
    }

    @Test
    void noSingleArticlePageIsSplitIntoSeveral() {
        assertThat(pages).filteredOn(page -> page.articles() > 1).extracting(AebBenchmark.Page::key).isEmpty();
    }
}
