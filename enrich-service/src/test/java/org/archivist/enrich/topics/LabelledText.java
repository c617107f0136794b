package org.archivist.enrich.topics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.archivist.contract.Article;

import tools.jackson.databind.json.JsonMapper;

/** One line of a topic evaluation file: a short news text and its gold IPTC top-level topic codes. */
record LabelledText(String id, String title, String text, Set<String> topics) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    Article article() {
        return new Article(1, id, "evaluation", null, title, List.of(), null, List.of(), List.of(), List.of(text),
                List.of(), List.of(), null, null, null, null, null, false, null);
    }

    /** Reads a JSON-lines resource such as {@code topics/evaluation.jsonl}. */
    static List<LabelledText> load(String resource) {
        try (InputStream in = LabelledText.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No such resource: " + resource);
            }
            List<LabelledText> out = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(JSON.readValue(line, LabelledText.class));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
