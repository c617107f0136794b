package org.archivist.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;

/**
 * A service's served OpenAPI documents, for tests that check what they say, and the rules every one of them keeps.
 */
public final class OpenApiDocuments {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private OpenApiDocuments() {
    }

    /** The document at {@code path} ({@code /v3/api-docs}, {@code /v3/api-docs/x-actuator}), as served and parsed. */
    public static Served fetch(int port, String path) {
        // Read past HttpProbe: fetching a document exercises no operation of it, and a unit test run (these tests)
        // would otherwise report 0 exercised operations over the ITs' coverage report.
        String text;
        try {
            text = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("X-API-Key", TestKeys.ADMIN).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        OpenAPI api = new OpenAPIV3Parser().readContents(text, null, null).getOpenAPI();
        assertThat(api).as("the document at %s parses", path).isNotNull();
        return new Served(text, api);
    }

    /** A document as text and as a model. */
    public record Served(String text, OpenAPI api) {

        /**
         * Every body typed as sent: no {@code *}{@code /*} media type, no Jackson tree internals; every error a
         * problem with its extensions at the top level; every 429 and 503 with {@code Retry-After}.
         */
        public void keepsTheSharedRules() {
            assertThat(text).doesNotContain("\"*/*\"").doesNotContain("nodeType").doesNotContain("ProblemDetail");
            Schema<?> problem = api.getComponents().getSchemas().get("Problem");
            assertThat(problem.getProperties()).containsKeys("type", "title", "status", "detail", "instance", "errors")
                    .doesNotContainKey("properties");
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                    operation.getResponses().forEach((status, response) -> {
                        String where = method + " " + path + " " + status;
                        // A HEAD answer has no body (RFC 9110), a problem's included.
                        if (isProblem(path, status) && method != PathItem.HttpMethod.HEAD) {
                            assertThat(response.getContent()).as(where).containsOnlyKeys("application/problem+json");
                            assertThat(response.getContent().get("application/problem+json").getSchema().get$ref())
                                    .as(where).endsWith("/Problem");
                        }
                        if (status.equals("429") || status.equals("503") && !path.endsWith("/health")) {
                            assertThat(headers(response)).as(where).containsKey("Retry-After");
                        }
                    })));
        }

        /** An error answer written by Spring MVC or the security chain (the actuator writes its own 409 and 503). */
        private static boolean isProblem(String path, String status) {
            return status.compareTo("400") >= 0 && !status.equals("409") && !(path.endsWith("/health")
                    && status.equals("503"));
        }

        private static Map<String, ?> headers(ApiResponse response) {
            return response.getHeaders() == null ? Map.of() : response.getHeaders();
        }
    }
}
