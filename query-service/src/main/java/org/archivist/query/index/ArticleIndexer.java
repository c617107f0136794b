package org.archivist.query.index;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.archivist.contract.Deletion;
import org.archivist.contract.EnrichedArticle;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Writes enriched articles and deletions to the index with one {@code _bulk} request per batch. Each document is
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

    /** {@link #apply} for new versions of articles only. */
    public List<BulkOutcome> index(List<EnrichedArticle> articles) throws IOException {
        return apply(articles.stream().<ArticleChange>map(ArticleChange.NewVersion::new).toList());
    }

    /**
     * Writes new versions and deletions in one bulk request and says, per change in the same order, how
     * Elasticsearch took it. A deletion is a document of its own ({@link IndexedArticle#deleted}) versioned by its
     * time, so that it outlives any older version that arrives after it and gives way to a newer one.
     *
     * @throws IOException when Elasticsearch cannot be reached: nothing can be said about any change
     */
    public List<BulkOutcome> apply(List<ArticleChange> changes) throws IOException {
        if (changes.isEmpty()) {
            return List.of();
        }
        index.ensureExists();
        return applyTo(index.alias(), changes);
    }

    /** {@link #apply} into a given index version, e.g. one a rebuild fills before the alias moves to it. */
    public List<BulkOutcome> applyTo(String target, List<ArticleChange> changes) throws IOException {
        if (changes.isEmpty()) {
            return List.of();
        }
        Instant indexedAt = clock.instant();
        List<IndexedArticle> documents = new ArrayList<>(changes.size());
        List<Long> versions = new ArrayList<>(changes.size());
        List<IndexedArticle> live = new ArrayList<>(changes.size());
        for (ArticleChange change : changes) {
            switch (change) {
                case ArticleChange.NewVersion(EnrichedArticle article) -> {
                    IndexedArticle document = withIndexFields(IndexedArticle.of(article, indexedAt));
                    documents.add(document);
                    live.add(document);
                    versions.add(article.ingestedAt().toEpochMilli());
                }
                case ArticleChange.Deleted(Deletion deletion) -> {
                    documents.add(IndexedArticle.deleted(deletion, indexedAt));
                    versions.add(deletion.deletedAt().toEpochMilli());
                }
            }
        }
        for (IndexingStep step : steps) {
            Timer.Sample sample = Timer.start(meters);
            live = step.prepare(live);
            sample.stop(meters.timer("archivist.index.stage", "stage", "prepare", "step",
                    step.getClass().getSimpleName()));
        }
        return bulk(target, withPrepared(documents, live), versions);
    }

    /** The batch with each live document replaced by its prepared form (deletions stay as they are). */
    private static List<IndexedArticle> withPrepared(List<IndexedArticle> documents, List<IndexedArticle> prepared) {
        List<IndexedArticle> batch = new ArrayList<>(documents.size());
        int next = 0;
        for (IndexedArticle document : documents) {
            batch.add(document.isDeleted() ? document : prepared.get(next++));
        }
        return batch;
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
        if (document.isDeleted()) {
            return document;
        }
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
