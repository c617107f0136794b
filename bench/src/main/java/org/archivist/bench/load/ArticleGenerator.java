package org.archivist.bench.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.archivist.bench.fixtures.NewsCorpus;
import org.archivist.bench.fixtures.NewsCorpus.NewsText;
import org.archivist.contract.Footnote;

/**
 * Realistic articles from a fixed seed: 4 to 10 paragraphs of one or two news texts from the corpus (about 470
 * words on average), up to 3 footnotes with their markers, authors, a date and source categories. Each article
 * carries two searchable tokens in its last paragraph: the run's token, shared by every article of the run, and
 * its own. Its URL, hence its id, depends only on the run's namespace and its number, so generating the same run
 * again replaces the same documents instead of adding more. Its {@code source} is the one given, which is how the
 * benchmark finds its documents again to remove them ({@link BenchDocuments}).
 */
final class ArticleGenerator {

    private static final List<String> AUTHORS = List.of("Dana Ortiz", "Sam Patel", "Ines Duarte", "Paul Okafor",
            "Ruth Calloway", "Lee Wong", "Harbor Desk", "Marta Nowak", "Jonas Müller", "Aiko Tanaka");
    private static final List<String> CATEGORIES = List.of("World", "Politics", "Energy", "Science", "Business",
            "Health", "Culture", "Sport", "Technology", "Environment");

    private final NewsCorpus corpus;
    private final Random random;
    private final String namespace;
    private final String source;

    ArticleGenerator(NewsCorpus corpus, long seed, String namespace, String source) {
        this.corpus = corpus;
        this.random = new Random(seed);
        this.namespace = namespace;
        this.source = source;
    }

    String source() {
        return source;
    }

    /** The token every article of this run carries. Letters then digits: one token, untouched by stemming. */
    String runToken() {
        return namespace + "run0";
    }

    /** The token only article {@code number} carries. */
    String token(int number) {
        return namespace + "x" + number;
    }

    ArticlePost article(int number) {
        List<NewsText> texts = corpus.texts();
        NewsText lead = pick(texts);
        int paragraphCount = 4 + random.nextInt(7);
        List<String> paragraphs = new ArrayList<>(paragraphCount + 1);
        paragraphs.add(lead.text());
        for (int i = 1; i < paragraphCount; i++) {
            String paragraph = pick(texts).text();
            paragraphs.add(random.nextBoolean() ? paragraph : paragraph + " " + pick(texts).text());
        }
        List<Footnote> footnotes = new ArrayList<>();
        int notes = random.nextInt(4);
        for (int n = 1; n <= notes; n++) {
            int paragraph = random.nextInt(paragraphs.size());
            paragraphs.set(paragraph, paragraphs.get(paragraph) + " [" + n + "]");
            footnotes.add(new Footnote(n, pick(corpus.citations())));
        }
        paragraphs.add("Archive reference " + token(number) + ", collection " + runToken() + ".");
        return new ArticlePost(source, "https://bench.example/" + namespace + "/" + number, lead.title(),
                List.of(pick(AUTHORS)), LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3650)).toString(),
                List.of(pick(CATEGORIES), pick(CATEGORIES)).stream().distinct().toList(), List.of("bench"), paragraphs,
                footnotes);
    }

    /** A search a reader might type: one or two words of the corpus, sometimes a headline's first words. */
    String query() {
        NewsText text = pick(corpus.texts());
        String[] words = text.text().replaceAll("[^\\p{L}\\p{Nd} ]", " ").trim().split("\\s+");
        List<String> content = new ArrayList<>();
        for (String word : words) {
            if (word.length() >= 5) {
                content.add(word.toLowerCase(java.util.Locale.ROOT));
            }
        }
        if (content.isEmpty()) {
            return words[0];
        }
        int kind = random.nextInt(10);
        if (kind < 6 || content.size() < 2) {
            return pick(content);
        }
        if (kind < 9) {
            return pick(content) + " " + pick(content);
        }
        String[] title = text.title().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(title, Math.min(3, title.length)));
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
