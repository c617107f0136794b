package org.archivist.enrich.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.archivist.contract.Category;

/** Multi-label precision, recall and F1 of the inferred topics over a labelled set, per topic and overall. */
final class TopicScores {

    private final int[] truePositives = new int[MediaTopic.values().length];
    private final int[] falsePositives = new int[MediaTopic.values().length];
    private final int[] falseNegatives = new int[MediaTopic.values().length];
    private final List<String> errors = new ArrayList<>();
    private int texts;

    static TopicScores of(TopicClassifier classifier, List<LabelledText> set) {
        TopicScores scores = new TopicScores();
        for (LabelledText text : set) {
            List<Category> inferred = classifier.categorize(text.article()).stream()
                    .filter(c -> Category.ORIGIN_INFERRED.equals(c.origin()))
                    .toList();
            Set<String> predicted = inferred.stream().map(Category::code).collect(Collectors.toSet());
            scores.add(text, predicted, inferred);
        }
        return scores;
    }

    private void add(LabelledText text, Set<String> predicted, List<Category> inferred) {
        texts++;
        for (MediaTopic topic : MediaTopic.values()) {
            boolean gold = text.topics().contains(topic.code());
            boolean guess = predicted.contains(topic.code());
            int t = topic.ordinal();
            if (gold && guess) {
                truePositives[t]++;
            } else if (guess) {
                falsePositives[t]++;
            } else if (gold) {
                falseNegatives[t]++;
            }
        }
        if (!predicted.equals(text.topics())) {
            errors.add(text.id() + " gold=" + short_(text.topics()) + " predicted=" + short_(predicted) + "  "
                    + text.title() + "\n      " + inferred.stream()
                    .map(c -> c.code().substring(7, 9) + " " + c.score() + " " + c.evidence())
                    .collect(Collectors.joining("; ")));
        }
    }

    private static String short_(Set<String> codes) {
        return codes.stream().sorted().map(c -> c.substring(7, 9)).collect(Collectors.joining(",", "[", "]"));
    }

    double microF1() {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int t = 0; t < truePositives.length; t++) {
            tp += truePositives[t];
            fp += falsePositives[t];
            fn += falseNegatives[t];
        }
        return f1(tp, fp, fn);
    }

    double microPrecision() {
        int tp = 0;
        int fp = 0;
        for (int t = 0; t < truePositives.length; t++) {
            tp += truePositives[t];
            fp += falsePositives[t];
        }
        return ratio(tp, tp + fp);
    }

    double microRecall() {
        int tp = 0;
        int fn = 0;
        for (int t = 0; t < truePositives.length; t++) {
            tp += truePositives[t];
            fn += falseNegatives[t];
        }
        return ratio(tp, tp + fn);
    }

    double macroF1() {
        double sum = 0;
        for (int t = 0; t < truePositives.length; t++) {
            sum += f1(truePositives[t], falsePositives[t], falseNegatives[t]);
        }
        return sum / truePositives.length;
    }

    List<String> errors() {
        return errors;
    }

    String report() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "texts=%d  micro P=%.3f R=%.3f F1=%.3f  macro F1=%.3f%n", texts,
                microPrecision(), microRecall(), microF1(), macroF1()));
        out.append(String.format(Locale.ROOT, "%-17s %-42s %5s %5s %5s %4s %4s %4s%n", "code", "label", "P", "R",
                "F1", "tp", "fp", "fn"));
        for (MediaTopic topic : MediaTopic.values()) {
            int t = topic.ordinal();
            int tp = truePositives[t];
            int fp = falsePositives[t];
            int fn = falseNegatives[t];
            out.append(String.format(Locale.ROOT, "%-17s %-42s %5.2f %5.2f %5.2f %4d %4d %4d%n", topic.code(),
                    topic.label(), ratio(tp, tp + fp), ratio(tp, tp + fn), f1(tp, fp, fn), tp, fp, fn));
        }
        return out.toString();
    }

    private static double f1(int tp, int fp, int fn) {
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
