package org.archivist.query.index;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.archivist.contract.EnrichedArticle;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Writes enriched articles to the index with one {@code _bulk} request per batch. Each document is
 * versioned by its {@code ingestedAt} ({@code external_gte}), so a late, older message never replaces a
 * newer one and a re-delivered message is harmless. The {@link IndexingStep} beans add their fields to each
 * document first, in plain Java. Each stage's time is on {@code /actuator/prometheus} as
 * {@code archivist_index_stage_seconds}, tagged with the stage and the step.
 */
@Component
public class ArticleIndexer {

    private final ArticleIndex index;
    private final List<IndexingStep> steps;
    private final MeterRegistry meters;
    private final Clock clock = Clock.systemUTC();

    ArticleIndexer(ArticleIndex index, ObjectProvider<IndexingStep> steps, MeterRegistry meters) {
        this.index = index;
        this.steps = steps.orderedStream().toList();
        this.meters = meters;
    }

    /**
     * Indexes the articles and says, per article in the same order, how Elasticsearch took it.
     *
     * @throws IOException when Elasticsearch cannot be reached: nothing can be said about any article
     */
    public List<BulkOutcome> index(List<EnrichedArticle> articles) throws IOException {
        if (articles.isEmpty()) {
            return List.of();
        }
        index.ensureExists();
        Instant indexedAt = clock.instant();
        List<IndexedArticle> documents = new ArrayList<>(articles.size());
        List<Long> versions = new ArrayList<>(articles.size());
        for (EnrichedArticle article : articles) {
            documents.add(withIndexFields(IndexedArticle.of(article, indexedAt)));
            versions.add(article.ingestedAt().toEpochMilli());
        }
        List<IndexedArticle> batch = documents;
        for (IndexingStep step : steps) {
            Timer.Sample sample = Timer.start(meters);
            batch = step.prepare(batch);
            sample.stop(meters.timer("archivist.index.stage", "stage", "prepare", "step",
                    step.getClass().getSimpleName()));
        }
        return bulk(index.alias(), batch, versions);
    }

    /**
     * Writes documents read from another version of the index into {@code target} as they are stored there, with
     * their version ({@code external_gte}, so a newer write that got there first stays) and their index-only fields
     * set again. For reindexing.
     *
     * @param versions each document's {@code _version} in the index it was read from
     * @return per document, in the same order, how Elasticsearch took it
     */
    public List<BulkOutcome> copy(String target, List<IndexedArticle> documents, List<Long> versions)
            throws IOException {
        if (documents.isEmpty()) {
            return List.of();
        }
        return bulk(target, documents.stream().map(this::withIndexFields).toList(), versions);
    }

    private IndexedArticle withIndexFields(IndexedArticle document) {
        for (IndexingStep step : steps) {
            document = step.addIndexFields(document);
        }
        return document;
    }

    private List<BulkOutcome> bulk(String target, List<IndexedArticle> documents, List<Long> versions)
            throws IOException {
        Timer.Sample sample = Timer.start(meters);
        List<BulkOutcome> outcomes = index.write(target, documents, versions);
        sample.stop(meters.timer("archivist.index.stage", "stage", "bulk", "step", "indexer"));
        return outcomes;
    }
}
