package org.archivist.bench.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import org.archivist.contract.EnrichedArticle;
import org.archivist.query.index.IndexedArticle;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.springframework.data.elasticsearch.core.SearchHits;
import org.springframework.data.elasticsearch.core.document.Document;
import org.springframework.data.elasticsearch.core.query.IndexQuery;
import org.springframework.data.elasticsearch.core.query.IndexQueryBuilder;
import tools.jackson.databind.node.ObjectNode;

/**
 * Client-side cost of query-service's document, per document written or read and per search page, three ways: the
 * JSON tree query-service built before, its typed {@link IndexedArticle}, both through the Elasticsearch client and
 * its {@code Jackson3JsonpMapper}, and a Spring Data Elasticsearch entity through {@code ElasticsearchTemplate} on
 * that same client. Every call goes through the client's real transport code down to the bytes of the request, and
 * parses a recorded answer; only the network is missing ({@link LoopbackTransport}). Writes are one {@code _bulk} of
 * {@value #BATCH} typical articles, versioned {@code external_gte} by {@code ingestedAt}, with the index-only keys
 * computed before measuring, and report the time per article; a search sends query-service's request and parses a
 * page of 20 hits (and the one more asked for) with highlights and four facets, its hits as trees or as
 * {@link ArticleHit}.
 * The {@code *Only} cases split Spring Data's time into its converter and the rest.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m", "-XX:+UseSerialGC"})
@State(Scope.Benchmark)
public class DocumentMappingBenchmark {

    static final int BATCH = 50;

    MappingFixture fixture;
    private String id;

    @Setup(Level.Trial)
    public void buildFixture() {
        fixture = new MappingFixture(BATCH);
        id = fixture.batch.getFirst().id();
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public BulkResponse writeTree() throws IOException {
        return bulk(fixture::tree);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public BulkResponse writeRecord() throws IOException {
        return bulk(fixture::record);
    }

    /** The {@code IndexQuery} path of {@code ElasticsearchOperations.bulkIndex}: what a batch writer would call. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public Object writeSpringDataBulkIndex() {
        List<IndexQuery> queries = new ArrayList<>(BATCH);
        for (int n = 0; n < BATCH; n++) {
            ArticleEntity entity = ArticleEntity.of(fixture.batch.get(n), fixture.indexedAt, fixture.documents.get(n));
            queries.add(new IndexQueryBuilder().withId(entity.id()).withObject(entity).withVersion(entity.version())
                    .build());
        }
        return fixture.template.bulkIndex(queries, MappingFixture.INDEX);
    }

    /** {@code ElasticsearchOperations.save(entities)}, as a repository's {@code saveAll} does. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public Object writeSpringDataSave() {
        List<ArticleEntity> entities = new ArrayList<>(BATCH);
        for (int n = 0; n < BATCH; n++) {
            entities.add(ArticleEntity.of(fixture.batch.get(n), fixture.indexedAt, fixture.documents.get(n)));
        }
        List<ArticleEntity> saved = new ArrayList<>(BATCH);
        fixture.template.save(entities, MappingFixture.INDEX).forEach(saved::add);
        return saved;
    }

    /** Spring Data's converter alone: entity to its {@code Document} map, then to JSON (Jackson 2 inside). */
    @Benchmark
    public String writeSpringDataConverterOnly() {
        ArticleEntity entity = ArticleEntity.of(fixture.batch.getFirst(), fixture.indexedAt,
                fixture.documents.getFirst());
        Document document = Document.create();
        fixture.converter.write(entity, document);
        return document.toJson();
    }

    @Benchmark
    public ObjectNode readTree() throws IOException {
        return fixture.client.get(g -> g.index(MappingFixture.ALIAS).id(id), ObjectNode.class).source();
    }

    @Benchmark
    public IndexedArticle readRecord() throws IOException {
        return fixture.client.get(g -> g.index(MappingFixture.ALIAS).id(id), IndexedArticle.class).source();
    }

    @Benchmark
    public ArticleEntity readSpringData() {
        return fixture.template.get(id, ArticleEntity.class, MappingFixture.INDEX);
    }

    /** Spring Data's converter alone, from the JSON of {@code _source} (parsed by Jackson 2 inside). */
    @Benchmark
    public ArticleEntity readSpringDataConverterOnly() {
        return fixture.converter.read(ArticleEntity.class, Document.parse(fixture.storedSource));
    }

    @Benchmark
    public SearchResponse<ObjectNode> searchTree() throws IOException {
        return fixture.client.search(MappingFixture.searchRequest(), ObjectNode.class);
    }

    @Benchmark
    public SearchResponse<ArticleHit> searchRecord() throws IOException {
        return fixture.client.search(MappingFixture.searchRequest(), ArticleHit.class);
    }

    @Benchmark
    public SearchHits<ArticleHit> searchSpringData() {
        return fixture.template.search(MappingFixture.nativeQuery(), ArticleHit.class, MappingFixture.INDEX);
    }

    /** One {@code _bulk} of the batch, each article written as the document {@code mapping} makes of it. */
    private BulkResponse bulk(BiFunction<EnrichedArticle, IndexedArticle, Object> mapping) throws IOException {
        List<BulkOperation> operations = new ArrayList<>(BATCH);
        for (int n = 0; n < BATCH; n++) {
            EnrichedArticle article = fixture.batch.get(n);
            operations.add(versioned(article, mapping.apply(article, fixture.documents.get(n))));
        }
        return fixture.client.bulk(b -> b.operations(operations));
    }

    private static BulkOperation versioned(EnrichedArticle article, Object document) {
        return BulkOperation.of(op -> op.index(i -> i.index(MappingFixture.ALIAS).id(article.id())
                .version(article.ingestedAt().toEpochMilli()).versionType(VersionType.ExternalGte).document(document)));
    }
}
