package org.archivist.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichmentTablesTests {

    @TempDir
    Path directory;

    @Test
    void theDefaultsAreTheBuiltInTables() {
        EnrichmentTables tables = EnrichmentTables.defaults();

        assertThat(tables.lexicon().name()).isEqualTo("topics/lexicon.txt");
        assertThat(tables.sourceCategories().name()).isEqualTo("topics/source-categories.txt");
        assertThat(tables.gazetteer().name()).isEqualTo("places/gazetteer.txt");
        assertThat(tables.lexicon().text()).contains("[medtop:01000000]");
    }

    @Test
    void aDirectoryReplacesOnlyTheTablesItHolds() throws IOException {
        Path lexicon = Files.writeString(directory.resolve("lexicon.txt"), "[medtop:01000000]\n3: zither\n");

        EnrichmentTables tables = EnrichmentTables.from(directory);

        assertThat(tables.lexicon()).isEqualTo(new EnrichmentTable(lexicon.toString(), "[medtop:01000000]\n3: zither\n"));
        assertThat(tables.sourceCategories()).isEqualTo(EnrichmentTables.defaults().sourceCategories());
        assertThat(tables.gazetteer()).isEqualTo(EnrichmentTables.defaults().gazetteer());
    }

    @Test
    void aMissingDirectoryIsAnErrorRatherThanTheDefaults() {
        assertThatIllegalArgumentException().isThrownBy(() -> EnrichmentTables.from(directory.resolve("typo")))
                .withMessageContaining("archivist.enrich.tables is not a directory");
    }

    @Test
    void theVersionNamesTheCodeAndChangesWithAnyTableOrTheCode() throws IOException {
        EnrichmentTables defaults = EnrichmentTables.defaults();
        Files.writeString(directory.resolve("gazetteer.txt"), defaults.gazetteer().text() + "\n# one more line\n");
        EnrichmentTables changed = EnrichmentTables.from(directory);

        assertThat(defaults.version("0.1.0.abc1234")).matches("0\\.1\\.0\\.abc1234\\+[0-9a-f]{12}")
                .isEqualTo(EnrichmentTables.defaults().version("0.1.0.abc1234"))
                .isNotEqualTo(defaults.version("0.1.0.def5678"))
                .isNotEqualTo(changed.version("0.1.0.abc1234"));
    }
}
