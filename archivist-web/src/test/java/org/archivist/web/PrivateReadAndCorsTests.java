package org.archivist.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.archivist.testing.TestKeys.READER;
import static org.archivist.testing.TestKeys.WRITER;

import java.net.http.HttpResponse;

import org.archivist.testing.HttpProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.archivist.testing.TestKeys;
import org.springframework.test.context.ContextConfiguration;

/** Reads closed to key holders ({@code public-read=false}), and one other site allowed to call the API. */
@SpringBootTest(classes = SecurityTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "archivist.security.public-read=false",
                "archivist.security.cors.allowed-origins=https://desk.example" })
@ContextConfiguration(initializers = TestKeys.Initializer.class)
class PrivateReadAndCorsTests {

    @LocalServerPort
    int port;

    private HttpProbe api;

    @BeforeEach
    void setUp() {
        api = new HttpProbe(port);
    }

    @Test
    void readsNeedAKeyOfAnyRole() {
        assertThat(api.send("GET", "/api/notes", null).statusCode()).isEqualTo(401);
        assertThat(api.send("HEAD", "/api/notes", null).statusCode()).isEqualTo(401);
        assertThat(api.send("GET", "/api/notes", null, "X-API-Key", READER).statusCode()).isEqualTo(200);
        assertThat(api.send("GET", "/api/notes", null, "X-API-Key", WRITER).statusCode()).isEqualTo(200);
    }

    @Test
    void theAllowedSitePassesThePreflightWithTheKeyHeader() {
        HttpResponse<String> preflight = api.send("OPTIONS", "/api/notes", null, "Origin", "https://desk.example",
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "x-api-key,content-type");

        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://desk.example");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElseThrow().toLowerCase())
                .contains("x-api-key");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
    }

    @Test
    void anyOtherSiteIsRefusedThePreflightAndItsRequests() {
        HttpResponse<String> preflight = api.send("OPTIONS", "/api/notes", null, "Origin", "https://elsewhere.example",
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "x-api-key");
        HttpResponse<String> withKey = api.send("POST", "/api/notes", "forged", "Content-Type", "text/plain",
                "Origin", "https://elsewhere.example", "X-API-Key", WRITER);

        assertThat(preflight.statusCode()).isEqualTo(403);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(withKey.statusCode()).as("even a stolen key does not work from a page of another site")
                .isEqualTo(403);
    }
}
