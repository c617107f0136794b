package org.archivist.ingest.publish;

import java.util.List;

import org.archivist.contract.Article;

/** Makes articles durable for the rest of the pipeline: all of them, or none. */
public interface ArticlePublisher {

    /**
     * Returns only once every article is durable.
     *
     * @throws PublishFailedException when they could not be made durable; then none of them is visible
     */
    void publish(List<Article> articles);
}
