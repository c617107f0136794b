package org.archivist.query.index;

import java.util.List;

/**
 * A feature's part in every write, so features such as citations can add their fields without this package
 * depending on them. {@link ArticleIndexer} calls every step bean, in order. Steps are plain Java: nothing here
 * may query Elasticsearch, so that indexing costs Elasticsearch one bulk request per batch and nothing more.
 */
public interface IndexingStep {

    /**
     * The document with the step's index-only fields set: fields the mapping keeps out of {@code _source}, so they
     * are set again on every write, including the copy into a new index version.
     */
    IndexedArticle addIndexFields(IndexedArticle document);

    /**
     * The batch of new articles, in the same order, with fields decided from the batch itself, before it is written
     * in one bulk request. Not called for reindex copies, which keep what was decided.
     */
    default List<IndexedArticle> prepare(List<IndexedArticle> batch) {
        return batch;
    }
}
