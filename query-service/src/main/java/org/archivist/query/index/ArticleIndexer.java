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
import org.archivist.contract.EnrichedArticle;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes enriched articles to the index with one {@code _bulk} request per batch. Each document is
 * versioned by its {@code ingestedAt} ({@code external_gte}), so a late, older message never replaces a
 * newer one and a re-delivered message is harmless. The {@link IndexingStep} beans add their index-only
 * fields to each document and follow up on the batch once it is stored.
 */
@Component
public class ArticleIndexer {

    private final ElasticsearchClient client;
    private final ArticleIndex index;
    private final JsonMapper json;
    private final List<IndexingStep> steps;
    private final Clock clock = Clock.systemUTC();

    ArticleIndexer(ElasticsearchClient client, ArticleIndex index, JsonMapper json, ObjectProvider<IndexingStep> steps) {
        this.client = client;
        this.index = index;
        this.json = json;
        this.steps = steps.orderedStream().toList();
    }

    /**
     * Indexes the articles and says, per article in the same order, how Elasticsearch took it. The indexing
     * steps prepare the documents before the bulk request and follow up on those Elasticsearch holds after it.
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
            documents.add(document);
        }
        for (IndexingStep step : steps) {
            step.prepare(documents);
        }
        List<BulkOperation> operations = new ArrayList<>(articles.size());
        for (int n = 0; n < articles.size(); n++) {
            EnrichedArticle article = articles.get(n);
            ObjectNode document = documents.get(n);
            operations.add(BulkOperation.of(op -> op.index(i -> i.index(index.alias())
                    .id(article.id())
                    .version(article.ingestedAt().toEpochMilli())
                    .versionType(VersionType.ExternalGte)
                    .document(document))));
        }
        BulkResponse response = client.bulk(b -> b.operations(operations));
        List<BulkOutcome> outcomes = response.items().stream().map(ArticleIndexer::outcome).toList();
        List<ObjectNode> held = new ArrayList<>(documents.size());
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i).isHeld()) {
                held.add(documents.get(i));
            }
        }
        for (IndexingStep step : steps) {
            step.afterBulk(held);
        }
        return outcomes;
    }

    static BulkOutcome outcome(BulkResponseItem item) {
        if (item.error() == null) {
            return BulkOutcome.stored();
        }
        return BulkOutcome.of(item.status(), item.error().type(), item.error().reason());
    }
}
