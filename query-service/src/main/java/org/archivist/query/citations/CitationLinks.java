package org.archivist.query.citations;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.archivist.query.ArticleNotFoundException;
import org.archivist.query.index.ArticleIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * Decides footnote links when they are read, against the index as it stands, so writes never wait for them and
 * the order articles arrive in cannot matter: whichever of a citing and a cited article came first, the read sees
 * both.
 * <ul>
 * <li>An article's links: one {@code terms} query for the stored articles its citations' keys name, plus the ids
 * stored on its links, fetched by id (the index's own batch-mates, not searchable yet when read back at once); then
 * {@link CitationMatcher} decides each link among them.
 * <li>Cited-by: one query for the articles with a citation that shares a key with this one, newest first; for each
 * page of them, one query for every article their citations may name, since a citation names this article only
 * when no other stored article fits it better; then the same decision.
 * </ul>
 * Reads see what search sees: an article written within the index's refresh interval may not be seen yet.
 * docs/ARCHITECTURE.md (Citations across stored articles) gives the reasoning and the measured cost.
 */
@Component
public class CitationLinks {

    private static final Logger log = LoggerFactory.getLogger(CitationLinks.class);

    private static final int PAGE_SIZE = 500;
    /** Articles read per query; far above a real article's reach, it bounds a pathological key (a common title). */
    static final int MAX_DOCUMENTS = 10_000;
    /** Terms per {@code terms} clause, well under Elasticsearch's default limit of 65,536. */
    private static final int MAX_TERMS = 10_000;
    private static final String LINK_KEYS = CitationDocuments.LINKS + "." + CitationDocuments.LINK_KEYS;
    private static final List<String> CANDIDATE_FIELDS = List.of("id", "url", "title", "publishedAt");
    private static final List<String> CITING_FIELDS = List.of("id", "title", "publishedAt", "footnotes",
            CitationDocuments.LINKS + ".number", CitationDocuments.LINKS + ".citation.*");

    private final ElasticsearchClient client;
    private final ArticleIndex index;

    CitationLinks(ElasticsearchClient client, ArticleIndex index) {
        this.client = client;
        this.index = index;
    }

    /** Sets each footnote link's {@code resolvedArticleId} of a stored article to the article it names now, or null. */
    public void resolve(ObjectNode article) throws IOException {
        Set<String> terms = CitationDocuments.citationTerms(article);
        if (terms.isEmpty()) {
            return;
        }
        CandidatePool pool = candidates(terms);
        for (ObjectNode stored : byId(CitationDocuments.storedLinkIds(article))) {
            pool.add(CitationDocuments.candidate(stored));
        }
        CitationDocuments.resolveLinks(article, pool);
    }

    /**
     * The stored articles with a footnote naming this one, newest publication first (undated last), at most
     * {@code limit}.
     *
     * @throws ArticleNotFoundException when no article has this id
     */
    CitedBy citedBy(String id, int limit) throws IOException {
        index.ensureExists();
        GetResponse<ObjectNode> found = client.get(g -> g.index(index.alias()).id(id)
                .sourceIncludes(CANDIDATE_FIELDS), ObjectNode.class);
        if (!found.found() || found.source() == null) {
            throw new ArticleNotFoundException(id);
        }
        MatchKeys keys = CitationDocuments.articleKeys(found.source());
        List<CitedBy.CitingArticle> citing = new ArrayList<>();
        if (keys.isEmpty()) {
            return new CitedBy(id, citing);
        }
        Query sharingAKey = Query.of(q -> q.terms(t -> t.field(LINK_KEYS).terms(v -> v.value(values(keys.terms())))));
        List<FieldValue> after = null;
        for (int read = 0; read < MAX_DOCUMENTS; read += PAGE_SIZE) {
            List<Hit<ObjectNode>> page = citingPage(sharingAKey, after);
            List<ObjectNode> documents = page.stream().map(Hit::source).filter(source -> source != null).toList();
            CandidatePool pool = candidates(citationTermsSharing(documents, keys));
            pool.add(CitationDocuments.candidate(found.source()));
            for (ObjectNode document : documents) {
                CitationDocuments.resolveLinks(document, pool);
                CitedBy.CitingArticle article = CitedByController.citingArticle(document, id);
                if (!article.footnotes().isEmpty()) {
                    citing.add(article);
                    if (citing.size() == limit) {
                        return new CitedBy(id, citing);
                    }
                }
            }
            if (page.size() < PAGE_SIZE) {
                return new CitedBy(id, citing);
            }
            after = page.getLast().sort();
        }
        log.warn("Cited-by of {}: more than {} articles share a key with it; only the first {} were considered", id,
                MAX_DOCUMENTS, MAX_DOCUMENTS);
        return new CitedBy(id, citing);
    }

    private List<Hit<ObjectNode>> citingPage(Query query, List<FieldValue> after) throws IOException {
        SearchRequest.Builder request = new SearchRequest.Builder().index(index.alias()).query(query).size(PAGE_SIZE)
                .trackTotalHits(t -> t.enabled(false)).source(c -> c.filter(f -> f.includes(CITING_FIELDS)))
                .sort(o -> o.field(f -> f.field("publishedAt").order(SortOrder.Desc).missing("_last")))
                .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
        if (after != null) {
            request.searchAfter(after);
        }
        return client.search(request.build(), ObjectNode.class).hits().hits();
    }

    /** The keys of the documents' citations that may name the article with these keys. */
    private static Set<String> citationTermsSharing(List<ObjectNode> documents, MatchKeys keys) {
        Set<String> wanted = Set.copyOf(keys.terms());
        Set<String> terms = new LinkedHashSet<>();
        for (ObjectNode document : documents) {
            for (List<String> linkTerms : CitationDocuments.citationTermsByLink(document)) {
                if (linkTerms.stream().anyMatch(wanted::contains)) {
                    terms.addAll(linkTerms);
                }
            }
        }
        return terms;
    }

    /** The stored articles that citations with these keys may name: {@code terms} queries, paged by id. */
    private CandidatePool candidates(Collection<String> terms) throws IOException {
        CandidatePool pool = new CandidatePool();
        List<String> all = List.copyOf(terms);
        for (int from = 0; from < all.size(); from += MAX_TERMS) {
            List<FieldValue> chunk = values(all.subList(from, Math.min(all.size(), from + MAX_TERMS)));
            Query query = Query.of(q -> q.terms(t -> t.field(CitationDocuments.TARGETS).terms(v -> v.value(chunk))));
            List<FieldValue> after = null;
            for (int read = 0; ; read += PAGE_SIZE) {
                if (read >= MAX_DOCUMENTS) {
                    log.warn("Citations: more than {} articles share a key; only the first {} were considered",
                            MAX_DOCUMENTS, MAX_DOCUMENTS);
                    break;
                }
                SearchRequest.Builder request = new SearchRequest.Builder().index(index.alias()).query(query)
                        .size(PAGE_SIZE).trackTotalHits(t -> t.enabled(false))
                        .source(c -> c.filter(f -> f.includes(CANDIDATE_FIELDS)))
                        .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
                if (after != null) {
                    request.searchAfter(after);
                }
                List<Hit<ObjectNode>> page = client.search(request.build(), ObjectNode.class).hits().hits();
                page.stream().map(Hit::source).filter(source -> source != null)
                        .forEach(source -> pool.add(CitationDocuments.candidate(source)));
                if (page.size() < PAGE_SIZE) {
                    break;
                }
                after = page.getLast().sort();
            }
        }
        return pool;
    }

    /** The stored articles with these ids, read in real time (not only what search already sees). */
    private List<ObjectNode> byId(Set<String> ids) throws IOException {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<ObjectNode> found = new ArrayList<>(ids.size());
        for (MultiGetResponseItem<ObjectNode> item : client.mget(m -> m.index(index.alias()).ids(List.copyOf(ids))
                .sourceIncludes(CANDIDATE_FIELDS), ObjectNode.class).docs()) {
            if (item.isResult() && item.result().found() && item.result().source() != null) {
                found.add(item.result().source());
            }
        }
        return found;
    }

    private static List<FieldValue> values(Collection<String> strings) {
        return strings.stream().map(FieldValue::of).toList();
    }
}
