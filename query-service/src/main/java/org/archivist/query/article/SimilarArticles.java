package org.archivist.query.article;

import java.io.IOException;
import java.util.List;

import org.archivist.contract.Category;
import org.archivist.query.ArticleNotFoundException;

/** Finds articles like a stored one; the controller's collaborator, replaced by a fake in HTTP tests. */
interface SimilarArticles {

    /**
     * @throws ArticleNotFoundException when no article has this id
     * @throws IOException              when the search engine cannot be reached
     */
    Result similarTo(String id, int size) throws IOException;

    /** The body of {@code GET /api/articles/{id}/similar}: the article's id and the most similar others. */
    record Result(String id, List<Match> hits) {
    }

    record Match(String id, String title, List<String> authors, String publishedAt, String source,
            List<Category> categories) {
    }
}
