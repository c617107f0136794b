package org.archivist.query.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.archivist.contract.Citation;
import org.archivist.query.index.IndexedArticle;
import org.junit.jupiter.api.Test;

class CitationRowsTests {

    private static IndexedArticle citing(IndexedArticle.Link... links) {
        return ArticleRowsTests.article("c1", "Why power prices rose", List.of(), LocalDate.parse("2021-01-05"),
                List.of(), List.of(), List.of(), List.of(links));
    }

    @Test
    void writesOneRowPerFootnoteLinkWithTheResolvedArticle() {
        IndexedArticle article = citing(
                new IndexedArticle.Link(1, List.of(), new Citation("How Utilities Lobby", List.of("Ana Lima",
                        "Tom Berg"), "The Civic Ledger", "2020-10-12", "https://civicledger.example.com/lobby"),
                        "cited-1", null),
                new IndexedArticle.Link(2, List.of(), new Citation("Dockworkers and the State", List.of("Maria Souza"),
                        "Labour Review", "2019", null), null, null));

        assertThat(CitationRows.rows(article)).containsExactly(
                List.of("c1", "1", "cited-1", "How Utilities Lobby", "Ana Lima; Tom Berg", "The Civic Ledger",
                        "2020-10-12", "https://civicledger.example.com/lobby"),
                Arrays.asList("c1", "2", null, "Dockworkers and the State", "Maria Souza", "Labour Review",
                        "2019", null));
    }

    @Test
    void writesALinkWithoutACitationWithEmptyCitationCells() {
        assertThat(CitationRows.rows(citing(new IndexedArticle.Link(3, List.of(), null, null, null))))
                .containsExactly(Arrays.asList("c1", "3", null, null, null, null, null, null));
    }

    @Test
    void writesNoRowsForAnArticleWithoutLinks() {
        assertThat(CitationRows.rows(citing())).isEmpty();
    }

    @Test
    void headerHasTheColumnsEachRowFills() {
        assertThat(CitationRows.HEADER).containsExactly("citing_id", "footnote_number", "cited_id", "citation_title",
                "citation_authors", "citation_publication", "citation_date", "citation_url");
        assertThat(CitationRows.rows(citing(new IndexedArticle.Link(1, List.of(), null, null, null))).getFirst())
                .hasSameSizeAs(CitationRows.HEADER);
    }
}
