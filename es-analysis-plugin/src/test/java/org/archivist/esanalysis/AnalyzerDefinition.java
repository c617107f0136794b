package org.archivist.esanalysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A custom analyzer from query-service's {@code articles-settings.json}: its tokenizer and filter names. */
record AnalyzerDefinition(String tokenizer, List<String> filters) {

    /** Relative to this module, which is where Surefire runs the tests. */
    static final Path ARTICLE_INDEX_SETTINGS = Path.of("..", "query-service", "src", "main", "resources",
            "elasticsearch", "articles-settings.json");

    static AnalyzerDefinition fromArticleIndexSettings(String analyzer) {
        JsonNode definition = analysis().path("analyzer").path(analyzer);
        if (definition.isMissingNode()) {
            throw new IllegalArgumentException("No analyzer " + analyzer + " in " + ARTICLE_INDEX_SETTINGS);
        }
        List<String> filters = new ArrayList<>();
        definition.path("filter").forEach(filter -> filters.add(filter.asString()));
        return new AnalyzerDefinition(definition.path("tokenizer").asString(), filters);
    }

    static JsonNode analysis() {
        try {
            return JsonMapper.shared().readTree(Files.readString(ARTICLE_INDEX_SETTINGS)).path("index")
                    .path("analysis");
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
