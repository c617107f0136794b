package org.archivist.enrich.topics;

import java.util.List;

/**
 * Prints micro and macro F1 and per-topic precision, recall and F1 of the inferred topics on a labelled set.
 *
 * <p>Arguments: the set ({@code evaluation}, the default, or {@code development}), and {@code --errors} to list
 * every text whose predicted topics differ from the gold ones. Run with
 * {@code mvn -o -q -pl enrich-service -am test-compile exec:java -Dexec.mainClass=org.archivist.enrich.topics.TopicEvaluation -Dexec.classpathScope=test}.
 */
public final class TopicEvaluation {

    private TopicEvaluation() {
    }

    public static void main(String[] args) {
        String set = "evaluation";
        boolean errors = false;
        for (String arg : args) {
            if (arg.equals("--errors")) {
                errors = true;
            } else {
                set = arg;
            }
        }
        List<LabelledText> texts = LabelledText.load("topics/" + set + ".jsonl");
        TopicScores scores = TopicScores.of(new TopicClassifier(), texts);
        System.out.println("Topic classification on topics/" + set + ".jsonl");
        System.out.print(scores.report());
        if (errors) {
            scores.errors().forEach(System.out::println);
        }
    }
}
