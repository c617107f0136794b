package org.archivist.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TableLinesTests {

    @Test
    void keepsDataLinesStrippedWithWhereTheyCameFrom() {
        assertThat(TableLines.read(EnrichmentTable.classpath("tables/sample.txt", "Sample table"))).containsExactly(
                new TableLines.Line("first | line", "tables/sample.txt:3"),
                new TableLines.Line("second", "tables/sample.txt:6"));
    }

    @Test
    void aMissingTableSaysWhichOne() {
        assertThatThrownBy(() -> EnrichmentTable.classpath("tables/none.txt", "Gazetteer"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Gazetteer not found on the classpath: tables/none.txt");
    }
}
