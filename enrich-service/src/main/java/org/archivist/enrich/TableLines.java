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
