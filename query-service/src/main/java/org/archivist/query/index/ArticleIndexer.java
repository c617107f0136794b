package org.archivist.query.index;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.archivist.contract.EnrichedArticle;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes enriched articles to the index with one {@code _bulk} request per batch. Each document is
 * versioned by its {@code ingestedAt} ({@code external_gte}), so a late, older message never replaces a
 * newer one and a re-delivered message is harmless. The {@link IndexingStep} beans add their fields to each
 * document first, in plain Java. Each stage's time is on {@code /actuator/prometheus} as
 * {@code archivist_index_stage_seconds}, tagged with the stage and the step.
 */
@Component
public class ArticleIndexer {

    private final ElasticsearchClient client;
    private final ArticleIndex index;
    private final JsonMapper json;
    private final List<IndexingStep> steps;
    private final MeterRegistry meters;
    private final Clock clock = Clock.systemUTC();

    ArticleIndexer(ElasticsearchClient client, ArticleIndex index, JsonMapper json, ObjectProvider<IndexingStep> steps,
            MeterRegistry meters) {
        this.client = client;
        this.index = index;
        this.json = json;
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
        String indexedAt = clock.instant().toString();
        List<ObjectNode> documents = new ArrayList<>(articles.size());
        for (EnrichedArticle article : articles) {
            ObjectNode document = json.valueToTree(article);
            document.put("indexedAt", indexedAt);
            addIndexFields(document);
            documents.add(document);
        }
        for (IndexingStep step : steps) {
            timed("prepare", step, () -> step.prepare(documents));
        }
        List<BulkOperation> operations = new ArrayList<>(articles.size());
        for (int n = 0; n < articles.size(); n++) {
            EnrichedArticle article = articles.get(n);
            ObjectNode document = documents.get(n);
            operations.add(versioned(index.alias(), article.id(), article.ingestedAt().toEpochMilli(), document));
        }
        return bulk(operations);
    }

    /**
     * Writes documents read from another version of the index into {@code target} as they are stored there, with
     * their version ({@code external_gte}, so a newer write that got there first stays) and their index-only fields
     * set again. For reindexing.
     *
     * @param versions each document's {@code _version} in the index it was read from
     * @return per document, in the same order, how Elasticsearch took it
     */
    public List<BulkOutcome> copy(String target, List<ObjectNode> documents, List<Long> versions) throws IOException {
        if (documents.isEmpty()) {
            return List.of();
        }
        List<BulkOperation> operations = new ArrayList<>(documents.size());
        for (int n = 0; n < documents.size(); n++) {
            ObjectNode document = documents.get(n);
            long version = versions.get(n);
            addIndexFields(document);
            operations.add(versioned(target, document.path("id").asString(), version, document));
        }
        return bulk(operations);
    }

    /** Writes the document unless the index holds a newer version of it ({@code external_gte}). */
    private static BulkOperation versioned(String target, String id, long version, ObjectNode document) {
        return BulkOperation.of(op -> op.index(i -> i.index(target).id(id).version(version)
                .versionType(VersionType.ExternalGte).document(document)));
    }

    private void addIndexFields(ObjectNode document) {
        for (IndexingStep step : steps) {
            step.addIndexFields(document);
        }
    }

    private List<BulkOutcome> bulk(List<BulkOperation> operations) throws IOException {
        Timer.Sample sample = Timer.start(meters);
        BulkResponse response = client.bulk(b -> b.operations(operations));
        sample.stop(meters.timer("archivist.index.stage", "stage", "bulk", "step", "indexer"));
        return response.items().stream().map(ArticleIndexer::outcome).toList();
    }

    private void timed(String stage, IndexingStep step, Runnable work) {
        Timer.Sample sample = Timer.start(meters);
        try {
            work.run();
        } finally {
            sample.stop(meters.timer("archivist.index.stage", "stage", stage, "step", step.getClass().getSimpleName()));
        }
    }

    static BulkOutcome outcome(BulkResponseItem item) {
        if (item.error() == null) {
            return BulkOutcome.stored();
        }
        return BulkOutcome.of(item.status(), item.error().type(), item.error().reason());
    }
}
