package org.archivist.bench.enrich;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.archivist.bench.fixtures.NewsCorpus;
import org.archivist.bench.fixtures.NewsCorpus.NewsText;
import org.archivist.contract.Article;
import org.archivist.contract.Footnote;

/**
 * Articles as ingest-service publishes them, of a chosen length, made of the news corpus: paragraphs of two
 * corpus texts each, footnote markers {@code [n]} spread over the body, and the corpus's citation texts as the
 * footnotes. Deterministic: the same arguments give the same article.
 */
public final class SampleArticles {

    private SampleArticles() {
    }

    /** About {@code words} words of body in paragraphs of two texts, with {@code footnotes} cited notes. */
    public static Article of(NewsCorpus corpus, int words, int footnotes) {
        List<NewsText> texts = corpus.texts();
        List<String> paragraphs = new ArrayList<>();
        int count = 0;
        for (int i = 0; count < words; i += 2) {
            NewsText first = texts.get(i % texts.size());
            NewsText second = texts.get((i + 1) % texts.size());
            paragraphs.add(first.text() + " " + second.text());
            count += first.words() + second.words();
        }
        List<Footnote> notes = new ArrayList<>();
        for (int n = 1; n <= footnotes; n++) {
            int paragraph = (int) ((long) (n - 1) * paragraphs.size() / footnotes);
            paragraphs.set(paragraph, withMarker(paragraphs.get(paragraph), n));
            notes.add(new Footnote(n, corpus.citations().get((n - 1) % corpus.citations().size())));
        }
        return new Article(Article.SCHEMA_VERSION, "bench-" + words, "bench", "https://news.example/bench/" + words,
                texts.getFirst().title(), List.of("Dana Ortiz", "Sam Patel"), LocalDate.of(2024, 4, 2),
                List.of("World", "Politics", "Energy"), List.of("analysis"), paragraphs, notes, List.of(), 1542L,
                "World", "0".repeat(64), java.time.Instant.parse("2024-04-02T08:15:00Z"), "en", false,
                null);
    }

    /** Puts the marker after the paragraph's first sentence, where a writer would cite. */
    private static String withMarker(String paragraph, int number) {
        int end = paragraph.indexOf(". ");
        if (end < 0) {
            return paragraph + " [" + number + "]";
        }
        return paragraph.substring(0, end) + " [" + number + "]" + paragraph.substring(end);
    }
}
