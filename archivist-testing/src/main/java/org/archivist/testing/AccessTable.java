package org.archivist.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Who may call what, as a table for {@code SecurityIT}s: each {@link Row} is one endpoint called by one
 * {@link Caller}, with the status the caller must get. {@link #assertAnswer} also checks the shape of a refusal:
 * a 401 is a problem with {@code WWW-Authenticate: Bearer realm="archivist"}, a 403 a problem naming the key's role.
 */
public final class AccessTable {

    /** A key no service knows, shaped like a real one. */
    public static final String UNKNOWN_KEY = "ak_not-a-key-9Xw2Lq7Zt4Vb1Nc8Hs5Dm0";

    private AccessTable() {
    }

    /** The port an endpoint is served on: the API's or actuator's. */
    public enum Port {
        API, MANAGEMENT
    }

    /** Who calls: no key, a key the service does not know, or one of the {@link TestKeys}. */
    public enum Caller {

        NONE(null), UNKNOWN(UNKNOWN_KEY), READER(TestKeys.READER), WRITER(TestKeys.WRITER), ADMIN(TestKeys.ADMIN);

        private final String key;

        Caller(String key) {
            this.key = key;
        }

        /** The plain key sent as {@code X-API-Key}, or null. */
        public String key() {
            return key;
        }

        /** The role a 403 names for this caller: {@code reader}, {@code writer} or {@code admin}. */
        public String role() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One request: where it goes, and the body it sends (null for none). */
    public record Endpoint(Port port, String method, String path, String contentType, String body) {

        public static Endpoint get(Port port, String path) {
            return new Endpoint(port, "GET", path, null, null);
        }

        public static Endpoint head(Port port, String path) {
            return new Endpoint(port, "HEAD", path, null, null);
        }

        public static Endpoint delete(Port port, String path) {
            return new Endpoint(port, "DELETE", path, null, null);
        }

        public static Endpoint post(Port port, String path, String contentType, String body) {
            return new Endpoint(port, "POST", path, contentType, body);
        }

        /** Sends this request as {@code caller} to the API or management port. */
        public HttpResponse<String> call(int apiPort, int managementPort, Caller caller) {
            HttpProbe http = new HttpProbe(port == Port.API ? apiPort : managementPort, caller.key());
            return contentType == null ? http.send(method, path, body)
                    : http.send(method, path, body, "Content-Type", contentType);
        }

        @Override
        public String toString() {
            return method + " " + path + (port == Port.MANAGEMENT ? " (management)" : "");
        }
    }

    /** One endpoint called by one caller, and the status that caller must get. */
    public record Row(Endpoint endpoint, Caller caller, int status) {

        public HttpResponse<String> call(int apiPort, int managementPort) {
            return endpoint.call(apiPort, managementPort, caller);
        }

        @Override
        public String toString() {
            return endpoint + " as " + caller.role() + " -> " + status;
        }
    }

    /** One row per caller, with the statuses in the order none, unknown key, reader, writer, admin. */
    public static Stream<Row> rows(Endpoint endpoint, int none, int unknown, int reader, int writer, int admin) {
        return Stream.of(new Row(endpoint, Caller.NONE, none), new Row(endpoint, Caller.UNKNOWN, unknown),
                new Row(endpoint, Caller.READER, reader), new Row(endpoint, Caller.WRITER, writer),
                new Row(endpoint, Caller.ADMIN, admin));
    }

    /** The rows of an endpoint open to every caller whose key, if any, is known. */
    public static Stream<Row> open(Endpoint endpoint, int status) {
        return rows(endpoint, status, 401, status, status, status);
    }

    /** The rows of an endpoint for readers and up. */
    public static Stream<Row> readers(Endpoint endpoint, int status) {
        return rows(endpoint, 401, 401, status, status, status);
    }

    /** The rows of an endpoint for writers and admins. */
    public static Stream<Row> writers(Endpoint endpoint, int status) {
        return rows(endpoint, 401, 401, 403, status, status);
    }

    /** The rows of an endpoint for admins only. */
    public static Stream<Row> admins(Endpoint endpoint, int status) {
        return rows(endpoint, 401, 401, 403, 403, status);
    }

    /**
     * The rows every service's actuator has: health (status for all, details for admins, which the rows do not
     * tell apart) and info open, the endpoint list, Prometheus and the audit events for admins; and none of it on
     * the API port.
     */
    public static Stream<Row> actuatorRows() {
        return Stream.of(
                open(Endpoint.get(Port.API, "/actuator/prometheus"), 404),
                open(Endpoint.get(Port.MANAGEMENT, "/actuator/health"), 200),
                open(Endpoint.head(Port.MANAGEMENT, "/actuator/health"), 200),
                open(Endpoint.get(Port.MANAGEMENT, "/actuator/health/liveness"), 200),
                open(Endpoint.get(Port.MANAGEMENT, "/actuator/health/readiness"), 200),
                open(Endpoint.get(Port.MANAGEMENT, "/actuator/info"), 200),
                admins(Endpoint.get(Port.MANAGEMENT, "/actuator"), 200),
                admins(Endpoint.get(Port.MANAGEMENT, "/actuator/prometheus"), 200),
                admins(Endpoint.get(Port.MANAGEMENT, "/actuator/auditevents"), 200))
                .flatMap(rows -> rows);
    }

    /**
     * Asserts that no plain key (nor the unknown one) is in any line {@code logs} caught, nor in the audit events
     * an admin reads; refuses every kind of caller first, so that the audit lines checked exist.
     */
    public static void assertNoKeyLeaked(int apiPort, int managementPort, LogCapture logs) {
        HttpResponse<String> auditEvents = null;
        for (Caller caller : Caller.values()) {
            auditEvents = Endpoint.get(Port.MANAGEMENT, "/actuator/auditevents").call(apiPort, managementPort, caller);
        }
        assertThat(auditEvents.statusCode()).isEqualTo(200);
        assertThat(auditEvents.body()).contains("AUTHORIZATION_FAILURE", "AUTHENTICATION_FAILURE");

        List<String> secrets = new ArrayList<>(TestKeys.ALL);
        secrets.add(UNKNOWN_KEY);
        assertThat(secrets).as("keys in /actuator/auditevents").noneMatch(auditEvents.body()::contains);
        logs.assertNoneContains(secrets, "archivist.audit", "org.springframework.security");
    }

    /** Asserts the row's status and, for a refusal by the security chain, its shape. */
    public static void assertAnswer(Row row, HttpResponse<String> response) {
        assertThat(response.statusCode()).as("%s: %s", row, response.body()).isEqualTo(row.status());
        boolean hasBody = !row.endpoint().method().equals("HEAD");
        if (row.status() == 401) {
            assertThat(response.headers().firstValue("WWW-Authenticate")).as("%s", row)
                    .hasValue("Bearer realm=\"archivist\"");
            assertThat(response.headers().firstValue("Content-Type")).as("%s", row)
                    .hasValue("application/problem+json");
            if (hasBody) {
                assertThat(response.body()).as("%s", row).contains("\"status\":401").contains(
                        row.caller() == Caller.UNKNOWN ? "not one this service knows" : "This needs an API key");
            }
        } else if (row.status() == 403) {
            assertThat(response.headers().firstValue("Content-Type")).as("%s", row)
                    .hasValue("application/problem+json");
            if (hasBody) {
                assertThat(response.body()).as("%s", row).contains("\"status\":403")
                        .contains("\"role\":\"" + row.caller().role() + "\"")
                        .contains("has the role " + row.caller().role());
            }
        } else {
            assertThat(response.headers().firstValue("WWW-Authenticate")).as("%s", row).isEmpty();
        }
    }
}
