package org.archivist.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link OpenApiValidation} on the answers the validator itself cannot read: a loopback server serves a document
 * with an ndjson and a CSV operation, and answers each path with a fixed body.
 */
class OpenApiValidationTests {

    private static final String DOCUMENT = """
            {"openapi": "3.0.1", "info": {"title": "Validation test", "version": "1"},
             "paths": {
               "/lines/{case}": {"get": {"parameters": [{"name": "case", "in": "path", "required": true,
                   "schema": {"type": "string"}}],
                 "responses": {"200": {"description": "lines", "content": {
                   "application/x-ndjson": {"schema": {"$ref": "#/components/schemas/Item"}}}}}}},
               "/table": {"get": {"responses": {"200": {"description": "table", "content": {
                   "text/csv": {"schema": {"type": "string"}}}}}}}},
             "components": {"schemas": {"Item": {"type": "object", "required": ["id"],
               "properties": {"id": {"type": "string"}, "count": {"type": "integer", "minimum": 0}}}}}}
            """;
    private static final Map<String, String[]> ANSWERS = Map.of(
            "/v3/api-docs", new String[] { "application/json", DOCUMENT },
            "/lines/good", new String[] { "application/x-ndjson", "{\"id\":\"a\",\"count\":1}\n{\"id\":\"b\"}\n" },
            "/lines/empty", new String[] { "application/x-ndjson", "" },
            "/lines/bad", new String[] { "application/x-ndjson", "{\"id\":\"a\"}\n{\"count\":-1}\n" },
            "/lines/unended", new String[] { "application/x-ndjson", "{\"id\":\"a\"}" },
            "/lines/json", new String[] { "application/json", "{\"id\":\"a\"}" },
            "/table", new String[] { "text/csv;charset=UTF-8", "id,count\r\na,1\r\n" });

    private static HttpServer server;
    private static HttpProbe http;

    @BeforeAll
    static void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String[] answer = ANSWERS.get(exchange.getRequestURI().getPath());
            byte[] body = answer == null ? new byte[0] : answer[1].getBytes(StandardCharsets.UTF_8);
            if (answer != null) {
                exchange.getResponseHeaders().add("Content-Type", answer[0]);
            }
            exchange.sendResponseHeaders(answer == null ? 404 : 200, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        http = new HttpProbe(server.getAddress().getPort());
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void acceptsNdjsonWhoseEveryLineMatchesTheSchema() {
        assertThat(http.get("/lines/good").statusCode()).isEqualTo(200);
    }

    @Test
    void acceptsAnEmptyNdjsonStream() {
        assertThat(http.get("/lines/empty").body()).isEmpty();
    }

    @Test
    void refusesAnNdjsonLineThatBreaksTheSchemaNamingIt() {
        assertThatThrownBy(() -> http.get("/lines/bad")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("line 2:").hasMessageContaining("id").hasMessageNotContaining("line 1:");
    }

    @Test
    void refusesNdjsonWithoutItsLastNewline() {
        assertThatThrownBy(() -> http.get("/lines/unended")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("newline");
    }

    @Test
    void refusesAMediaTypeTheDocumentDoesNotList() {
        assertThatThrownBy(() -> http.get("/lines/json")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("contentType");
    }

    @Test
    void acceptsCsvByItsMediaType() {
        assertThat(http.get("/table").body()).startsWith("id,count");
    }
}
