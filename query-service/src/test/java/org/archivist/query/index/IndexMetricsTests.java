package org.archivist.query.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.archivist.contract.Deletion;
import org.archivist.contract.EnrichedArticle;
import org.junit.jupiter.api.Test;

class IndexMetricsTests {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private double count(String name) {
        return registry.get(name).counter().count();
    }

    private double failures(String kind) {
        return registry.get("archivist.index.bulk.failures").tag("kind", kind).counter().count();
    }

    @Test
    void eachOutcomeIsCountedAgainstItsChange() {
        EnrichedArticle article = EnrichedRecordsTests.article("a1", "v1");
        IndexMetrics metrics = new IndexMetrics(registry, Clock.fixed(article.ingestedAt().plusMillis(1_500),
                ZoneOffset.UTC));
        var deletion = new ArticleChange.Deleted(new Deletion("a2", Instant.parse("2026-11-25T12:00:00Z"), null));
        var version = new ArticleChange.NewVersion(article);

        metrics.record(List.of(version, deletion, version, version, version),
                List.of(BulkOutcome.stored(), BulkOutcome.stored(),
                        BulkOutcome.of(409, "version_conflict_engine_exception", "old"),
                        BulkOutcome.of(429, "es_rejected_execution_exception", "busy"),
                        BulkOutcome.of(400, "mapper_parsing_exception", "bad")));

        assertThat(count("archivist.articles.indexed")).isEqualTo(1);
        assertThat(count("archivist.articles.deleted")).isEqualTo(1);
        assertThat(count("archivist.articles.superseded")).isEqualTo(1);
        assertThat(failures("retry")).isEqualTo(1);
        assertThat(failures("rejected")).isEqualTo(1);
    }

    @Test
    void freshnessIsTheTimeFromIngestToStorage() {
        EnrichedArticle article = EnrichedRecordsTests.article("a1", "v1");
        IndexMetrics metrics = new IndexMetrics(registry, Clock.fixed(article.ingestedAt().plusMillis(1_500),
                ZoneOffset.UTC));

        metrics.record(List.of(new ArticleChange.NewVersion(article)), List.of(BulkOutcome.stored()));

        var freshness = registry.get("archivist.articles.freshness").timer();
        assertThat(freshness.count()).isEqualTo(1);
        assertThat(freshness.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(1_500);
    }

    @Test
    void aSupersededVersionIsNoMeasureOfFreshness() {
        EnrichedArticle article = EnrichedRecordsTests.article("a1", "v1");
        IndexMetrics metrics = new IndexMetrics(registry, Clock.fixed(article.ingestedAt().plus(Duration.ofHours(1)),
                ZoneOffset.UTC));

        metrics.record(List.of(new ArticleChange.NewVersion(article)),
                List.of(BulkOutcome.of(409, "version_conflict_engine_exception", "old")));

        assertThat(registry.get("archivist.articles.freshness").timer().count()).isZero();
    }
}
