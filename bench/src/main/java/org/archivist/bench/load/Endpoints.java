package org.archivist.bench.load;

import java.net.URI;
import java.nio.file.Path;

/**
 * Where the stack under test listens: always this machine, on the ports ./archivist reads from the same
 * environment variables ({@code ARCHIVIST_INGEST_PORT}, {@code ARCHIVIST_QUERY_PORT}, {@code ARCHIVIST_ES_PORT},
 * {@code ARCHIVIST_QUERY_MANAGEMENT_PORT} for query-service's actuator), the folder of its pid files
 * ({@code .stack/run} under the checkout the tool is started from, or {@code ARCHIVIST_STACK_RUN}) and its API keys
 * ({@code keys} beside that folder).
 */
record Endpoints(URI ingest, URI query, URI queryManagement, URI elasticsearch, Path pidFolder) {

    static Endpoints fromEnvironment() {
        return new Endpoints(local("ARCHIVIST_INGEST_PORT", 8081), local("ARCHIVIST_QUERY_PORT", 8083),
                local("ARCHIVIST_QUERY_MANAGEMENT_PORT", 8093), local("ARCHIVIST_ES_PORT", 9200),
                Path.of(System.getenv().getOrDefault("ARCHIVIST_STACK_RUN", ".stack/run")));
    }

    /** The file of local API keys that ./archivist writes: {@code .stack/keys}. */
    Path keysFile() {
        return pidFolder.resolveSibling("keys");
    }

    private static URI local(String variable, int fallback) {
        String port = System.getenv(variable);
        return URI.create("http://127.0.0.1:" + (port == null || port.isBlank() ? fallback : Integer.parseInt(port.strip())));
    }

    @Override
    public String toString() {
        return "ingest " + ingest + ", query " + query + " (actuator " + queryManagement + "), elasticsearch "
                + elasticsearch;
    }
}
