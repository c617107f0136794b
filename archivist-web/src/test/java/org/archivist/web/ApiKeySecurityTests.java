package org.archivist.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.archivist.testing.TestKeys.ADMIN;
import static org.archivist.testing.TestKeys.READER;
import static org.archivist.testing.TestKeys.WRITER;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.archivist.testing.HttpProbe;
import org.archivist.testing.LogCapture;
import org.archivist.testing.TestKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * The security edge over real HTTP with its default rules: open reads, writer for writes, admin for deletes
 * and actuator. Each test sends from an address of its own ({@code X-Forwarded-For}, honoured as behind a
 * proxy), so the per-address budget of failed attempts of one test does not spill into another.
 */
@SpringBootTest(classes = SecurityTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "server.forward-headers-strategy=framework", "management.server.port=0",
                "management.endpoints.web.exposure.include=health,info,auditevents",
                "management.endpoint.health.show-details=when-authorized",
                "management.endpoint.health.show-components=when-authorized",
                "management.endpoint.health.roles=ADMIN",
                "archivist.security.failed-attempts.requests=3", "archivist.security.failed-attempts.per=1h",
                "archivist.security.writes.requests=10", "archivist.security.writes.per=1h",
                "archivist.security.max-body-size=1KB" })
@ContextConfiguration(initializers = ApiKeySecurityTests.Keys.class)
class ApiKeySecurityTests {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);
    static final String BUDGETED = "ak_budgeted-test-key";
    /** {@code printf '%s' ak_budgeted-test-key | sha256sum} */
    static final String BUDGETED_SHA256 = "28cda4c387d934209d4cce2530f5f77ba66381285044fff2005596e6cdacda1c";

    /**
     * The TestKeys and a fourth, for the test that spends its whole write budget; in one property source, since a
     * list is bound from one source only.
     */
    static final class Keys implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestKeys.properties().and("archivist.security.keys[3].name=budgeted",
                    "archivist.security.keys[3].role=writer", "archivist.security.keys[3].sha256=" + BUDGETED_SHA256)
                    .applyTo(context);
        }
    }

    /** Opened once the context is up: Boot's logging setup at startup replaces the root's appenders. */
    private static LogCapture logs;

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    private HttpProbe api;
    private HttpProbe management;
    private String from;

    /** Every test's log lines together: none holds a key, and the audit trail is among them. */
    @AfterAll
    static void noKeyInAnyLogLine() {
        try (LogCapture captured = logs) {
            assertThat(captured.events()).map(LogCapture::text).anyMatch(line -> line.contains("\"action\":\"NOTE_ADDED\""));
            List<String> keys = new ArrayList<>(TestKeys.ALL);
            keys.add(BUDGETED);
            captured.assertNoneContains(keys, "archivist.audit", "org.springframework.security");
        }
    }

    @BeforeEach
    void setUp() {
        if (logs == null) {
            logs = LogCapture.start();
        }
        api = new HttpProbe(port);
        management = new HttpProbe(managementPort);
        from = "192.0.2." + ADDRESSES.getAndIncrement();
    }

    private HttpResponse<String> post(String key) {
        return key == null ? api.send("POST", "/api/notes", "a note", "Content-Type", "text/plain", "X-Forwarded-For", from)
                : api.send("POST", "/api/notes", "a note", "Content-Type", "text/plain", "X-Forwarded-For", from,
                        "X-API-Key", key);
    }

    @Test
    void aWriteWithoutKeyIs401ProblemSayingHowToSendOne() {
        HttpResponse<String> response = post(null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"archivist\"");
        assertThat(response.body()).contains("\"status\":401", "X-API-Key: <key>", "Authorization: Bearer <key>");
    }

    @Test
    void writerAndAdminMayWriteAndAReaderGets403NamingItsRole() {
        assertThat(post(WRITER).statusCode()).isEqualTo(200);
        assertThat(post(ADMIN).statusCode()).isEqualTo(200);

        HttpResponse<String> reader = post(READER);
        assertThat(reader.statusCode()).isEqualTo(403);
        assertThat(reader.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(reader.body()).contains("The key 'test-reader' has the role reader", "POST /api/notes");
    }

    @Test
    void theKeyMayComeAsABearerToken() {
        HttpResponse<String> response = api.send("POST", "/api/notes", "a note", "Content-Type", "text/plain",
                "X-Forwarded-For", from, "Authorization", "Bearer " + ADMIN);

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void readsAreOpenButAnUnknownKeyIs401EvenThere() {
        assertThat(api.send("GET", "/api/notes", null).statusCode()).isEqualTo(200);

        HttpResponse<String> unknown = api.send("GET", "/api/notes", null, "X-Forwarded-For", from, "X-API-Key", "ak_guess");
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(unknown.body()).contains("not one this service knows");
    }

    @Test
    void deletesNeedAnAdmin() {
        assertThat(api.send("DELETE", "/api/notes/7", null, "X-API-Key", WRITER).statusCode()).isEqualTo(403);
        assertThat(api.send("DELETE", "/api/notes/7", null, "X-API-Key", ADMIN).statusCode()).isEqualTo(200);
    }

    @Test
    void anAddressThatSpentItsFailedAttemptsIsTurnedAwayEvenWithAGoodKey() {
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(post("ak_guess-" + attempt).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> blocked = post(WRITER);
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 1200L));
        assertThat(blocked.body()).contains("unknown API keys");
        assertThat(post(null).statusCode()).as("a request without key is not held back").isEqualTo(401);
        from = "192.0.2.250";
        assertThat(post(WRITER).statusCode()).as("another address is not held back").isEqualTo(200);
    }

    @Test
    void aKeyThatSpentItsWriteBudgetGets429WithRetryAfterWhileReadsGoOn() {
        for (int write = 0; write < 10; write++) {
            assertThat(post(BUDGETED).statusCode()).isEqualTo(200);
        }

        HttpResponse<String> eleventh = post(BUDGETED);
        assertThat(eleventh.statusCode()).isEqualTo(429);
        assertThat(eleventh.headers().firstValue("Retry-After")).isPresent();
        assertThat(eleventh.body()).contains("The key 'budgeted' has used its budget of 10 writes");
        assertThat(api.send("GET", "/api/notes", null, "X-API-Key", BUDGETED).statusCode()).isEqualTo(200);
    }

    @Test
    void aCrossSiteSimplePostWithoutKeyDoesNothing() {
        HttpResponse<String> response = api.send("POST", "/api/notes", "forged", "Content-Type", "text/plain",
                "Origin", "https://elsewhere.example", "X-Forwarded-For", from);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void aPreflightFromAnotherSiteIsNotAllowedToSendTheKeyHeader() {
        HttpResponse<String> preflight = api.send("OPTIONS", "/api/notes", null, "Origin", "https://elsewhere.example",
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "x-api-key");

        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers")).isEmpty();
    }

    @Test
    void aBodyOverTheLimitIs413Problem() {
        HttpResponse<String> response = api.send("POST", "/api/notes", "x".repeat(2000), "Content-Type", "text/plain",
                "X-API-Key", ADMIN);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"limitBytes\":1024", "archivist.security.max-body-size");
    }

    @Test
    void anonymousHealthIsStatusOnlyAndAdminsSeeComponents() {
        HttpResponse<String> anonymous = management.send("GET", "/actuator/health", null);
        HttpResponse<String> writer = management.send("GET", "/actuator/health", null, "X-API-Key", WRITER);
        HttpResponse<String> admin = management.send("GET", "/actuator/health", null, "X-API-Key", ADMIN);

        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).contains("\"status\":\"UP\"").doesNotContain("components", "details");
        assertThat(writer.body()).doesNotContain("components");
        assertThat(admin.body()).contains("\"components\"", "diskSpace");
    }

    @Test
    void otherActuatorEndpointsNeedAnAdminAndListTheAuditTrail() {
        post(WRITER);

        assertThat(management.send("GET", "/actuator/auditevents", null).statusCode()).isEqualTo(401);
        assertThat(management.send("GET", "/actuator/auditevents", null, "X-API-Key", WRITER).statusCode()).isEqualTo(403);
        HttpResponse<String> events = management.send("GET", "/actuator/auditevents?type=NOTE_ADDED", null,
                "X-API-Key", ADMIN);
        assertThat(events.statusCode()).isEqualTo(200);
        assertThat(events.body()).contains("\"principal\":\"test-writer\"", "\"role\":\"writer\"", "\"client\":\"" + from + "\"");
        assertThat(management.send("GET", "/actuator/info", null).statusCode()).isEqualTo(200);
    }

    @Test
    void refusalsAreAuditedWithTheKeyNameNeverTheKey() {
        post(READER);
        post("ak_guess");

        assertThat(logs.events()).map(LogCapture::text)
                .anyMatch(line -> line.contains("\"action\":\"AUTHORIZATION_FAILURE\"") && line.contains("\"key\":\"test-reader\"")
                        && line.contains("\"client\":\"" + from + "\"") && line.contains("\"path\":\"/api/notes\""))
                .anyMatch(line -> line.contains("\"action\":\"AUTHENTICATION_FAILURE\"") && line.contains("\"key\":\"anonymous\"")
                        && line.contains("\"client\":\"" + from + "\""));
    }
}
