package org.archivist.query.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.archivist.contract.Citation;
import org.archivist.query.InvalidSearchException;
import org.archivist.query.index.IndexedArticle;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ExportFormatTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final IndexedArticle ARTICLE = ArticleRowsTests.article("a1", "=1+1", List.of("Ana Lima"),
            LocalDate.parse("2024-03-11"), List.of(), List.of(), List.of(), List.of(new IndexedArticle.Link(1,
                    List.of(), new Citation("Port Wages", List.of(), "The Civic Ledger", "2023-10", null), "a0", null)));

    private static String written(ExportFormat format, List<List<IndexedArticle>> pages) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportFormat.PageWriter writer = format.writer(out, JSON);
        writer.start();
        for (List<IndexedArticle> page : pages) {
            writer.write(page);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void defaultsToNdjson() {
        assertThat(ExportFormat.parse(null)).isEqualTo(ExportFormat.NDJSON);
        assertThat(ExportFormat.parse(" ")).isEqualTo(ExportFormat.NDJSON);
    }

    @Test
    void parsesEachFormatIgnoringCaseAndSpaces() {
        assertThat(ExportFormat.parse("ndjson")).isEqualTo(ExportFormat.NDJSON);
        assertThat(ExportFormat.parse(" CSV ")).isEqualTo(ExportFormat.CSV);
        assertThat(ExportFormat.parse("Citations")).isEqualTo(ExportFormat.CITATIONS);
    }

    @Test
    void rejectsAnUnknownFormatNamingTheParameter() {
        assertThatThrownBy(() -> ExportFormat.parse("xlsx")).isInstanceOfSatisfying(InvalidSearchException.class,
                e -> {
                    assertThat(e.parameter()).isEqualTo("format");
                    assertThat(e.getMessage()).contains("ndjson, csv, citations");
                });
    }

    @Test
    void namesTheFileAfterTheTimeInUtcWithTheFormatsExtension() {
        Instant now = Instant.parse("2024-03-12T09:05:07.900Z");
        assertThat(ExportFormat.NDJSON.fileName(now)).isEqualTo("archivist-export-20240312-090507.ndjson");
        assertThat(ExportFormat.CSV.fileName(now)).isEqualTo("archivist-export-20240312-090507.csv");
        assertThat(ExportFormat.CITATIONS.fileName(now)).isEqualTo("archivist-export-20240312-090507.csv");
    }

    @Test
    void readsOnlyTheFieldsEachFormatNeeds() {
        assertThat(ExportFormat.NDJSON.fields()).isEmpty();
        assertThat(ExportFormat.CSV.fields()).isEqualTo(ArticleRows.FIELDS);
        assertThat(ExportFormat.CITATIONS.fields()).isEqualTo(CitationRows.FIELDS);
        assertThat(ExportFormat.CSV.resolvesLinks()).isFalse();
        assertThat(ExportFormat.NDJSON.resolvesLinks()).isTrue();
        assertThat(ExportFormat.CITATIONS.resolvesLinks()).isTrue();
    }

    @Test
    void writesOneStoredArticlePerLineAcrossPages() throws IOException {
        String ndjson = written(ExportFormat.NDJSON, List.of(List.of(ARTICLE), List.of(ARTICLE)));

        String[] lines = ndjson.split("\n", -1);
        assertThat(lines).hasSize(3);
        assertThat(lines[2]).isEmpty();
        JsonNode first = JSON.readTree(lines[0]);
        assertThat(first.get("id").asString()).isEqualTo("a1");
        assertThat(first.get("publishedAt").asString()).isEqualTo("2024-03-11");
        assertThat(first.at("/footnoteLinks/0/resolvedArticleId").asString()).isEqualTo("a0");
        assertThat(JSON.readTree(lines[0])).isEqualTo(JSON.readTree(JSON.writeValueAsString(ARTICLE)));
    }

    @Test
    void writesAnEmptyNdjsonExportAsNothing() throws IOException {
        assertThat(written(ExportFormat.NDJSON, List.of())).isEmpty();
    }

    @Test
    void writesCsvWithAHeaderEvenWhenNothingMatches() throws IOException {
        assertThat(written(ExportFormat.CSV, List.of())).isEqualTo(String.join(",", ArticleRows.HEADER) + "\r\n");
    }

    @Test
    void writesArticleRowsGuardedAgainstFormulas() throws IOException {
        String csv = written(ExportFormat.CSV, List.of(List.of(ARTICLE)));

        assertThat(csv.split("\r\n")[1]).startsWith("a1,https://civicledger.example.com/a1,civic-ledger,'=1+1,"
                + "Ana Lima,2024-03-11,en,");
    }

    @Test
    void writesCitationEdges() throws IOException {
        assertThat(written(ExportFormat.CITATIONS, List.of(List.of(ARTICLE)))).isEqualTo(String.join(",",
                CitationRows.HEADER) + "\r\na1,1,a0,Port Wages,,The Civic Ledger,2023-10,\r\n");
    }
}
