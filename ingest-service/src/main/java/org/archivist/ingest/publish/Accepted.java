package org.archivist.ingest.publish;

import java.util.List;

import org.archivist.contract.Article;

/** The 202 body of {@code POST /api/articles}: the id and title of each durable article. */
public record Accepted(List<Item> accepted) {

    public record Item(String id, String title) {
    }

    public static Accepted of(List<Article> articles) {
        return new Accepted(articles.stream().map(a -> new Item(a.id(), a.title())).toList());
    }
}
