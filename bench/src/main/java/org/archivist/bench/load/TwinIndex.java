package org.archivist.bench.load;

import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The definition of a scratch index that is the live index's twin: its settings (analysis, shards, replicas and the
 * refresh interval query-service configured) and its mapping, as {@code GET /<alias>/_settings} and
 * {@code GET /<alias>/_mapping} give them, without what names one particular index (uuid, creation date, version,
 * name), which Elasticsearch refuses in a create request.
 */
final class TwinIndex {

    private static final List<String> IDENTITY = List.of("uuid", "version", "creation_date", "provided_name");

    private TwinIndex() {
    }

    /** The body of {@code PUT /<scratch>}, from the answers of {@code _settings} and {@code _mapping} on the alias. */
    static ObjectNode definition(JsonNode settingsAnswer, JsonNode mappingAnswer) {
        ObjectNode index = (ObjectNode) only(settingsAnswer).path("settings").path("index").deepCopy();
        index.remove(IDENTITY);
        ObjectNode definition = StackClient.JSON.createObjectNode();
        definition.putObject("settings").set("index", index);
        definition.set("mappings", only(mappingAnswer).path("mappings").deepCopy());
        return definition;
    }

    /** The refresh interval a definition sets, or Elasticsearch's default when it sets none. */
    static String refreshInterval(JsonNode definition) {
        JsonNode interval = definition.path("settings").path("index").path("refresh_interval");
        return interval.isMissingNode() ? "1s (Elasticsearch's default)" : interval.asString();
    }

    /** An alias answers with its one index's name as the only key. */
    private static JsonNode only(JsonNode answer) {
        if (answer.size() != 1) {
            throw new IllegalStateException("Expected the alias to name one index, got " + answer.propertyNames());
        }
        return answer.values().iterator().next();
    }
}
