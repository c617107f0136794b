package org.archivist.query.index;

import java.io.IOException;
import java.util.List;

import tools.jackson.databind.node.ObjectNode;

/**
 * A feature's part in indexing, so features such as citations can build on every write without this package
 * depending on them. {@link ArticleIndexer} calls every step bean, in order, on every batch.
 */
public interface IndexingStep {

    /**
     * Sets the step's index-only fields on one document: fields the mapping keeps out of {@code _source}, so they
     * are set again on every write, including the copy into a new index version.
     */
    default void addIndexFields(ObjectNode document) {
    }

    /**
     * Adds fields to the batch's documents (each the article's JSON plus {@code indexedAt}) before they are written
     * in one bulk request.
     *
     * @throws IOException when Elasticsearch cannot be reached or is overloaded: the whole batch is retried
     */
    void prepare(List<ObjectNode> documents) throws IOException;

    /**
     * Follows up once Elasticsearch has taken the bulk request, with the documents it now holds a version of
     * (written, or superseded by a newer version already stored). Runs before the batch's offsets are committed.
     *
     * @throws IOException when Elasticsearch cannot be reached or is overloaded: the whole batch is retried
     */
    void afterBulk(List<ObjectNode> documents) throws IOException;
}
