package org.archivist.query.index;

import java.util.List;

import tools.jackson.databind.node.ObjectNode;

/**
 * A feature's part in every write, so features such as citations can add their fields without this package
 * depending on them. {@link ArticleIndexer} calls every step bean, in order. Steps are plain Java: nothing here
 * may query Elasticsearch, so that indexing costs Elasticsearch one bulk request per batch and nothing more.
 */
public interface IndexingStep {

    /**
     * Sets the step's index-only fields on one document: fields the mapping keeps out of {@code _source}, so they
     * are set again on every write, including the copy into a new index version.
     */
    void addIndexFields(ObjectNode document);

    /**
     * Decides fields from the batch of new articles itself (each document the article's JSON plus
     * {@code indexedAt}) before it is written in one bulk request. Not called for reindex copies, which keep what
     * was decided.
     */
    default void prepare(List<ObjectNode> batch) {
    }
}
