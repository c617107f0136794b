package org.archivist.bench.index;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.util.NamedValue;
import org.archivist.bench.enrich.SampleArticles;
import org.archivist.bench.fixtures.NewsCorpus;
import org.archivist.contract.Article;
import org.archivist.contract.EnrichedArticle;
import org.archivist.enrich.article.ArticleEnricher;
import org.archivist.enrich.footnotes.FootnoteLinker;
import org.archivist.enrich.places.PlaceFinder;
import org.archivist.enrich.topics.TopicClassifier;
import org.archivist.query.citations.CitationIndexing;
import org.archivist.query.index.IndexedArticle;
import org.springframework.data.elasticsearch.client.elc.ElasticsearchTemplate;
import org.springframework.data.elasticsearch.client.elc.NativeQuery;
import org.springframework.data.elasticsearch.core.convert.ElasticsearchCustomConversions;
import org.springframework.data.elasticsearch.core.convert.MappingElasticsearchConverter;
import org.springframework.data.elasticsearch.core.mapping.IndexCoordinates;
import org.springframework.data.elasticsearch.core.mapping.SimpleElasticsearchMappingContext;
import org.springframework.data.elasticsearch.core.query.FetchSourceFilter;
import org.springframework.data.elasticsearch.core.query.HighlightQuery;
import org.springframework.data.elasticsearch.core.query.highlight.Highlight;
import org.springframework.data.elasticsearch.core.query.highlight.HighlightFieldParameters;
import org.springframework.data.elasticsearch.core.query.highlight.HighlightParameters;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Everything the document mapping benchmark measures with, built once: a batch of typical enriched articles (about
 * 800 words, 5 footnotes with parsed citations, categories, places), each as query-service indexes it (its
 * {@link IndexedArticle} with the index-only keys {@link CitationIndexing} sets), the Elasticsearch client
 * as Spring Boot builds it ({@link Jackson3JsonpMapper}) over a {@link LoopbackTransport}, Spring Data
 * Elasticsearch's converter and template as Spring Boot builds them on that same client, and the recorded answers:
 * a {@code _bulk} answer for the batch, a {@code _get} of one document as it is stored, and a search page of 20 hits
 * with highlights and the four facets.
 */
final class MappingFixture {

    static final String ALIAS = "articles";
    static final IndexCoordinates INDEX = IndexCoordinates.of(ALIAS);
    static final int HITS = 20;
    /** The fields a search result shows. */
    static final List<String> HIT_FIELDS = List.of("id", "title", "source", "url", "publishedAt", "authors",
            "categories", "places", "excerpt");
    private static final List<String> FACET_FIELDS = List.of("categories.code", "authors.keyword", "places.code",
            "source");
    private static final List<String> FACET_NAMES = List.of("categories", "authors", "places", "sources");

    final JsonMapper json = JsonMapper.builder().build();
    final Jackson3JsonpMapper mapper = new Jackson3JsonpMapper();
    final List<EnrichedArticle> batch;
    /** Per article, the document query-service writes; every way of writing takes its index-only keys from it. */
    final List<IndexedArticle> documents;
    final Instant indexedAt = Instant.parse("2024-04-02T08:16:30.123456Z");
    final String storedSource;
    final LoopbackTransport transport;
    final ElasticsearchClient client;
    final MappingElasticsearchConverter converter;
    final ElasticsearchTemplate template;

