package org.archivist.query.citations;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.get.GetResult;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.archivist.query.index.ArticleIndex;
import org.archivist.query.index.IndexingStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keeps every footnote link's {@code resolvedArticleId} right on each bulk write, in both directions, so the order
 * articles arrive in does not matter.
 * <ol>
 * <li>Before the bulk: the batch's links are resolved against the stored articles (one {@code terms} query on
 * their keys) and the batch itself, so a citing article is normally written once, already resolved.
 * <li>After the bulk: one refresh, so the batch is searchable; one query for the documents to decide (the batch's
 * own, stored articles whose citations share a key with a batch article, stored articles linked to one), reading
 * only their links; one query for every stored article those links may name; then, for the documents whose links
 * change, one multi-get of their whole source and one bulk write, each write conditional on the sequence number
 * the decision was made at. A document written meanwhile is decided again, up to {@value #ATTEMPTS} times.
 * </ol>
 * The batch's own documents are decided again after the bulk because a batch running at the same time may have
 * stored an article they cite after step 1 looked; the refresh before step 2 means one of the two passes sees the
 * other's articles. Decisions are {@link CitationMatcher}'s; docs/ARCHITECTURE.md (Citations across stored articles) gives the reasoning
 * and the measured cost.
 */
@Component
class CitationResolver implements IndexingStep {

    private static final Logger log = LoggerFactory.getLogger(CitationResolver.class);

    static final int ATTEMPTS = 3;
    private static final int PAGE_SIZE = 1000;
    /** Documents read per query; far above a real batch's reach, it bounds a pathological key such as a common title. */
    private static final int MAX_DOCUMENTS = 10_000;
    /** Terms per {@code terms} clause, well under Elasticsearch's default limit of 65,536. */
    private static final int MAX_TERMS = 10_000;
    private static final String LINK_KEYS = CitationDocuments.LINKS + "." + CitationDocuments.LINK_KEYS;
    private static final String LINK_RESOLVED = CitationDocuments.LINKS + "." + CitationDocuments.RESOLVED;
    private static final List<String> CANDIDATE_FIELDS = List.of("id", "url", "title", "publishedAt");
    private static final List<String> LINK_FIELDS = List.of("id", CitationDocuments.LINKS + ".number",
            LINK_RESOLVED, CitationDocuments.LINKS + ".citation.*");

    private final ElasticsearchClient client;
    private final ArticleIndex index;

    CitationResolver(ElasticsearchClient client, ArticleIndex index) {
        this.client = client;
        this.index = index;
    }

    /** Adds the index-only keys the citation queries search. */
    @Override
    public void addIndexFields(ObjectNode document) {
        CitationDocuments.addIndexFields(document);
    }

    /** Resolves the batch's links against what is stored and the batch itself. */
    @Override
    public void prepare(List<ObjectNode> documents) throws IOException {
        failingOnlyOnOutage(documents.size(), () -> {
            CandidatePool pool = candidates(documents);
            documents.forEach(document -> pool.add(CitationDocuments.candidate(document)));
            documents.forEach(document -> CitationDocuments.resolveLinks(document, pool));
        });
    }

    @Override
    public void afterBulk(List<ObjectNode> documents) throws IOException {
        if (!documents.isEmpty()) {
            failingOnlyOnOutage(documents.size(), () -> resolveAround(documents));
        }
    }

    private interface Pass {
        void run() throws IOException;
    }

    private static void failingOnlyOnOutage(int articles, Pass pass) throws IOException {
        try {
            pass.run();
        } catch (ElasticsearchException e) {
            if (e.status() == 429 || e.status() >= 500) {
                throw new IOException("Elasticsearch cannot resolve citations now: " + e.getMessage(), e);
            }
            // A refused query is a defect, not an outage: retrying the batch forever would stop all indexing.
            log.error("Elasticsearch refused a citation query for {} article(s); their links stay as they are: {}",
                    articles, e.getMessage());
        }
    }

    private void resolveAround(List<ObjectNode> written) throws IOException {
        client.indices().refresh(r -> r.index(index.alias()));
        List<FieldValue> ids = new ArrayList<>();
        Set<String> targets = new LinkedHashSet<>();
        for (ObjectNode document : written) {
            ids.add(FieldValue.of(CitationDocuments.text(document, "id")));
            targets.addAll(CitationDocuments.articleKeys(document).terms());
        }
        List<Query> affecting = new ArrayList<>();
        affecting.add(Query.of(q -> q.terms(t -> t.field("id").terms(v -> v.value(ids)))));
        affecting.add(Query.of(q -> q.terms(t -> t.field(LINK_RESOLVED).terms(v -> v.value(ids)))));
        if (!targets.isEmpty()) {
            affecting.add(Query.of(q -> q.terms(t -> t.field(LINK_KEYS).terms(v -> v.value(values(targets))))));
        }
        List<Hit<ObjectNode>> documents = search(Query.of(q -> q.bool(b -> b.should(affecting))), LINK_FIELDS, true);
        for (int attempt = 1; ; attempt++) {
            Set<String> conflicted = decideAndWrite(documents);
            if (conflicted.isEmpty()) {
                return;
            }
            if (attempt == ATTEMPTS) {
                // Whoever keeps writing these documents runs this same pass on them.
                log.warn("Citation links of {} article(s) still conflicted after {} attempts: {}", conflicted.size(),
                        ATTEMPTS, conflicted);
                return;
            }
            documents = search(Query.of(q -> q.terms(t -> t.field("id").terms(v -> v.value(values(conflicted))))),
                    LINK_FIELDS, true);
        }
    }

    /** Decides the documents' links against every stored article they may name; returns the ids that conflicted. */
    private Set<String> decideAndWrite(List<Hit<ObjectNode>> documents) throws IOException {
        CandidatePool pool = candidates(documents.stream().map(Hit::source).toList());
        Map<String, Hit<ObjectNode>> changing = new LinkedHashMap<>();
        for (Hit<ObjectNode> hit : documents) {
            if (CitationDocuments.resolveLinks(hit.source(), pool)) {
                changing.put(hit.id(), hit);
            }
        }
        log.debug("Citations: {} document(s) decided against {} candidate(s), {} to change", documents.size(),
                pool.size(), changing.size());
        if (changing.isEmpty()) {
            return Set.of();
        }
        Set<String> conflicted = new LinkedHashSet<>();
        List<BulkOperation> operations = new ArrayList<>();
        MgetResponse<ObjectNode> full = client.mget(m -> m.index(index.alias()).ids(List.copyOf(changing.keySet())),
                ObjectNode.class);
        for (MultiGetResponseItem<ObjectNode> item : full.docs()) {
            if (!item.isResult() || !item.result().found()) {
                continue;
            }
            GetResult<ObjectNode> result = item.result();
            Hit<ObjectNode> decided = changing.get(result.id());
            if (!result.seqNo().equals(decided.seqNo()) || !result.primaryTerm().equals(decided.primaryTerm())) {
                conflicted.add(result.id());
                continue;
            }
            ObjectNode source = result.source();
            CitationDocuments.resolveLinks(source, pool);
            CitationDocuments.addIndexFields(source);
            operations.add(BulkOperation.of(op -> op.index(i -> i.index(result.index()).id(result.id())
                    .ifSeqNo(result.seqNo()).ifPrimaryTerm(result.primaryTerm()).document(source))));
        }
        if (!operations.isEmpty()) {
            BulkResponse response = client.bulk(b -> b.operations(operations));
            for (BulkResponseItem item : response.items()) {
                if (item.error() == null) {
                    continue;
                }
                if (item.status() == 409) {
                    conflicted.add(item.id());
                } else if (item.status() == 429 || item.status() >= 500) {
                    throw new IOException("Elasticsearch could not store citation links now: " + item.error().reason());
                } else {
                    log.error("Elasticsearch refused the citation links of article {}: {}", item.id(),
                            item.error().reason());
                }
            }
        }
        return conflicted;
    }

    /** The stored articles the documents' citations may name: one {@code terms} query on their keys. */
    private CandidatePool candidates(Collection<ObjectNode> documents) throws IOException {
        Set<String> terms = new LinkedHashSet<>();
        documents.forEach(document -> terms.addAll(CitationDocuments.citationTerms(document)));
        CandidatePool pool = new CandidatePool();
        List<String> all = List.copyOf(terms);
        for (int from = 0; from < all.size(); from += MAX_TERMS) {
            List<FieldValue> chunk = values(all.subList(from, Math.min(all.size(), from + MAX_TERMS)));
            for (Hit<ObjectNode> hit : search(Query.of(q -> q.terms(t -> t.field(CitationDocuments.TARGETS)
                    .terms(v -> v.value(chunk)))), CANDIDATE_FIELDS, false)) {
                pool.add(CitationDocuments.candidate(hit.source()));
            }
        }
        return pool;
    }

    /** Every matching document, paged by id, with the given source fields and, if asked, sequence numbers. */
    private List<Hit<ObjectNode>> search(Query query, List<String> fields, boolean versions) throws IOException {
        List<Hit<ObjectNode>> hits = new ArrayList<>();
        List<FieldValue> after = null;
        while (hits.size() < MAX_DOCUMENTS) {
            List<FieldValue> searchAfter = after;
            SearchResponse<ObjectNode> page = client.search(s -> {
                s.index(index.alias()).query(query).size(PAGE_SIZE).seqNoPrimaryTerm(versions).trackTotalHits(t -> t
                        .enabled(false)).source(c -> c.filter(f -> f.includes(fields)))
                        .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
                if (searchAfter != null) {
                    s.searchAfter(searchAfter);
                }
                return s;
            }, ObjectNode.class);
            List<Hit<ObjectNode>> found = page.hits().hits();
            found.stream().filter(hit -> hit.source() != null).forEach(hits::add);
            if (found.size() < PAGE_SIZE) {
                return hits;
            }
            after = found.getLast().sort();
        }
        log.warn("Citations: a query matched more than {} articles; only the first {} were considered", MAX_DOCUMENTS,
                MAX_DOCUMENTS);
        return hits;
    }

    private static List<FieldValue> values(Collection<String> strings) {
        return strings.stream().map(FieldValue::of).toList();
    }
}
