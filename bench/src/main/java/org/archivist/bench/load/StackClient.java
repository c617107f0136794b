package org.archivist.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The HTTP calls the load tools make: ingest's and query's public APIs, query-service's actuator (reindex), and
 * Elasticsearch directly for counts, the raw-bulk baseline and clean-up. JDK HttpClient only; every call has a
 * timeout, so no tool can hang on a stuck stack. Posts carry a writer key, actuator calls the key they are given;
 * searches none, as reads are open by default.
 */
final class StackClient {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Endpoints endpoints;
    private final ApiKey writerKey;
    private final ApiKey adminKey;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    StackClient(Endpoints endpoints) {
        this.endpoints = endpoints;
        this.writerKey = ApiKey.of("writer", endpoints.keysFile());
        this.adminKey = ApiKey.of("admin", endpoints.keysFile());
    }

    /**
     * {@code DELETE /api/articles?source=...} with the admin key: every stored article of the source deleted through
     * the pipeline, as tombstones in the log, so that a rebuild from the log does not bring them back. Returns how
     * many; they leave the index once the tombstones came through.
     */
    long takeDown(String source, String reason) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoints.query().resolve("/api/articles?source=" + encode(source)
                        + "&reason=" + encode(reason)))
                .timeout(TIMEOUT.multipliedBy(4))
                .header(ApiKey.HEADER, adminKey.value())
                .DELETE()
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            throw new IllegalStateException("DELETE " + request.uri() + " answered " + response.statusCode()
                    + ": query-service refused the " + adminKey + " (./archivist restart query)");
        }
        require(response, 202);
        return JSON.readTree(response.body()).path("count").asLong();
    }

    /** The admin key, for query-service's actuator. */
    ApiKey adminKey() {
        return adminKey;
    }

    Endpoints endpoints() {
        return endpoints;
    }

    /**
     * Posts one request body of {@code POST /api/articles} ({@link #body}) and returns the ids, in order, once ingest
     * answered 202.
     */
    List<String> post(byte[] body) throws IOException, InterruptedException {
        return acceptedIds(http.send(postRequest(body), HttpResponse.BodyHandlers.ofString()));
    }

    /** The request body of {@code POST /api/articles} for these articles: a JSON array. */
    static byte[] body(List<ArticlePost> articles) {
        return JSON.writeValueAsBytes(articles);
    }

    /**
     * Posts articles without waiting (one article as a JSON object, more as an array); the future completes with
     * their ids when ingest answered 202.
     */
    CompletableFuture<List<String>> postAsync(List<ArticlePost> articles) {
        byte[] body = JSON.writeValueAsBytes(articles.size() == 1 ? articles.getFirst() : articles);
        return http.sendAsync(postRequest(body), HttpResponse.BodyHandlers.ofString()).thenApply(this::acceptedIds);
    }

    /** {@code POST /api/archives} with a WARC file, streamed from disk: the parsed answer; fails on any status but 202. */
    JsonNode postWarc(Path warc, String source) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoints.ingest().resolve("/api/archives?source="
                        + encode(source)))
                .timeout(Duration.ofMinutes(30))
                .header("Content-Type", "application/warc")
                .header(ApiKey.HEADER, writerKey.value())
                .POST(HttpRequest.BodyPublishers.ofFile(warc))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        require(response, 202);
        return JSON.readTree(response.body());
    }

    /** {@code GET /api/search?q=...&size=...}: the parsed body; fails on any status but 200. */
    JsonNode search(String q, int size) throws IOException, InterruptedException {
        HttpResponse<String> response = get(searchUri("q=" + encode(q) + "&size=" + size));
        require(response, 200);
        return JSON.readTree(response.body());
    }

    URI searchUri(String query) {
        return endpoints.query().resolve("/api/search?" + query);
    }

    HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A call to Elasticsearch itself; fails unless it answers 2xx. */
    JsonNode elasticsearch(String method, String path, String body, String contentType)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoints.elasticsearch().resolve(path)).timeout(TIMEOUT);
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException(method + " " + path + " answered " + response.statusCode() + ": " + excerpt(response.body()));
        }
        return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    /** Which of these ids a search of {@code index} finds now (an {@code ids} query: what is refreshed, not by id). */
    List<String> searchableIds(String index, List<String> ids) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode().put("size", ids.size()).put("_source", false);
        ids.forEach(body.putObject("query").putObject("ids").putArray("values")::add);
        List<String> found = new ArrayList<>();
        for (JsonNode hit : elasticsearch("POST", "/" + index + "/_search?filter_path=hits.hits._id", body.toString(),
                "application/json").path("hits").path("hits")) {
            found.add(hit.path("_id").asString());
        }
        return found;
    }

    /** {@code _count} of the documents of {@code index} that match {@code query} (a query DSL object). */
    long count(String index, String query) throws IOException, InterruptedException {
        return elasticsearch("POST", "/" + index + "/_count", "{\"query\":" + query + "}", "application/json")
                .path("count").asLong();
    }

    /** A call to query-service's actuator with {@code key}; fails unless it answers 200. */
    JsonNode queryActuator(String method, String path, ApiKey key) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoints.queryManagement().resolve(path))
                .timeout(TIMEOUT)
                .header(ApiKey.HEADER, key.value())
                // Even without a body: an operation that takes parameters (rebuild's force) refuses a POST without
                // one (415).
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            throw new IllegalStateException(method + " " + request.uri() + " answered " + response.statusCode()
                    + ": query-service refused the " + key + "; it knows the keys of .stack/keys as they were when it"
                    + " started (./archivist restart query)");
        }
        require(response, 200);
        return JSON.readTree(response.body());
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private HttpRequest postRequest(byte[] body) {
        return HttpRequest.newBuilder(endpoints.ingest().resolve("/api/articles"))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header(ApiKey.HEADER, writerKey.value())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }

    private List<String> acceptedIds(HttpResponse<String> response) {
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            throw new IllegalStateException("POST " + response.request().uri() + " answered " + response.statusCode()
                    + ": ingest-service refused the " + writerKey + "; it knows the keys of .stack/keys as they were"
                    + " when it started (restart it after new keys), or set ARCHIVIST_API_KEY to a writer key");
        }
        require(response, 202);
        List<String> ids = new ArrayList<>();
        for (JsonNode item : JSON.readTree(response.body()).path("accepted")) {
            ids.add(item.path("id").asString());
        }
        return ids;
    }

    private static void require(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.request().uri() + " answered "
                    + response.statusCode() + " (expected " + status + "): " + excerpt(response.body()));
        }
    }

    private static String excerpt(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "…";
    }
}
