package org.archivist.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The API key a load tool sends as {@code X-API-Key}: for the writer role {@code ARCHIVIST_API_KEY}, for the admin
 * role {@code ARCHIVIST_ADMIN_KEY}, when set; else the key of the wanted role in the file ./archivist writes
 * ({@code .stack/keys}, lines {@code <role> <name> <key>}). Missing both is an error at start, not thousands of 401s
 * later. {@link #toString()} names where the key came from, never the key.
 */
record ApiKey(String value, String origin) {

    static final String HEADER = "X-API-Key";

    static ApiKey of(String role, Path keysFile) {
        String variable = role.equals("writer") ? "ARCHIVIST_API_KEY" : "ARCHIVIST_" + role.toUpperCase(Locale.ROOT) + "_KEY";
        String fromEnvironment = System.getenv(variable);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return new ApiKey(fromEnvironment.strip(), variable);
        }
        if (!Files.isRegularFile(keysFile)) {
            throw new IllegalStateException("No " + role + " key: set " + variable + ", or run from the root of the checkout whose"
                    + " stack is up (" + keysFile.toAbsolutePath() + " does not exist; ./archivist up writes it)");
        }
        try {
            for (String line : Files.readAllLines(keysFile)) {
                String[] fields = line.strip().split("\\s+");
                if (fields.length == 3 && fields[0].equals(role)) {
                    return new ApiKey(fields[2], keysFile + " (" + fields[1] + ")");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the API keys in " + keysFile, e);
        }
        throw new IllegalStateException(keysFile + " holds no " + role + " key; set " + variable + " instead");
    }

    @Override
    public String toString() {
        return "API key from " + origin;
    }
}
