package org.archivist.query.citations;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.archivist.query.index.ArticleIndex;
import org.archivist.query.index.IndexingStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keeps every footnote link's {@code resolvedArticleId} right after each bulk write, in both directions, so the
 * order articles arrive in does not matter. Per batch: one refresh, so the batch is searchable; one query for
 * the documents to decide (the batch's own, stored articles whose citations share a key with a batch article,
 * and stored articles already linked to one); one query for every stored article those documents' citations
 * may name; then one bulk write of the documents whose links changed, each conditional on the sequence number it
 * was read at. A document written meanwhile is read and decided again, up to {@value #ATTEMPTS} times.
 * Decisions are {@link CitationMatcher}'s. docs/ARCHITECTURE-citations.md gives the reasoning and the cost.
 */
@Component
class CitationResolver implements IndexingStep {

    private static final Logger log = LoggerFactory.getLogger(CitationResolver.class);

    static final int ATTEMPTS = 3;
    private static final int PAGE_SIZE = 500;
    /** Documents read per query; far above a real batch's reach, it bounds a pathological key such as a common title. */
    private static final int MAX_DOCUMENTS = 10_000;
    /** Terms per {@code terms} clause, well under Elasticsearch's default limit of 65,536. */
    private static final int MAX_TERMS = 10_000;
    private static final String LINK_KEYS = CitationDocuments.LINKS + "." + CitationDocuments.LINK_KEYS;
    private static final String LINK_RESOLVED = CitationDocuments.LINKS + "." + CitationDocuments.RESOLVED;
    private static final List<String> CANDIDATE_FIELDS = List.of("id", "url", "title", "publishedAt");

    private final ElasticsearchClient client;
    private final ArticleIndex index;

    CitationResolver(ElasticsearchClient client, ArticleIndex index) {
        this.client = client;
        this.index = index;
    }

    @Override
    public void prepare(ObjectNode document) {
        CitationDocuments.addIndexFields(document);
    }

    @Override
    public void afterBulk(List<ObjectNode> documents) throws IOException {
        if (documents.isEmpty()) {
            return;
        }
        try {
            resolve(documents);
        } catch (ElasticsearchException e) {
            if (e.status() == 429 || e.status() >= 500) {
                throw new IOException("Elasticsearch cannot resolve citations now: " + e.getMessage(), e);
            }
            // A refused query is a defect, not an outage: retrying the batch forever would stop all indexing.
            log.error("Elasticsearch refused a citation query for {} article(s); their links stay unresolved: {}",
                    documents.size(), e.getMessage());
        }
    }

    private void resolve(List<ObjectNode> written) throws IOException {
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
        List<Hit<ObjectNode>> documents = search(Query.of(q -> q.bool(b -> b.should(affecting))), null);
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
                    null);
        }
    }

    /** Decides the documents' links against every stored article they may name; returns the ids that conflicted. */
    private Set<String> decideAndWrite(List<Hit<ObjectNode>> documents) throws IOException {
        Set<String> terms = new LinkedHashSet<>();
        documents.forEach(hit -> terms.addAll(CitationDocuments.citationTerms(hit.source())));
        CandidatePool pool = new CandidatePool();
        List<String> all = List.copyOf(terms);
        for (int from = 0; from < all.size(); from += MAX_TERMS) {
            List<FieldValue> chunk = values(all.subList(from, Math.min(all.size(), from + MAX_TERMS)));
            for (Hit<ObjectNode> hit : search(Query.of(q -> q.terms(t -> t.field(CitationDocuments.TARGETS)
                    .terms(v -> v.value(chunk)))), CANDIDATE_FIELDS)) {
                pool.add(CitationDocuments.candidate(hit.source()));
            }
        }
        List<BulkOperation> operations = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (Hit<ObjectNode> hit : documents) {
            ObjectNode source = hit.source();
            if (CitationDocuments.resolveLinks(source, pool)) {
                CitationDocuments.addIndexFields(source);
                changed.add(hit.id());
                operations.add(BulkOperation.of(op -> op.index(i -> i.index(hit.index()).id(hit.id())
                        .ifSeqNo(hit.seqNo()).ifPrimaryTerm(hit.primaryTerm()).document(source))));
            }
        }
        log.debug("Citations: {} document(s) decided against {} candidate(s), {} changed", documents.size(),
                pool.size(), changed.size());
        if (operations.isEmpty()) {
            return Set.of();
        }
        BulkResponse response = client.bulk(b -> b.operations(operations));
        Set<String> conflicted = new LinkedHashSet<>();
        for (BulkResponseItem item : response.items()) {
            if (item.error() == null) {
                continue;
            }
            if (item.status() == 409) {
                conflicted.add(item.id());
            } else if (item.status() == 429 || item.status() >= 500) {
                throw new IOException("Elasticsearch could not store citation links now: " + item.error().reason());
            } else {
                log.error("Elasticsearch refused the citation links of article {}: {}", item.id(), item.error().reason());
            }
        }
        return conflicted;
    }

    /** All matching documents, with sequence numbers, paged by id; {@code fields} null means the whole source. */
    private List<Hit<ObjectNode>> search(Query query, List<String> fields) throws IOException {
        List<Hit<ObjectNode>> hits = new ArrayList<>();
        List<FieldValue> after = null;
        while (hits.size() < MAX_DOCUMENTS) {
            List<FieldValue> searchAfter = after;
            SearchResponse<ObjectNode> page = client.search(s -> {
                s.index(index.alias()).query(query).size(PAGE_SIZE).seqNoPrimaryTerm(fields == null)
                        .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
                if (fields != null) {
                    s.source(c -> c.filter(f -> f.includes(fields)));
                }
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

    private static List<FieldValue> values(Set<String> strings) {
        return values(List.copyOf(strings));
    }

    private static List<FieldValue> values(List<String> strings) {
        return strings.stream().map(FieldValue::of).toList();
    }
}
