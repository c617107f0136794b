package org.archivist.query.citations;

import java.util.List;

import org.archivist.query.index.IndexedArticle;
import org.archivist.query.index.IndexingStep;
import org.springframework.stereotype.Component;

/**
 * The citation fields of every write, computed in plain Java with no query: the index-only keys that
 * {@link CitationLinks} searches, and the links between articles of the same batch. Links to anything else are
 * decided when they are read, so a write never waits on a citation query or a refresh. Public so that the benchmarks
 * set the same keys as a write does, without a Spring context.
 */
@Component
public class CitationIndexing implements IndexingStep {

    @Override
    public IndexedArticle addIndexFields(IndexedArticle document) {
        return CitationDocuments.withIndexFields(document);
    }

    @Override
    public List<IndexedArticle> prepare(List<IndexedArticle> batch) {
        return CitationDocuments.linkWithinBatch(batch);
    }
}
