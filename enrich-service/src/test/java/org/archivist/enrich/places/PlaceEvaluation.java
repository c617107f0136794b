package org.archivist.enrich.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.archivist.contract.Place;

import tools.jackson.databind.json.JsonMapper;

/**
 * Prints precision and recall of {@link PlaceFinder} over the sentences of {@code places/evaluation.jsonl}, each
 * with its gold set of country codes, and every sentence where they differ. Run with
 * {@code mvn -o -q -pl enrich-service -am test-compile exec:java -Dexec.mainClass=org.archivist.enrich.places.PlaceEvaluation -Dexec.classpathScope=test}.
 */
public final class PlaceEvaluation {

    record Sentence(String id, String text, Set<String> places) {
    }

    record Result(int truePositives, int falsePositives, int falseNegatives, List<String> errors) {

        double precision() {
            return truePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return truePositives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
        }
    }

    private PlaceEvaluation() {
    }

    public static void main(String[] args) {
        List<Sentence> sentences = load("places/evaluation.jsonl");
        Result result = evaluate(new PlaceFinder(), sentences);
        System.out.printf(Locale.ROOT, "Places on places/evaluation.jsonl: sentences=%d precision=%.3f recall=%.3f "
                + "(tp=%d fp=%d fn=%d)%n", sentences.size(), result.precision(), result.recall(),
                result.truePositives(), result.falsePositives(), result.falseNegatives());
        result.errors().forEach(System.out::println);
    }

    static Result evaluate(PlaceFinder finder, List<Sentence> sentences) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<String> errors = new ArrayList<>();
        for (Sentence sentence : sentences) {
            Set<String> found = new TreeSet<>();
            for (Place place : finder.find(List.of(sentence.text()))) {
                found.add(place.code());
            }
            Set<String> gold = new TreeSet<>(sentence.places());
            Set<String> hit = new HashSet<>(found);
            hit.retainAll(gold);
            tp += hit.size();
            fp += found.size() - hit.size();
            fn += gold.size() - hit.size();
            if (!found.equals(gold)) {
                errors.add(sentence.id() + " gold=" + gold + " found=" + found + "  " + sentence.text());
            }
        }
        return new Result(tp, fp, fn, errors);
    }

    static List<Sentence> load(String resource) {
        JsonMapper json = JsonMapper.builder().build();
        try (InputStream in = PlaceEvaluation.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No such resource: " + resource);
            }
            List<Sentence> out = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(json.readValue(line, Sentence.class));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
