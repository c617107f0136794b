package org.archivist.query.export;

import java.util.ArrayList;
import java.util.List;

import org.archivist.contract.Citation;
import org.archivist.query.index.IndexedArticle;

/**
 * The rows of {@code format=citations}: one per footnote link of each article, the edge from the citing article
 * to the stored article its citation names ({@code cited_id}, as {@code resolvedArticleId} in
 * {@code GET /api/articles/{id}}), empty when none does; the citation as enrich-service parsed it either way.
 */
final class CitationRows {

    static final List<String> HEADER = List.of("citing_id", "footnote_number", "cited_id", "citation_title",
            "citation_authors", "citation_publication", "citation_date", "citation_url");

    /** The stored fields the rows and the links' resolution need: Elasticsearch returns only these. */
    static final List<String> FIELDS = List.of("id", "footnoteLinks.number", "footnoteLinks.citation",
            "footnoteLinks.resolvedArticleId");

    private CitationRows() {
    }

    /** The article's edges, in footnote-link order; none when it has no footnote links. */
    static List<List<String>> rows(IndexedArticle article) {
        List<List<String>> rows = new ArrayList<>(article.footnoteLinks().size());
        for (IndexedArticle.Link link : article.footnoteLinks()) {
            Citation citation = link.citation();
            List<String> row = new ArrayList<>(HEADER.size());
            row.add(article.id());
            row.add(Integer.toString(link.number()));
            row.add(link.resolvedArticleId());
            row.add(citation == null ? null : citation.title());
            row.add(citation == null ? null : ArticleRows.joined(citation.authors()));
            row.add(citation == null ? null : citation.publication());
            row.add(citation == null ? null : citation.date());
            row.add(citation == null ? null : citation.url());
            rows.add(row);
        }
        return rows;
    }
}
