package org.archivist.enrich;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines that carry data in one of enrich's tables ({@link EnrichmentTable}): stripped, without blank lines and
 * {@code #} comments, each with where it came from for error messages. Plain Java.
 */
public final class TableLines {

    /** @param where {@code table:line}, for messages about a bad line */
    public record Line(String text, String where) {
    }

    private TableLines() {
    }

    /**
     * The data lines of a table on the classpath.
     *
     * @param what what the table is, for the message when it is missing, e.g. {@code "Gazetteer"}
     * @throws IllegalStateException when the resource is not on the classpath
     */
    public static List<Line> read(String resource, String what) {
        return read(EnrichmentTable.classpath(resource, what));
    }

    public static List<Line> read(EnrichmentTable table) {
        List<Line> lines = new ArrayList<>();
        int number = 0;
        for (String line : table.text().split("\r?\n", -1)) {
            number++;
            String text = line.strip();
            if (!text.isEmpty() && !text.startsWith("#")) {
                lines.add(new Line(text, table.name() + ":" + number));
            }
        }
        return lines;
    }
}
