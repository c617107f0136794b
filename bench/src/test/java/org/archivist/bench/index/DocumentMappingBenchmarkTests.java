package org.archivist.bench.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.core.SearchResponse;
import org.archivist.query.index.IndexedArticle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.elasticsearch.core.SearchHits;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The benchmark compares like with like: every way writes the same document and reads the same answer. */
class DocumentMappingBenchmarkTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static DocumentMappingBenchmark benchmark;
    private static MappingFixture fixture;

    @BeforeAll
    static void build() {
        benchmark = new DocumentMappingBenchmark();
        benchmark.buildFixture();
        fixture = benchmark.fixture;
    }

    @Test
    void everyWayOfWritingSendsTheSameBulkRequest() throws Exception {
        benchmark.writeTree();
        List<JsonNode> tree = bulkLines();
        benchmark.writeRecord();
        List<JsonNode> record = bulkLines();
        benchmark.writeSpringDataBulkIndex();
        List<JsonNode> bulkIndex = bulkLines();
        benchmark.writeSpringDataSave();
        List<JsonNode> save = bulkLines();

        assertThat(tree).hasSize(2 * DocumentMappingBenchmark.BATCH);
        assertThat(tree.getFirst().toString()).contains("\"version_type\":\"external_gte\"");
        assertThat(tree.get(1).get("citationTargets")).isNotEmpty();
        assertThat(tree.get(1).get("footnoteLinks").get(0).get("citationKeys")).isNotEmpty();
        // Jackson writes null fields, Spring Data leaves them out; Elasticsearch stores both alike.
        assertThat(withoutNulls(record)).isEqualTo(withoutNulls(tree));
        assertThat(withoutNulls(bulkIndex)).isEqualTo(withoutNulls(tree));
        assertThat(withoutNulls(save)).isEqualTo(withoutNulls(tree));
    }

    @Test
    void everyWayOfReadingGetsTheStoredDocument() throws Exception {
        ObjectNode tree = benchmark.readTree();
        IndexedArticle record = benchmark.readRecord();
        ArticleEntity entity = benchmark.readSpringData();

        assertThat(tree.has("citationTargets")).isFalse();
        assertThat(record).isEqualTo(JSON.treeToValue(tree, IndexedArticle.class));
        assertThat(record.paragraphs()).isEqualTo(fixture.batch.getFirst().paragraphs());
        assertThat(record.indexedAt()).isEqualTo(fixture.indexedAt);
        assertThat(entity.paragraphs()).isEqualTo(record.paragraphs());
        assertThat(entity.footnoteLinks()).isEqualTo(record.footnoteLinks());
        assertThat(entity.categories()).isEqualTo(record.categories());
        assertThat(entity.ingestedAt()).isEqualTo(record.ingestedAt());
        assertThat(entity.indexedAt()).isEqualTo(record.indexedAt());
        assertThat(entity.version()).isEqualTo(record.ingestedAt().toEpochMilli());
        assertThat(benchmark.readSpringDataConverterOnly().paragraphs()).isEqualTo(record.paragraphs());
    }

    @Test
    void everyWayOfSearchingReadsTheWholePage() throws Exception {
        SearchResponse<ObjectNode> tree = benchmark.searchTree();
        SearchResponse<ArticleHit> record = benchmark.searchRecord();
        SearchHits<ArticleHit> hits = benchmark.searchSpringData();

        assertThat(tree.hits().hits()).hasSize(MappingFixture.HITS + 1);
        assertThat(tree.aggregations()).hasSize(4);
        assertThat(record.hits().hits().getLast().source().categories())
                .isEqualTo(fixture.batch.getFirst().categories());
        assertThat(hits.getSearchHits()).hasSize(MappingFixture.HITS + 1);
        assertThat(hits.getSearchHit(0).getContent().title()).isEqualTo(fixture.batch.getFirst().title());
        assertThat(hits.getSearchHit(0).getHighlightField("paragraphs")).hasSize(3);
        assertThat(hits.getSearchHit(0).getSortValues()).hasSize(2);
        assertThat(hits.getAggregations()).isNotNull();
        assertThat(hits.getTotalHits()).isEqualTo(1342);
        // Both ask for the same fields of _source (Spring Data's FetchSourceFilter sends none when told to fetch).
        assertThat(fixture.transport.lastRequestBody()).contains("\"_source\":{\"includes\":[\"id\",\"title\"");
    }

    private static List<JsonNode> bulkLines() {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : fixture.transport.lastRequestBody().split("\n")) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    private static List<JsonNode> withoutNulls(List<JsonNode> lines) {
        return lines.stream().map(DocumentMappingBenchmarkTests::withoutNulls).toList();
    }

    private static JsonNode withoutNulls(JsonNode node) {
        if (node instanceof ObjectNode object) {
            ObjectNode copy = JSON.createObjectNode();
            object.properties().forEach(e -> {
                if (!e.getValue().isNull()) {
                    copy.set(e.getKey(), withoutNulls(e.getValue()));
                }
            });
            return copy;
        }
        if (node.isArray()) {
            var copy = JSON.createArrayNode();
            node.forEach(item -> copy.add(withoutNulls(item)));
            return copy;
        }
        return node;
    }
}
