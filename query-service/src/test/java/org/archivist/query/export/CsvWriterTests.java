package org.archivist.query.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvWriterTests {

    private static String rows(List<String>... rows) throws IOException {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        for (List<String> row : rows) {
            csv.row(row);
        }
        csv.flush();
        return out.toString();
    }

    @Test
    void endsEveryRowWithCrLf() throws IOException {
        assertThat(rows(List.of("a", "b"), List.of("c", "d"))).isEqualTo("a,b\r\nc,d\r\n");
    }

    @Test
    void leavesPlainCellsUnquoted() {
        assertThat(CsvWriter.cell("Harbour strike enters second week")).isEqualTo("Harbour strike enters second week");
        assertThat(CsvWriter.cell("https://example.org/a?b=c&d=e")).isEqualTo("https://example.org/a?b=c&d=e");
    }

    @Test
    void quotesCellsWithCommas() {
        assertThat(CsvWriter.cell("Strike, week two")).isEqualTo("\"Strike, week two\"");
    }

    @Test
    void doublesQuotesInsideQuotedCells() {
        assertThat(CsvWriter.cell("The \"Harbour\" strike")).isEqualTo("\"The \"\"Harbour\"\" strike\"");
    }

    @Test
    void quotesCellsWithLineBreaks() {
        assertThat(CsvWriter.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvWriter.cell("two\r\nlines")).isEqualTo("\"two\r\nlines\"");
    }

    @Test
    void writesNullAndEmptyAsEmptyCells() throws IOException {
        assertThat(rows(Arrays.asList("a", null, "", "d"))).isEqualTo("a,,,d\r\n");
    }

    @Test
    void prefixesCellsThatStartLikeFormulasWithAnApostrophe() {
        assertThat(CsvWriter.cell("=HYPERLINK(\"http://evil.example\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\")\"");
        assertThat(CsvWriter.cell("+1 for the port")).isEqualTo("'+1 for the port");
        assertThat(CsvWriter.cell("-30% in a week")).isEqualTo("'-30% in a week");
        assertThat(CsvWriter.cell("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(CsvWriter.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvWriter.cell("\rcmd")).isEqualTo("\"'\rcmd\"");
    }

    @Test
    void leavesFormulaCharactersAfterTheFirstAlone() {
        assertThat(CsvWriter.cell("a=b")).isEqualTo("a=b");
        assertThat(CsvWriter.cell("2024-03-11")).isEqualTo("2024-03-11");
        assertThat(CsvWriter.cell(" =1")).isEqualTo(" =1");
    }

    @Test
    void keepsNonAsciiTextAsIs() {
        assertThat(CsvWriter.cell("São Paulo; Zürich")).isEqualTo("São Paulo; Zürich");
    }
}
