package org.archivist.enrich.topics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.archivist.enrich.EnrichmentTable;
import org.archivist.enrich.TableLines;

/**
 * The weighted topic lexicon, read once from a resource and then immutable (safe to share between threads).
 *
 * <p>File format, one topic per section:
 * <pre>
 * [medtop:02000000]
 * threshold = 0.5
 * 3: murder, homicide, court of appeal
 * 0: in charge
 * </pre>
 * A line {@code weight: term, term...} gives each term (a word or a phrase) that weight. Terms are stemmed like
 * article text, so a singular covers its plural. Phrases are matched longest-first and consume their words, so a
 * weight-0 phrase ("in charge") stops a misleading word inside it ("charge") from counting.
 */
final class Lexicon {

    /** One lexicon entry: its topic, weight, and the term as written in the file (shown as evidence). */
    record Term(int id, MediaTopic topic, double weight, String display) {
    }

    /** A node of the word trie: the terms ending here and the words that can follow. */
    static final class Node {
        private final Map<String, Node> next = new HashMap<>();
        private List<Term> terms = List.of();

        Node child(String stem) {
            return next.get(stem);
        }

        List<Term> terms() {
            return terms;
        }
    }

    static final double DEFAULT_THRESHOLD = 0.5;

    private final Node root;
    private final Term[] terms;
    private final double[] thresholds;

    private Lexicon(Node root, Term[] terms, double[] thresholds) {
        this.root = root;
        this.terms = terms;
        this.thresholds = thresholds;
    }

    Node root() {
        return root;
    }

    int termCount() {
        return terms.length;
    }

    /** The term with this id (ids run from 0 to {@link #termCount()} - 1). */
    Term term(int id) {
        return terms[id];
    }

    double threshold(MediaTopic topic) {
        return thresholds[topic.ordinal()];
    }

    static Lexicon load(EnrichmentTable table) {
        Node root = new Node();
        double[] thresholds = new double[MediaTopic.values().length];
        Arrays.fill(thresholds, DEFAULT_THRESHOLD);
        Map<Node, Map<MediaTopic, Term>> seen = new HashMap<>();
        MediaTopic topic = null;
        int ids = 0;
        for (TableLines.Line line : TableLines.read(table)) {
            String trimmed = line.text();
            String where = line.where();
            if (trimmed.startsWith("[")) {
                String code = trimmed.substring(1, trimmed.length() - 1).strip();
                topic = MediaTopic.byCode(code)
                        .orElseThrow(() -> new IllegalStateException("Unknown topic " + code + " at " + where));
                continue;
            }
            if (topic == null) {
                throw new IllegalStateException("Term outside a topic section at " + where);
            }
            if (trimmed.startsWith("threshold")) {
                thresholds[topic.ordinal()] = Double.parseDouble(trimmed.substring(trimmed.indexOf('=') + 1).strip());
                continue;
            }
            int colon = trimmed.indexOf(':');
            if (colon < 0) {
                throw new IllegalStateException("Expected 'weight: terms' at " + where);
            }
            double weight = Double.parseDouble(trimmed.substring(0, colon).strip());
            for (String raw : trimmed.substring(colon + 1).split(",")) {
                String display = raw.strip();
                List<String> stems = Words.stems(display);
                if (stems.isEmpty()) {
                    continue;
                }
                Node node = root;
                for (String stem : stems) {
                    node = node.next.computeIfAbsent(stem, s -> new Node());
                }
                Map<MediaTopic, Term> atNode = seen.computeIfAbsent(node, n -> new HashMap<>());
                Term previous = atNode.get(topic);
                // "school" and "schools" share a stem: keep the first spelling, and the larger weight.
                if (previous == null || previous.weight() < weight) {
                    Term term = new Term(previous == null ? ids++ : previous.id(), topic, weight,
                            previous == null ? display : previous.display());
                    atNode.put(topic, term);
                }
            }
        }
        Term[] byId = new Term[ids];
        for (Map.Entry<Node, Map<MediaTopic, Term>> e : seen.entrySet()) {
            e.getKey().terms = List.copyOf(new ArrayList<>(e.getValue().values()));
            for (Term term : e.getKey().terms) {
                byId[term.id()] = term;
            }
        }
        return new Lexicon(root, byId, thresholds);
    }
}
