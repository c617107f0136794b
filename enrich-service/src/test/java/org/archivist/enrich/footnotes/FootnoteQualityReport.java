package org.archivist.enrich.footnotes;

import java.util.Locale;

/**
 * Prints the footnote quality figures quoted in docs/QUALITY-footnotes.md: marker linking precision, recall
 * and F1 over the linking fixtures, and citation field accuracy per field over the labelled footnotes. Run with
 * {@code mvn -o -q -pl enrich-service -am test-compile exec:java
 * -Dexec.mainClass=org.archivist.enrich.footnotes.FootnoteQualityReport -Dexec.classpathScope=test}; add
 * {@code -Dexec.args=--misses} to list every disagreement with the gold data.
 */
public final class FootnoteQualityReport {

    private FootnoteQualityReport() {
    }

    public static void main(String[] args) {
        boolean misses = args.length > 0 && args[0].equals("--misses");
        LinkingEvaluation.Result linking = LinkingEvaluation.evaluate(new FootnoteLinker(), LinkingEvaluation.load());
        System.out.printf(Locale.ROOT, "Linking (%d articles, %d gold links): precision %.4f  recall %.4f  F1 %.4f%n",
                linking.articles(), linking.gold(), linking.precision(), linking.recall(), linking.f1());
        System.out.printf(Locale.ROOT, "  unmatched markers exact in %d/%d articles, uncited footnotes exact in %d/%d%n",
                linking.unmatchedExact(), linking.articles(), linking.uncitedExact(), linking.articles());
        CitationEvaluation.Result citations = CitationEvaluation.evaluate(new CitationParser(),
                CitationEvaluation.load());
        System.out.printf(Locale.ROOT, "Citations (%d footnotes): overall field accuracy %.4f%n", citations.samples(),
                citations.overall());
        for (int f = 0; f < CitationEvaluation.FIELDS.size(); f++) {
            System.out.printf(Locale.ROOT, "  %-12s %.4f%n", CitationEvaluation.FIELDS.get(f), citations.accuracy(f));
        }
        if (misses) {
            linking.errors().forEach(e -> System.out.println("LINK " + e));
            citations.misses().forEach(m -> System.out.println("CITE " + m));
        }
    }
}
