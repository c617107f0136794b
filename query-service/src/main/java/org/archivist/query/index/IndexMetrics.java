package org.archivist.query.index;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * What the live index counts, with tags of few values only: {@code archivist_articles_indexed_total} (new versions
 * stored), {@code archivist_articles_superseded_total} (versions older than the one stored, left out),
 * {@code archivist_articles_deleted_total}, {@code archivist_index_bulk_failures_total{kind}} (items Elasticsearch
 * refused: {@code retry} for a busy or missing index, {@code rejected} for the document), and
 * {@code archivist_articles_freshness_seconds}, a histogram of the time from {@code ingestedAt} (when ingest-service
 * took the article) to its being written here.
 */
final class IndexMetrics {

    private final Counter indexed;
    private final Counter superseded;
    private final Counter deleted;
    private final Counter retried;
    private final Counter rejected;
    private final Timer freshness;
    private final Clock clock;

    IndexMetrics(MeterRegistry registry, Clock clock) {
        this.clock = clock;
        indexed = Counter.builder("archivist.articles.indexed").description("New article versions stored")
                .register(registry);
        superseded = Counter.builder("archivist.articles.superseded")
                .description("Article versions older than the one stored, left out").register(registry);
        deleted = Counter.builder("archivist.articles.deleted").description("Deletions stored").register(registry);
        retried = failures(registry, "retry");
        rejected = failures(registry, "rejected");
        freshness = Timer.builder("archivist.articles.freshness")
                .description("From ingest-service taking an article to its being stored in the index")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(10))
                .maximumExpectedValue(Duration.ofMinutes(10))
                .register(registry);
    }

    private static Counter failures(MeterRegistry registry, String kind) {
        return Counter.builder("archivist.index.bulk.failures").description("Bulk items Elasticsearch refused")
                .tag("kind", kind).register(registry);
    }

    /** Counts a bulk request's outcomes, each against the change it was for (same order). */
    void record(List<ArticleChange> changes, List<BulkOutcome> outcomes) {
        long now = clock.millis();
        for (int i = 0; i < outcomes.size(); i++) {
            BulkOutcome outcome = outcomes.get(i);
            switch (outcome.kind()) {
                case STORED -> {
                    switch (changes.get(i)) {
                        case ArticleChange.NewVersion(var article) -> {
                            indexed.increment();
                            freshness.record(Duration.ofMillis(Math.max(0, now - article.ingestedAt().toEpochMilli())));
                        }
                        case ArticleChange.Deleted deletion -> deleted.increment();
                    }
                }
                case SUPERSEDED -> superseded.increment();
                case RETRY -> retried.increment();
                case REJECTED -> rejected.increment();
            }
        }
    }
}
