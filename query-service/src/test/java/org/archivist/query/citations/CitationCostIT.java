package org.archivist.query.citations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import org.archivist.contract.Citation;
import org.archivist.contract.EnrichedArticle;
import org.archivist.contract.Footnote;
import org.archivist.contract.FootnoteLink;
import org.archivist.query.QuerySettings;
import org.archivist.query.index.ArticleIndexer;
import org.archivist.testing.StackIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Measures what citation resolution adds to indexing, and checks it resolves every link at that scale: batches of
 * articles whose footnotes cite an earlier article by address, two that are not stored, and in some articles (1 in
 * {@code archivist.measure.forward-every}, default 10) a later one by title.
 * Each batch goes through the indexer (bulk plus resolution) and, for comparison, as a plain {@code _bulk} of the
 * same documents into a second index with the same mapping. Runs only when asked, as it takes a minute:
 * {@code -Dit.test=CitationCostIT -Darchivist.measure=true} (see docs/ARCHITECTURE-citations.md).
 */
@EnabledIfSystemProperty(named = "archivist.measure", matches = "true")
@StackIntegrationTest(properties = {
        "archivist.query.topic=it-cost-${archivist.it.run}",
        "archivist.query.index-alias=it-cost-${archivist.it.run}",
        "spring.kafka.consumer.group-id=it-cost-${archivist.it.run}" })
class CitationCostIT {

    private static final int BATCHES = Integer.getInteger("archivist.measure.batches", 10);
    private static final int BATCH_SIZE = Integer.getInteger("archivist.measure.batch-size", 500);
    /** Every n-th article also cites one stored later (the reverse direction's work); 1 for the worst case. */
    private static final int FORWARD_EVERY = Integer.getInteger("archivist.measure.forward-every", 10);
    private static final int FORWARD = 3;

    @Autowired
    ArticleIndexer indexer;

    @Autowired
    ElasticsearchClient client;

    @Autowired
    QuerySettings settings;

    @Autowired
    JsonMapper json;

    private static EnrichedArticle article(int i) {
        Instant at = Instant.parse("2026-11-25T10:00:00Z");
        List<Footnote> footnotes = new ArrayList<>();
        List<FootnoteLink> links = new ArrayList<>();
        List<Citation> citations = List.of(
                new Citation(null, List.of(), null, null, "https://www.measured.example.org/story/" + (i - 1) + "/?utm_source=x"),
                new Citation(i % FORWARD_EVERY == 0 ? "Measured story number " + (i + FORWARD) : "Not stored either " + i,
                        List.of(), "Measured Daily", null, null),
                new Citation("A story nobody stored " + i, List.of(), null, null, null),
                new Citation(null, List.of(), null, null, "https://elsewhere.example.com/" + i));
        for (int n = 1; n <= citations.size(); n++) {
            footnotes.add(new Footnote(n, "Note " + n + " of article " + i));
            links.add(new FootnoteLink(n, List.of(), citations.get(n - 1), null));
        }
        return new EnrichedArticle(1, "m-" + i, "measure", "https://measured.example.org/story/" + i,
                "Measured story number " + i, List.of(), null, List.of(), List.of(), List.of("Text of article " + i),
                footnotes, List.of(), null, null, null, at, List.of(), List.of(), links, List.of(), List.of(), at);
    }

    @Test
    void resolvesEveryLinkAndReportsWhatResolutionAddsToABulk() throws IOException {
        String raw = settings.indexAlias() + "-raw";
        createRawIndex(raw);
        long withResolution = 0;
        long plainBulk = 0;
        for (int b = 0; b < BATCHES; b++) {
            List<EnrichedArticle> batch = new ArrayList<>();
            for (int i = b * BATCH_SIZE; i < (b + 1) * BATCH_SIZE; i++) {
                batch.add(article(i));
            }
            long start = System.nanoTime();
            indexer.index(batch);
            withResolution += System.nanoTime() - start;

            List<BulkOperation> operations = new ArrayList<>();
            for (EnrichedArticle article : batch) {
                ObjectNode document = json.valueToTree(article);
                CitationDocuments.addIndexFields(document);
                operations.add(BulkOperation.of(op -> op.index(x -> x.index(raw).id(article.id())
                        .version(article.ingestedAt().toEpochMilli()).versionType(VersionType.ExternalGte)
                        .document(document))));
            }
            start = System.nanoTime();
            client.bulk(r -> r.operations(operations));
            plainBulk += System.nanoTime() - start;
        }

        int total = BATCHES * BATCH_SIZE;
        for (int i : new int[] { 0, 1, BATCH_SIZE - 1, BATCH_SIZE, total / 2, total - 2 * FORWARD_EVERY, total - 1 }) {
            ObjectNode stored = client.get(g -> g.index(settings.indexAlias()).id("m-" + i), ObjectNode.class).source();
            assertThat(CitationDocuments.text(stored.get("footnoteLinks").get(0), "resolvedArticleId"))
                    .isEqualTo(i == 0 ? null : "m-" + (i - 1));
            assertThat(CitationDocuments.text(stored.get("footnoteLinks").get(1), "resolvedArticleId"))
                    .isEqualTo(i % FORWARD_EVERY == 0 && i + FORWARD < total ? "m-" + (i + FORWARD) : null);
            assertThat(CitationDocuments.text(stored.get("footnoteLinks").get(2), "resolvedArticleId")).isNull();
            assertThat(CitationDocuments.text(stored.get("footnoteLinks").get(3), "resolvedArticleId")).isNull();
        }
        System.out.printf("Citation cost: %d batches of %d articles, 4 footnotes each, 1 in %d citing a later one%n",
                BATCHES, BATCH_SIZE, FORWARD_EVERY);
        System.out.printf("  indexer (bulk + resolution): %6.1f ms per batch%n", withResolution / 1e6 / BATCHES);
        System.out.printf("  plain _bulk, same documents: %6.1f ms per batch%n", plainBulk / 1e6 / BATCHES);
        System.out.printf("  resolution adds             %6.1f ms per batch (%.2f ms per article)%n",
                (withResolution - plainBulk) / 1e6 / BATCHES, (withResolution - plainBulk) / 1e6 / total);
    }

    private void createRawIndex(String name) throws IOException {
        ObjectNode definition = json.createObjectNode();
        definition.set("settings", read("elasticsearch/articles-settings.json"));
        definition.set("mappings", read("elasticsearch/articles-mappings.json"));
        client.indices().create(c -> c.index(name).withJson(new java.io.StringReader(definition.toString())));
    }

    private tools.jackson.databind.JsonNode read(String resource) throws IOException {
        try (InputStream in = CitationCostIT.class.getClassLoader().getResourceAsStream(resource)) {
            return json.readTree(in);
        }
    }
}
