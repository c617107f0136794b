package org.archivist.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines that carry data in one of enrich's UTF-8 tables on the classpath (gazetteer, topic lexicon, source
 * categories): stripped, without blank lines and {@code #} comments, each with where it came from for error
 * messages. Plain Java.
 */
public final class TableLines {

    /** @param where {@code resource:line}, for messages about a bad line */
    public record Line(String text, String where) {
    }

    private TableLines() {
    }

    /**
     * @param what what the table is, for the message when it is missing, e.g. {@code "Gazetteer"}
     * @throws IllegalStateException when the resource is not on the classpath
     */
    public static List<Line> read(String resource, String what) {
        try (InputStream in = TableLines.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(what + " not found on the classpath: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Line> lines = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String text = line.strip();
                if (!text.isEmpty() && !text.startsWith("#")) {
                    lines.add(new Line(text, resource + ":" + number));
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + what + " " + resource, e);
        }
    }
}
