package org.archivist.query.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.archivist.contract.Category;
import org.archivist.contract.Place;
import org.archivist.query.index.IndexedArticle;

/**
 * The rows of {@code format=csv}: one per article, with the stored fields a spreadsheet can show in a cell. Lists are
 * joined with {@code "; "}: authors, category labels (codes mean little in a sheet) and place codes (ISO 3166-1
 * alpha-2, as the {@code place} filter takes them); {@code footnotes} is how many the article has.
 */
final class ArticleRows {

    static final List<String> HEADER = List.of("id", "url", "source", "title", "authors", "publishedAt", "language",
            "categories", "places", "footnotes", "excerpt", "ingestedAt", "indexedAt");

    /**
     * The stored fields the rows are made of: Elasticsearch returns only these. Categories and places are read whole,
     * small as they are: their records have number components that cannot be left out.
     */
    static final List<String> FIELDS = List.of("id", "url", "source", "title", "authors", "publishedAt", "language",
            "categories", "places", "footnotes.number", "excerpt", "ingestedAt", "indexedAt");

    static final String SEPARATOR = "; ";

    private ArticleRows() {
    }

    static List<String> row(IndexedArticle article) {
        List<String> row = new ArrayList<>(HEADER.size());
        row.add(article.id());
        row.add(article.url());
        row.add(article.source());
        row.add(article.title());
        row.add(joined(article.authors()));
        row.add(text(article.publishedAt()));
        row.add(article.language());
        row.add(joined(article.categories().stream().map(Category::label).toList()));
        row.add(joined(article.places().stream().map(Place::code).toList()));
        row.add(Integer.toString(article.footnotes().size()));
        row.add(text(article.excerpt()));
        row.add(text(article.ingestedAt()));
        row.add(text(article.indexedAt()));
        return row;
    }

    static String joined(Collection<String> values) {
        return String.join(SEPARATOR, values.stream().filter(Objects::nonNull).toList());
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
