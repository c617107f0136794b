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
        CitationEvaluation.Result citations = citations("development set", CitationEvaluation.RESOURCE);
        CitationEvaluation.Result holdout = citations("held-out set", CitationEvaluation.HOLDOUT);
        if (misses) {
            linking.errors().forEach(e -> System.out.println("LINK " + e));
            citations.misses().forEach(m -> System.out.println("CITE " + m));
            holdout.misses().forEach(m -> System.out.println("HOLDOUT " + m));
        }
    }

    private static CitationEvaluation.Result citations(String label, String resource) {
        CitationEvaluation.Result result = CitationEvaluation.evaluate(new CitationParser(),
                CitationEvaluation.load(resource));
        System.out.printf(Locale.ROOT, "Citations, %s (%d footnotes): overall field accuracy %.4f%n", label,
                result.samples(), result.overall());
        for (int f = 0; f < CitationEvaluation.FIELDS.size(); f++) {
            System.out.printf(Locale.ROOT, "  %-12s %.4f%n", CitationEvaluation.FIELDS.get(f), result.accuracy(f));
        }
        return result;
    }
}
