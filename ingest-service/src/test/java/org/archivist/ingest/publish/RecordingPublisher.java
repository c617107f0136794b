package org.archivist.ingest.publish;

import java.util.ArrayList;
import java.util.List;

import org.archivist.contract.Article;

/** An {@link ArticlePublisher} for HTTP slice tests: remembers what it was given, or fails like Kafka down. */
public class RecordingPublisher implements ArticlePublisher {

    private final List<Article> published = new ArrayList<>();
    private boolean down;

    @Override
    public synchronized void publish(List<Article> articles) {
        if (down) {
            throw new PublishFailedException("Kafka did not acknowledge the articles: broker unreachable", null);
        }
        published.addAll(articles);
    }

    public synchronized List<Article> published() {
        return List.copyOf(published);
    }

    /** Forgets what was published and comes back up; the slice context is shared between tests. */
    public synchronized void reset() {
        published.clear();
        down = false;
    }

    public synchronized void goDown() {
        down = true;
    }
}
