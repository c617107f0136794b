package org.archivist.query.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV as RFC 4180 says: rows end with CRLF; a cell holding a comma, a double quote, CR or LF is quoted, its
 * double quotes doubled. A cell starting with {@code = + - @}, a tab or CR gets a leading apostrophe, so that a
 * spreadsheet shows it as text rather than running it as a formula (CSV injection): the export's cells are text
 * the pages' authors wrote.
 */
final class CsvWriter {

    private final Writer out;

    CsvWriter(Writer out) {
        this.out = out;
    }

    /** One row; a null cell is written empty. */
    void row(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    void flush() throws IOException {
        out.flush();
    }

    /** The cell as written: guarded against formulas, then quoted when it must be. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = startsLikeAFormula(value) ? "'" + value : value;
        if (!needsQuotes(text)) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private static boolean startsLikeAFormula(String value) {
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> true;
            default -> false;
        };
    }

    private static boolean needsQuotes(String text) {
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case ',', '"', '\r', '\n' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }
}
