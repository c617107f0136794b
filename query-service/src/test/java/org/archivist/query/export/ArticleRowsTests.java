package org.archivist.query.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.archivist.contract.Category;
import org.archivist.contract.Footnote;
import org.archivist.contract.Place;
import org.archivist.query.index.IndexedArticle;
import org.junit.jupiter.api.Test;

class ArticleRowsTests {

    static IndexedArticle article(String id, String title, List<String> authors, LocalDate publishedAt,
            List<Category> categories, List<Place> places, List<Footnote> footnotes, List<IndexedArticle.Link> links) {
        return new IndexedArticle(1, id, "civic-ledger", "https://civicledger.example.com/" + id, title, authors,
                publishedAt, List.of(), List.of(), List.of("A paragraph."), footnotes, List.of(), null, null, null,
                Instant.parse("2024-03-12T09:30:00Z"), "en", false, null, categories, places, links, List.of(),
                List.of(), Instant.parse("2024-03-12T09:30:01Z"), null, Instant.parse("2024-03-12T09:30:02.114Z"),
                null, null);
    }

    @Test
    void headerNamesEveryColumnOnce() {
        assertThat(ArticleRows.HEADER).doesNotHaveDuplicates().hasSize(13).startsWith("id", "url", "source",
                "title", "authors", "publishedAt");
    }

    @Test
    void mapsAnArticleToOneCellPerColumn() {
        IndexedArticle article = article("a1", "Harbour strike, week two", List.of("Ana Lima", "Tom Berg"),
                LocalDate.parse("2024-03-11"),
                List.of(new Category("medtop:09000000", "labour", 0.8, "inferred", List.of("strike")),
                        new Category("medtop:04000000", "economy, business and finance", 0.6, "inferred", List.of())),
                List.of(new Place("BR", "Brazil", 3), new Place("PT", "Portugal", 1)),
                List.of(new Footnote(1, "[1] A note."), new Footnote(2, "[2] Another.")), List.of());

        assertThat(ArticleRows.row(article)).containsExactly("a1", "https://civicledger.example.com/a1",
                "civic-ledger", "Harbour strike, week two", "Ana Lima; Tom Berg", "2024-03-11", "en",
                "labour; economy, business and finance", "BR; PT", "2", "false", "2024-03-12T09:30:00Z",
                "2024-03-12T09:30:02.114Z");
    }

    @Test
    void leavesAbsentValuesEmptyAndCountsNoFootnotesAsZero() {
        IndexedArticle article = new IndexedArticle(null, "a2", null, null, "Untitled", null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);

        assertThat(ArticleRows.row(article)).containsExactly("a2", null, null, "Untitled", "", null, null, "", "",
                "0", null, null, null);
    }

    @Test
    void skipsMissingLabelsWhenJoining() {
        assertThat(ArticleRows.joined(Arrays.asList("labour", null, "energy"))).isEqualTo("labour; energy");
    }

    @Test
    void readsOnlyFieldsOfTheStoredDocument() {
        assertThat(ArticleRows.FIELDS).hasSize(ArticleRows.HEADER.size())
                .contains("categories", "places", "footnotes.number");
    }
}
