package org.archivist.enrich;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One of enrich's UTF-8 tables (gazetteer, topic lexicon, source categories) as loaded, from the classpath or from
 * a file that replaces it. Plain Java.
 *
 * @param name where it came from, for messages about a bad line: a classpath resource or a file path
 * @param text its whole content
 */
public record EnrichmentTable(String name, String text) {

    public EnrichmentTable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }

    /**
     * @param what what the table is, for the message when it is missing, e.g. {@code "Gazetteer"}
     * @throws IllegalStateException when the resource is not on the classpath
     */
    public static EnrichmentTable classpath(String resource, String what) {
        try (InputStream in = EnrichmentTable.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(what + " not found on the classpath: " + resource);
            }
            return new EnrichmentTable(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + what + " " + resource, e);
        }
    }

    /** @throws UncheckedIOException when the file cannot be read */
    public static EnrichmentTable file(Path file, String what) {
        try {
            return new EnrichmentTable(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + what + " " + file + ": " + e.getMessage(), e);
        }
    }
}
