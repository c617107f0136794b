package org.archivist.enrich.topics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.archivist.contract.Article;
import org.archivist.contract.Category;
import org.archivist.enrich.EnrichmentTables;

/**
 * Categorizes an article: its own source categories kept as written (plus the IPTC topic a label plainly names),
 * and IPTC Media Topics inferred from title and paragraphs with a weighted lexicon.
 *
 * <p>Scoring, per topic: every lexicon term found adds {@code weight × (log2(1 + body hits) + 1.5 if in the title)},
 * so repetition counts less and less and a title word counts more than a body word. The sum is divided by
 * {@code sqrt(words / 60)} (at least 1) so long articles are not favoured in proportion to their length, and a
 * logistic curve maps it to a score in (0, 1). A topic is kept when its score reaches the topic's threshold (in the
 * lexicon file) and its sum is at least 45% of the best topic's, which keeps stray words from adding labels to a
 * clearly one-topic article while a second real topic (a war-crimes trial) stays. Texts under 25 words get no
 * inferred topic: too little to go on. The constants were chosen on the development set, never the evaluation set.
 *
 * <p>Construct once: the lexicon is loaded in the constructor; afterwards the instance is immutable and thread-safe.
 */
public final class TopicClassifier {

    static final int MIN_WORDS = 25;
    static final int MAX_EVIDENCE = 5;
    private static final double TITLE_BOOST = 1.5;
    private static final double REFERENCE_WORDS = 60;
    private static final double CENTER = 4.0;
    private static final double SPREAD = 1.5;
    private static final double RELATIVE_TO_BEST = 0.45;

    private static final Comparator<Evidence> STRONGEST_FIRST =
            Comparator.comparingDouble(Evidence::weight).reversed().thenComparing(Evidence::term);

    private final Lexicon lexicon;
    private final SourceCategories sourceCategories;

    public TopicClassifier() {
        this(EnrichmentTables.defaults());
    }

    /** With the lexicon and source categories of the given tables. */
    public TopicClassifier(EnrichmentTables tables) {
        this(Lexicon.load(tables.lexicon()), SourceCategories.load(tables.sourceCategories()));
    }

    TopicClassifier(Lexicon lexicon, SourceCategories sourceCategories) {
        this.lexicon = lexicon;
        this.sourceCategories = sourceCategories;
    }

    /** Source categories first (slugs, then the topics they name), then inferred topics by descending score. */
    public List<Category> categorize(Article article) {
        List<Category> out = new ArrayList<>(sourceCategories.categorize(article.sourceCategories()));
        out.addAll(infer(article.title(), article.paragraphs()));
        return out;
    }

    List<Category> infer(String title, List<String> paragraphs) {
        // The ids of the terms found, one per hit: an article hits a few dozen of the lexicon's ~1,900 terms, so
        // lists of hits cost less than arrays indexed by every term id.
        Hits titleHits = new Hits();
        Hits bodyHits = new Hits();
        int words = count(Words.stems(title), titleHits);
        for (String paragraph : paragraphs) {
            words += count(Words.stems(paragraph), bodyHits);
        }
        if (words < MIN_WORDS) {
            return List.of();
        }
        MediaTopic[] topics = MediaTopic.values();
        double[] sums = new double[topics.length];
        List<List<Evidence>> evidence = new ArrayList<>(topics.length);
        for (int t = 0; t < topics.length; t++) {
            evidence.add(new ArrayList<>());
        }
        int[] inTitle = titleHits.sorted();
        int[] inBody = bodyHits.sorted();
        int t = 0;
        int b = 0;
        // In ascending term id, as the sums were always added up: floating-point addition depends on the order.
        while (t < inTitle.length || b < inBody.length) {
            int id = t == inTitle.length ? inBody[b]
                    : b == inBody.length ? inTitle[t] : Math.min(inTitle[t], inBody[b]);
            int titleCount = 0;
            while (t < inTitle.length && inTitle[t] == id) {
                titleCount++;
                t++;
            }
            int bodyCount = 0;
            while (b < inBody.length && inBody[b] == id) {
                bodyCount++;
                b++;
            }
            Lexicon.Term term = lexicon.term(id);
            if (term.weight() == 0) {
                continue;
            }
            double hits = log2(1 + bodyCount) + (titleCount > 0 ? TITLE_BOOST : 0);
            double contribution = term.weight() * hits;
            sums[term.topic().ordinal()] += contribution;
            evidence.get(term.topic().ordinal()).add(new Evidence(term.display(), contribution));
        }
        double best = 0;
        for (double sum : sums) {
            best = Math.max(best, sum);
        }
        double lengthNorm = Math.sqrt(Math.max(1.0, words / REFERENCE_WORDS));
        List<Category> out = new ArrayList<>();
        for (MediaTopic topic : topics) {
            double sum = sums[topic.ordinal()];
            double score = score(sum / lengthNorm);
            if (sum > 0 && score >= lexicon.threshold(topic) && sum >= RELATIVE_TO_BEST * best) {
                out.add(new Category(topic.code(), topic.label(), round(score), Category.ORIGIN_INFERRED,
                        topEvidence(evidence.get(topic.ordinal()))));
            }
        }
        out.sort(Comparator.comparingDouble(Category::score).reversed());
        return out;
    }

    /**
     * Walks the words, at each position taking the longest lexicon phrase that starts there. Records the hits of
     * every term at that node in {@code hits} and returns the number of words.
     */
    private int count(List<String> stems, Hits hits) {
        int n = stems.size();
        int i = 0;
        while (i < n) {
            Lexicon.Node node = lexicon.root();
            Lexicon.Node matched = null;
            int matchedEnd = i;
            for (int j = i; j < n; j++) {
                node = node.child(stems.get(j));
                if (node == null) {
                    break;
                }
                if (!node.terms().isEmpty()) {
                    matched = node;
                    matchedEnd = j + 1;
                }
            }
            if (matched == null) {
                i++;
                continue;
            }
            for (Lexicon.Term term : matched.terms()) {
                hits.add(term.id());
            }
            i = matchedEnd;
        }
        return n;
    }

    private static List<String> topEvidence(List<Evidence> evidence) {
        List<Evidence> sorted = new ArrayList<>(evidence);
        sorted.sort(STRONGEST_FIRST);
        List<String> terms = new ArrayList<>(Math.min(MAX_EVIDENCE, sorted.size()));
        for (int i = 0; i < sorted.size() && i < MAX_EVIDENCE; i++) {
            terms.add(sorted.get(i).term());
        }
        return List.copyOf(terms);
    }

    private static double score(double normalized) {
        return 1.0 / (1.0 + Math.exp(-(normalized - CENTER) / SPREAD));
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }

    private record Evidence(String term, double weight) {
    }

    /** The term ids of one text's hits, one entry per hit, in a growable array. */
    private static final class Hits {
        private int[] ids = new int[32];
        private int size;

        void add(int id) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }

        int[] sorted() {
            int[] out = Arrays.copyOf(ids, size);
            Arrays.sort(out);
            return out;
        }
    }
}
