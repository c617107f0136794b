package org.archivist.enrich.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.archivist.contract.Article;
import org.archivist.enrich.places.PlaceFinder;

/**
 * Measures {@link TopicClassifier#categorize} plus {@link PlaceFinder#find} on a 1,000-word article made of
 * evaluation texts, after warm-up, on one thread. A measurement to report, not a test. Run with
 * {@code mvn -o -q -pl enrich-service -am test-compile exec:java -Dexec.mainClass=org.archivist.enrich.topics.TopicsAndPlacesTiming -Dexec.classpathScope=test}.
 */
public final class TopicsAndPlacesTiming {

    private TopicsAndPlacesTiming() {
    }

    public static void main(String[] args) {
        List<String> paragraphs = new ArrayList<>();
        int words = 0;
        for (LabelledText text : LabelledText.load("topics/evaluation.jsonl")) {
            if (words >= 1000) {
                break;
            }
            paragraphs.add(text.text());
            words += text.text().split("\\s+").length;
        }
        Article article = new Article(1, "timing", "timing", null, "Ceasefire talks resume in Geneva", List.of(),
                null, List.of("World"), List.of(), paragraphs, List.of(), List.of(), null, null, null, null);
        TopicClassifier classifier = new TopicClassifier();
        PlaceFinder finder = new PlaceFinder();
        int sink = 0;
        for (int i = 0; i < 20_000; i++) {
            sink += classifier.categorize(article).size() + finder.find(article).size();
        }
        int rounds = 20_000;
        long[] topics = new long[rounds];
        long[] places = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            sink += classifier.categorize(article).size();
            long t1 = System.nanoTime();
            sink += finder.find(article).size();
            long t2 = System.nanoTime();
            topics[i] = t1 - t0;
            places[i] = t2 - t1;
        }
        java.util.Arrays.sort(topics);
        java.util.Arrays.sort(places);
        System.out.printf(Locale.ROOT, "article: %d words in %d paragraphs (checksum %d)%n", words,
                paragraphs.size(), sink);
        System.out.printf(Locale.ROOT, "categorize: median %.1f us, p99 %.1f us%n", topics[rounds / 2] / 1e3,
                topics[rounds * 99 / 100] / 1e3);
        System.out.printf(Locale.ROOT, "find:       median %.1f us, p99 %.1f us%n", places[rounds / 2] / 1e3,
                places[rounds * 99 / 100] / 1e3);
    }
}
