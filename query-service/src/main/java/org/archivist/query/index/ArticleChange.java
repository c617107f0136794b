package org.archivist.query.index;

import org.archivist.contract.Deletion;
import org.archivist.contract.EnrichedArticle;

/** One record of the enriched topic, as the indexer takes it: a version of an article, or its deletion. */
public sealed interface ArticleChange {

    /** The article's id: the record's key. */
    String id();

    /** A version of an article, written unless the index holds a newer version or a later deletion. */
    record NewVersion(EnrichedArticle article) implements ArticleChange {

        @Override
        public String id() {
            return article.id();
        }
    }

    /** A deletion, written unless the index holds a version ingested after it. */
    record Deleted(Deletion deletion) implements ArticleChange {

        @Override
        public String id() {
            return deletion.id();
        }
    }
}
