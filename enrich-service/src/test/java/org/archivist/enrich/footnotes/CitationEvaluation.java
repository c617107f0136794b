package org.archivist.enrich.footnotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.archivist.contract.Citation;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Field accuracy of {@link CitationParser} over the hand-labelled footnotes in
 * {@code footnotes/citations.jsonl}: a field is correct when it equals the gold value, null and null included.
 */
final class CitationEvaluation {

    /** The labelled set the parser was developed against. */
    static final String RESOURCE = "/footnotes/citations.jsonl";
    /** Labelled after the parser was written and never tuned against: the fairer estimate. */
    static final String HOLDOUT = "/footnotes/citations-holdout.jsonl";
    static final List<String> FIELDS = List.of("title", "authors", "publication", "date", "url");

    record Sample(String text, Citation gold) {
    }

    record Miss(String text, String field, Object expected, Object actual) {
    }

    record Result(int samples, int[] correct, List<Miss> misses) {

        double accuracy(int field) {
            return samples == 0 ? 0 : (double) correct[field] / samples;
        }

        double overall() {
            int sum = 0;
            for (int c : correct) {
                sum += c;
            }
            return samples == 0 ? 0 : (double) sum / (samples * FIELDS.size());
        }
    }

    private CitationEvaluation() {
    }

    static List<Sample> load() {
        return load(RESOURCE);
    }

    static List<Sample> load(String resource) {
        JsonMapper mapper = JsonMapper.builder().build();
        List<Sample> samples = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(CitationEvaluation.class.getResourceAsStream(resource), resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = mapper.readTree(line);
                List<String> authors = new ArrayList<>();
                n.get("authors").forEach(a -> authors.add(a.asString()));
                samples.add(new Sample(n.get("text").asString(), new Citation(text(n, "title"), authors,
                        text(n, "publication"), text(n, "date"), text(n, "url"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return samples;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    static Result evaluate(CitationParser parser, List<Sample> samples) {
        int[] correct = new int[FIELDS.size()];
        List<Miss> misses = new ArrayList<>();
        for (Sample sample : samples) {
            Citation actual = parser.parse(sample.text());
            for (int f = 0; f < FIELDS.size(); f++) {
                Object expected = field(sample.gold(), f);
                Object got = field(actual, f);
                if (Objects.equals(expected, got)) {
                    correct[f]++;
                } else {
                    misses.add(new Miss(sample.text(), FIELDS.get(f), expected, got));
                }
            }
        }
        return new Result(samples.size(), correct, misses);
    }

    private static Object field(Citation c, int f) {
        return switch (f) {
            case 0 -> c.title();
            case 1 -> c.authors();
            case 2 -> c.publication();
            case 3 -> c.date();
            default -> c.url();
        };
    }
}