    MappingFixture(int batchSize) {
        ArticleEnricher enricher = new ArticleEnricher(new TopicClassifier(), new PlaceFinder(), new FootnoteLinker(),
                Clock.systemUTC(), "bench");
        Article typical = SampleArticles.of(NewsCorpus.load(), 800, 5);
        List<EnrichedArticle> articles = new ArrayList<>(batchSize);
        for (int n = 0; n < batchSize; n++) {
            articles.add(enricher.enrich(withId(typical, typical.id() + "-" + n)));
        }
        batch = List.copyOf(articles);
        CitationIndexing citations = new CitationIndexing();
        documents = batch.stream().map(article -> citations.addIndexFields(IndexedArticle.of(article, indexedAt)))
                .toList();
        storedSource = stored(tree(batch.getFirst(), documents.getFirst())).toString();

        transport = new LoopbackTransport(mapper, Map.of(
                "es/bulk", bulkAnswer().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "es/get", getAnswer().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "es/search", searchAnswer().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        client = new ElasticsearchClient(transport);

        // As Spring Boot's data Elasticsearch auto-configuration builds them.
        ElasticsearchCustomConversions conversions = new ElasticsearchCustomConversions(List.of());
        SimpleElasticsearchMappingContext context = new SimpleElasticsearchMappingContext();
        context.setInitialEntitySet(Set.of(ArticleEntity.class));
        context.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        context.afterPropertiesSet();
        converter = new MappingElasticsearchConverter(context);
        converter.setConversions(conversions);
        converter.afterPropertiesSet();
        template = new ElasticsearchTemplate(client, converter);
    }

    /**
     * The document as query-service built it before its typed record: the event's tree, {@code indexedAt}, and the
     * index-only keys of {@code indexed}.
     */
    ObjectNode tree(EnrichedArticle article, IndexedArticle indexed) {
        ObjectNode document = json.valueToTree(article);
        document.put("indexedAt", indexedAt.toString());
        ArrayNode targets = document.putArray("citationTargets");
        indexed.citationTargets().forEach(targets::add);
        ArrayNode links = (ArrayNode) document.get("footnoteLinks");
        for (int n = 0; n < links.size(); n++) {
            ArrayNode linkKeys = ((ObjectNode) links.get(n)).putArray("citationKeys");
            indexed.footnoteLinks().get(n).citationKeys().forEach(linkKeys::add);
        }
        return document;
    }

    /** The document as query-service builds it now: its record of the event, with the keys of {@code indexed}. */
    IndexedArticle record(EnrichedArticle article, IndexedArticle indexed) {
        return IndexedArticle.of(article, indexedAt).withLinks(indexed.footnoteLinks())
                .withCitationTargets(indexed.citationTargets());
    }

    /** The search as query-service sends it: text, the four facets, highlights, a page of 20 and one more. */
    static SearchRequest searchRequest() {
        return SearchRequest.of(s -> {
            s.index(ALIAS).size(HITS + 1).trackTotalHits(t -> t.enabled(true))
                    .source(src -> src.filter(f -> f.includes(HIT_FIELDS)))
                    .query(query()).sort(sort());
            for (int n = 0; n < FACET_NAMES.size(); n++) {
                s.aggregations(FACET_NAMES.get(n), facet(FACET_FIELDS.get(n)));
            }
            return s.highlight(h -> h.encoder(HighlighterEncoder.Html).preTags("<mark>").postTags("</mark>")
                    .fields(NamedValue.of("title", HighlightField.of(f -> f.numberOfFragments(0))),
                            NamedValue.of("paragraphs", HighlightField.of(f -> f.fragmentSize(160)
                                    .numberOfFragments(3))),
                            NamedValue.of("footnotes.text", HighlightField.of(f -> f.fragmentSize(160)
                                    .numberOfFragments(1)))));
        });
    }

    /** The same search as a Spring Data query. */
    static NativeQuery nativeQuery() {
        var builder = NativeQuery.builder().withQuery(query()).withSort(sort()).withTrackTotalHits(true)
                .withMaxResults(HITS + 1)
                .withSourceFilter(new FetchSourceFilter(null, HIT_FIELDS.toArray(String[]::new), null));
        for (int n = 0; n < FACET_NAMES.size(); n++) {
            builder.withAggregation(FACET_NAMES.get(n), facet(FACET_FIELDS.get(n)));
        }
        HighlightParameters parameters = HighlightParameters.builder().withEncoder("html").withPreTags("<mark>")
                .withPostTags("</mark>").build();
        Highlight highlight = new Highlight(parameters, List.of(
                new org.springframework.data.elasticsearch.core.query.highlight.HighlightField("title",
                        HighlightFieldParameters.builder().withNumberOfFragments(0).build()),
                new org.springframework.data.elasticsearch.core.query.highlight.HighlightField("paragraphs",
                        HighlightFieldParameters.builder().withFragmentSize(160).withNumberOfFragments(3).build()),
                new org.springframework.data.elasticsearch.core.query.highlight.HighlightField("footnotes.text",
                        HighlightFieldParameters.builder().withFragmentSize(160).withNumberOfFragments(1).build())));
        return builder.withHighlightQuery(new HighlightQuery(highlight, ArticleHit.class)).build();
    }

    private static Query query() {
        return Query.of(q -> q.simpleQueryString(sq -> sq.query("energy +grid")
                .fields("title^3", "title.folded^2", "paragraphs", "footnotes.text")
                .defaultOperator(Operator.And).lenient(true)));
    }

    private static List<SortOptions> sort() {
        return List.of(SortOptions.of(o -> o.score(sc -> sc.order(SortOrder.Desc))),
                SortOptions.of(o -> o.field(f -> f.field("id").order(SortOrder.Asc))));
    }

    private static Aggregation facet(String field) {
        return Aggregation.of(a -> a.filter(f -> f.matchAll(m -> m))
                .aggregations("values", v -> v.terms(t -> t.field(field).size(20))));
    }

    /** What {@code _source} gives back: the index-only keys are excluded by the mapping. */
    private static ObjectNode stored(ObjectNode document) {
        ObjectNode stored = document.deepCopy();
        stored.remove("citationTargets");
        for (var link : stored.get("footnoteLinks")) {
            ((ObjectNode) link).remove("citationKeys");
        }
        return stored;
    }

    private ObjectNode bulkAnswer() {
        ObjectNode answer = json.createObjectNode().put("errors", false).put("took", 31);
        ArrayNode items = answer.putArray("items");
        for (int n = 0; n < batch.size(); n++) {
            EnrichedArticle article = batch.get(n);
            ObjectNode item = items.addObject().putObject("index");
            item.put("_index", "articles-v1").put("_id", article.id())
                    .put("_version", article.ingestedAt().toEpochMilli()).put("result", "created")
                    .put("_seq_no", n).put("_primary_term", 1).put("status", 201);
            item.putObject("_shards").put("total", 1).put("successful", 1).put("failed", 0);
        }
        return answer;
    }

    private ObjectNode getAnswer() {
        EnrichedArticle article = batch.getFirst();
        ObjectNode answer = json.createObjectNode().put("_index", "articles-v1").put("_id", article.id())
                .put("_version", article.ingestedAt().toEpochMilli()).put("_seq_no", 0).put("_primary_term", 1)
                .put("found", true);
        answer.set("_source", json.readTree(storedSource));
        return answer;
    }

    private ObjectNode searchAnswer() {
        ObjectNode answer = json.createObjectNode().put("took", 12).put("timed_out", false);
        answer.putObject("_shards").put("total", 1).put("successful", 1).put("skipped", 0).put("failed", 0);
        ObjectNode hits = answer.putObject("hits");
        hits.putObject("total").put("value", 1342).put("relation", "eq");
        hits.put("max_score", 14.2);
        ArrayNode list = hits.putArray("hits");
        ObjectNode full = (ObjectNode) json.readTree(storedSource);
        String paragraph = batch.getFirst().paragraphs().getFirst();
        for (int n = 0; n <= HITS; n++) {
            double score = 14.2 - n * 0.3;
            String id = "bench-hit-" + n;
            ObjectNode hit = list.addObject().put("_index", "articles-v1").put("_id", id).put("_score", score);
            ObjectNode source = hit.putObject("_source");
            for (String field : HIT_FIELDS) {
                source.set(field, full.get(field));
            }
            source.put("id", id).put("url", "https://news.example/bench/" + n);
            ObjectNode highlight = hit.putObject("highlight");
            highlight.putArray("title").add("Power <mark>grid</mark> " + full.get("title").asString());
            ArrayNode paragraphs = highlight.putArray("paragraphs");
            for (int f = 0; f < 3; f++) {
                paragraphs.add(paragraph.substring(f * 40, f * 40 + 120) + " <mark>energy</mark> <mark>grid</mark>");
            }
            highlight.putArray("footnotes.text").add("Report on the <mark>energy</mark> <mark>grid</mark>, 2023.");
            hit.putArray("sort").add(score).add(id);
        }
        ObjectNode aggregations = answer.putObject("aggregations");
        for (String name : FACET_NAMES) {
            ObjectNode filter = aggregations.putObject("filter#" + name).put("doc_count", 1342);
            ObjectNode terms = filter.putObject("sterms#values").put("doc_count_error_upper_bound", 0)
                    .put("sum_other_doc_count", 211);
            ArrayNode buckets = terms.putArray("buckets");
            for (int b = 0; b < 20; b++) {
                buckets.addObject().put("key", name + "-value-" + b).put("doc_count", 400 - b * 17);
            }
        }
        return answer;
    }

    private static Article withId(Article a, String id) {
        return new Article(a.schemaVersion(), id, a.source(), a.url() + "/" + id, a.title(), a.authors(),
                a.publishedAt(), a.sourceCategories(), a.tags(), a.paragraphs(), a.footnotes(), a.media(),
                a.viewCount(), a.archiveCategory(), a.contentHash(), a.ingestedAt(), a.language(), a.excerpt(),
                a.capturedAt());
    }
}
