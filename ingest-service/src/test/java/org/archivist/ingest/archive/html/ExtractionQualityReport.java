package org.archivist.ingest.archive.html;

import java.util.List;
import java.util.Locale;

/**
 * Prints the extraction quality of {@link HtmlPageParser} per fixture and overall; the figures in
 * docs/QUALITY-extraction.md come from here.
 */
public final class ExtractionQualityReport {

    private ExtractionQualityReport() {
    }

    public static void main(String[] args) {
        List<ExtractionQuality.Score> scores = ExtractionQuality.scoreAll(new HtmlPageParser());
        System.out.printf(Locale.ROOT, "%-34s %6s %6s %6s  %-5s %-5s %-7s %s%n", "fixture", "P", "R", "F1", "title",
                "date", "authors", "leaks");
        for (ExtractionQuality.Score score : scores) {
            System.out.printf(Locale.ROOT, "%-34s %6.3f %6.3f %6.3f  %-5s %-5s %-7s %s%n", score.name(), score.precision(),
                    score.recall(), score.f1(), score.titleExact() ? "ok" : "MISS", score.dateExact() ? "ok" : "MISS",
                    score.authorsExact() ? "ok" : "MISS", score.leaks());
            if (args.length > 0 && (!score.titleExact() || !score.dateExact() || !score.authorsExact())) {
                System.out.printf("    got title=%s date=%s authors=%s%n", score.gotTitle(), score.gotDate(),
                        score.gotAuthors());
            }
        }
        System.out.printf(Locale.ROOT, "mean F1 %.3f over %d fixtures; titles %d/%d, dates %d/%d, authors %d/%d%n",
                ExtractionQuality.meanF1(scores), scores.size(),
                scores.stream().filter(ExtractionQuality.Score::titleExact).count(), scores.size(),
                scores.stream().filter(ExtractionQuality.Score::dateExact).count(), scores.size(),
                scores.stream().filter(ExtractionQuality.Score::authorsExact).count(), scores.size());
    }
}
