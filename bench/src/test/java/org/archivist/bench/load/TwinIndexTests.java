package org.archivist.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class TwinIndexTests {

    private static final JsonNode SETTINGS = StackClient.JSON.readTree("""
            {"articles-v2": {"settings": {"index": {
              "refresh_interval": "250ms", "number_of_shards": "1", "number_of_replicas": "0",
              "provided_name": "articles-v2", "creation_date": "1796226685389", "uuid": "SaRcvNIFTZ",
              "version": {"created": "9039003"},
              "analysis": {"analyzer": {"archivist_text": {"type": "custom", "tokenizer": "standard"}}}}}}}
            """);
    private static final JsonNode MAPPING = StackClient.JSON.readTree("""
            {"articles-v2": {"mappings": {"properties": {"source": {"type": "keyword"}}}}}
            """);

    @Test
    void keepsTheLiveSettingsIncludingTheRefreshInterval() {
        ObjectNode definition = TwinIndex.definition(SETTINGS, MAPPING);

        JsonNode index = definition.path("settings").path("index");
        assertThat(index.path("refresh_interval").asString()).isEqualTo("250ms");
        assertThat(index.path("number_of_shards").asString()).isEqualTo("1");
        assertThat(index.path("analysis").path("analyzer").has("archivist_text")).isTrue();
        assertThat(TwinIndex.refreshInterval(definition)).isEqualTo("250ms");
    }

    @Test
    void leavesOutWhatNamesTheLiveIndex() {
        JsonNode index = TwinIndex.definition(SETTINGS, MAPPING).path("settings").path("index");

        assertThat(index.has("uuid") || index.has("version") || index.has("creation_date") || index.has("provided_name"))
                .isFalse();
    }

    @Test
    void copiesTheMapping() {
        ObjectNode definition = TwinIndex.definition(SETTINGS, MAPPING);

        assertThat(definition.path("mappings").path("properties").path("source").path("type").asString()).isEqualTo("keyword");
    }

    @Test
    void namesElasticsearchsDefaultWhenNoRefreshIntervalIsSet() {
        JsonNode settings = StackClient.JSON.readTree("{\"a-v1\": {\"settings\": {\"index\": {\"number_of_shards\": \"1\"}}}}");

        assertThat(TwinIndex.refreshInterval(TwinIndex.definition(settings, MAPPING))).startsWith("1s");
    }

    @Test
    void doesNotChangeTheAnswersItWasGiven() {
        TwinIndex.definition(SETTINGS, MAPPING);

        assertThat(SETTINGS.path("articles-v2").path("settings").path("index").has("uuid")).isTrue();
    }
}
