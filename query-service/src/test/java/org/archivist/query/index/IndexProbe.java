package org.archivist.query.index;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;

import org.archivist.testing.LocalStack;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What an index alias of the test stack's Elasticsearch holds, asked directly rather than through query-service. */
public final class IndexProbe {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String alias;

    public IndexProbe(String alias) {
        this.alias = alias;
    }

    /** How many of these article ids are searchable. */
    public long searchable(Set<String> ids) throws IOException, InterruptedException {
        String query = JSON.writeValueAsString(Map.of("size", 0, "track_total_hits", true,
                "query", Map.of("ids", Map.of("values", ids))));
        return JSON.readTree(post("/" + alias + "/_search", query)).at("/hits/total/value").asLong();
    }

    /** Documents behind the alias. */
    public long documents() throws IOException, InterruptedException {
        return JSON.readTree(post("/" + alias + "/_count", "{}")).path("count").asLong();
    }

    /** Replicas of the index behind the alias ({@code number_of_replicas}, as auto-expanded to the nodes there are). */
    public int replicas() throws IOException, InterruptedException {
        JsonNode settings = JSON.readTree(get("/" + alias + "/_settings"));
        return settings.properties().iterator().next().getValue().at("/settings/index/number_of_replicas").asInt();
    }

    /** The health of the index behind the alias: green, yellow or red. */
    public String health() throws IOException, InterruptedException {
        return JSON.readTree(get("/_cluster/health/" + alias)).path("status").asString();
    }

    /** Makes everything written to the index behind the alias searchable now. */
    public void refresh() throws IOException, InterruptedException {
        JsonNode answer = JSON.readTree(post("/" + alias + "/_refresh", null));
        if (answer.at("/_shards/failed").asInt() != 0 || answer.at("/_shards/total").isMissingNode()) {
            throw new IllegalStateException("Refresh of " + alias + " failed: " + answer);
        }
    }

    /** The document stored under an id, article or deletion marker alike, as a get by id answers it. */
    public JsonNode stored(String id) throws IOException, InterruptedException {
        return JSON.readTree(get("/" + alias + "/_doc/" + id));
    }

    private static String get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(LocalStack.elasticsearch() + path)).GET().build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
        }
    }

    /** @param body the JSON body, or null for none (an API such as {@code _refresh} refuses one) */
    private static String post(String path, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(LocalStack.elasticsearch() + path))
                .header("Content-Type", "application/json").POST(body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
        }
    }
}
