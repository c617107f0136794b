package org.archivist.query.citations;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import org.archivist.query.ArticleNotFoundException;
import org.archivist.query.index.ArticleIndex;
import org.archivist.query.index.IndexedArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

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
 * <li>Cited-by counts of a page of search hits: the same queries for all of them at once: one when no citation
 * shares their keys, else two per page of citing articles, however many hits the page has.
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
    private static final String[] CANDIDATE_FIELDS = { ArticleIndex.ID, ArticleIndex.URL, ArticleIndex.TITLE,
        ArticleIndex.PUBLISHED_AT };
    private static final List<String> CITING_FIELDS = List.of(ArticleIndex.ID, ArticleIndex.TITLE,
            ArticleIndex.PUBLISHED_AT, ArticleIndex.FOOTNOTES, ArticleIndex.FOOTNOTE_LINKS + ".number",
            ArticleIndex.FOOTNOTE_LINKS + ".citation.*");
    /** What deciding a citing article's links needs, and no more: counting them shows none of it. */
    private static final List<String> LINK_FIELDS = List.of(ArticleIndex.ID, ArticleIndex.FOOTNOTE_LINKS + ".number",
            ArticleIndex.FOOTNOTE_LINKS + ".citation.*");

    private static final List<SortOptions> BY_ID = List.of(SortOptions.of(o -> o.field(f -> f.field(ArticleIndex.ID)
            .order(SortOrder.Asc))));
    private static final List<SortOptions> NEWEST_FIRST = List.of(
            SortOptions.of(o -> o.field(f -> f.field(ArticleIndex.PUBLISHED_AT).order(SortOrder.Desc).missing("_last"))),
            BY_ID.getFirst());

    private final ArticleIndex index;

    CitationLinks(ArticleIndex index) {
        this.index = index;
    }

    /** The stored article with each footnote link's {@code resolvedArticleId} set to the article it names now. */
    public IndexedArticle resolve(IndexedArticle article) throws IOException {
        return resolveAll(List.of(article)).getFirst();
    }

    /**
     * {@link #resolve} for many articles at once (an export's page): one candidate query for all their citations'
     * keys and one read of the ids stored on their links, rather than two per article. Each link is decided among
     * the stored articles sharing a key with its citation, as for one article; the pool only also holds the other
     * articles' stored link targets, which a search finds anyway once the index has refreshed. Only the articles'
     * id and footnote links are read, so the articles may have been read with those fields only.
     */
    public List<IndexedArticle> resolveAll(List<IndexedArticle> articles) throws IOException {
        Set<String> terms = new LinkedHashSet<>();
        Set<String> storedIds = new LinkedHashSet<>();
        for (IndexedArticle article : articles) {
            terms.addAll(CitationDocuments.citationTerms(article));
            storedIds.addAll(CitationDocuments.storedLinkIds(article));
        }
        if (terms.isEmpty()) {
            return articles;
        }
        CandidatePool pool = candidates(terms);
        for (IndexedArticle stored : index.findAll(storedIds, CANDIDATE_FIELDS)) {
            pool.add(CitationDocuments.candidate(stored));
        }
        List<IndexedArticle> resolved = new ArrayList<>(articles.size());
        for (IndexedArticle article : articles) {
            // An article whose citations give no key keeps its links as stored, as a read of it alone does.
            resolved.add(CitationDocuments.citationTerms(article).isEmpty() ? article
                    : CitationDocuments.resolveLinks(article, pool));
        }
        return resolved;
    }

    /**
     * The stored articles with a footnote naming this one, newest publication first (undated last), at most
     * {@code limit}.
     *
     * @throws ArticleNotFoundException when no article has this id
     */
    CitedBy citedBy(String id, int limit) throws IOException {
        IndexedArticle cited = index.find(id, CANDIDATE_FIELDS).orElseThrow(() -> new ArticleNotFoundException(id));
        List<CitedBy.CitingArticle> citing = new ArrayList<>();
        citing(List.of(CitationDocuments.candidate(cited)), CITING_FIELDS, NEWEST_FIRST, documents -> {
            for (IndexedArticle document : documents) {
                CitedBy.CitingArticle article = CitedBy.CitingArticle.of(document, id);
                if (!article.footnotes().isEmpty()) {
                    citing.add(article);
                    if (citing.size() == limit) {
                        return false;
                    }
                }
            }
            return true;
        });
        return new CitedBy(id, citing);
    }

    /**
     * A stored article whose citing articles are counted, as a search hit shows it.
     *
     * @param publishedAt its publication date, or null
     */
    public record Cited(String id, String url, String title, LocalDate publishedAt) {
    }

    /**
     * How many stored articles cite each of these: per id, the number of articles {@code GET
     * /api/articles/{id}/cited-by} lists (without its size limit); ids no article cites are absent. One query when
     * none is cited, two when some are.
     */
    public Map<String, Long> citedByCounts(Collection<Cited> articles) throws IOException {
        List<CitationMatcher.Candidate> cited = articles.stream().map(article -> new CitationMatcher.Candidate(
                article.id(), MatchKeys.ofArticle(article.url(), article.title()), article.publishedAt())).toList();
        Map<String, Long> counts = new HashMap<>();
        citing(cited, LINK_FIELDS, BY_ID, documents -> {
            CitationDocuments.countCitations(documents, counts);
            return true;
        });
        return counts;
    }

    /**
     * Hands {@code page} each page of the stored articles with a citation sharing a key with one of {@code cited},
     * with only {@code fields}, in {@code sort} order, their links decided: for each page, one query for every
     * stored article their citations may name, since a citation names one of these only when no other stored
     * article fits it better.
     */
    private void citing(List<CitationMatcher.Candidate> cited, List<String> fields, List<SortOptions> sort,
            ArticleIndex.Page page) throws IOException {
        Set<String> keys = new LinkedHashSet<>();
        cited.forEach(candidate -> keys.addAll(candidate.keys().terms()));
        if (keys.isEmpty()) {
            return;
        }
        Query sharingAKey = Query.of(q -> q.terms(t -> t.field(ArticleIndex.LINK_CITATION_KEYS)
                .terms(v -> v.value(values(keys)))));
        pages(sharingAKey, fields, sort, documents -> {
            CandidatePool pool = candidates(citationTermsSharing(documents, keys));
            // Added last, so they stand even when not searchable yet (a cited-by read right after a write).
            cited.forEach(pool::add);
            return page.take(documents.stream().map(document -> CitationDocuments.resolveLinks(document, pool))
                    .toList());
        });
    }

    /** The keys of the documents' citations that may name an article with one of these keys. */
    private static Set<String> citationTermsSharing(List<IndexedArticle> documents, Set<String> wanted) {
        Set<String> terms = new LinkedHashSet<>();
        for (IndexedArticle document : documents) {
            for (List<String> linkTerms : CitationDocuments.citationTermsByLink(document)) {
                if (linkTerms.stream().anyMatch(wanted::contains)) {
                    terms.addAll(linkTerms);
                }
            }
        }
        return terms;
    }

    /** The stored articles that citations with these keys may name: one paged {@code terms} query per 10,000 keys. */
    private CandidatePool candidates(Collection<String> terms) throws IOException {
        CandidatePool pool = new CandidatePool();
        List<String> all = List.copyOf(terms);
        for (int from = 0; from < all.size(); from += MAX_TERMS) {
            List<FieldValue> chunk = values(all.subList(from, Math.min(all.size(), from + MAX_TERMS)));
            pages(Query.of(q -> q.terms(t -> t.field(ArticleIndex.CITATION_TARGETS).terms(v -> v.value(chunk)))),
                    List.of(CANDIDATE_FIELDS), BY_ID, documents -> {
                        documents.forEach(document -> pool.add(CitationDocuments.candidate(document)));
                        return true;
                    });
        }
        return pool;
    }

    /**
     * Reads the query's documents a page at a time ({@link ArticleIndex#pages}) until {@code page} says stop, the
     * hits run out, or {@value #MAX_DOCUMENTS} were read (with a warning: a pathological key such as a very common
     * title).
     */
    private void pages(Query query, List<String> fields, List<SortOptions> sort, ArticleIndex.Page page)
            throws IOException {
        if (!index.pages(query, fields, sort, PAGE_SIZE, MAX_DOCUMENTS, page)) {
            log.warn("Citations: more than {} articles share a key; only the first {} were considered",
                    MAX_DOCUMENTS, MAX_DOCUMENTS);
        }
    }

    private static List<FieldValue> values(Collection<String> strings) {
        return strings.stream().map(FieldValue::of).toList();
    }
}
