package org.archivist.query.citations;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.archivist.query.citations.CitationMatcher.Candidate;
import org.archivist.query.index.IndexedArticle;
import org.archivist.query.index.IndexedArticle.Link;

/**
 * The citation parts of an indexed article: the index-only key fields, which the mapping leaves out of
 * {@code _source} (so they are searchable but never returned, and are recomputed whenever a document is written),
 * and each footnote link's {@code resolvedArticleId}. Plain functions on immutable documents.
 */
final class CitationDocuments {

    private CitationDocuments() {
    }

    /** The article with its index-only key fields set from its URL, title and citations. */
    static IndexedArticle withIndexFields(IndexedArticle document) {
        List<Link> links = new ArrayList<>(document.footnoteLinks().size());
        for (Link link : document.footnoteLinks()) {
            links.add(link.withCitationKeys(MatchKeys.ofCitation(link.citation()).terms()));
        }
        return document.withLinks(links).withCitationTargets(articleKeys(document).terms());
    }

    /** The article's own keys, for the stored articles whose citations may name it. */
    static MatchKeys articleKeys(IndexedArticle document) {
        return MatchKeys.ofArticle(document.url(), document.title());
    }

    /** The article as a candidate some citation may name. */
    static Candidate candidate(IndexedArticle document) {
        return new Candidate(document.id(), articleKeys(document), document.publishedAt());
    }

    /** Every key the article's citations look for, each once. */
    static Set<String> citationTerms(IndexedArticle document) {
        Set<String> terms = new LinkedHashSet<>();
        citationTermsByLink(document).forEach(terms::addAll);
        return terms;
    }

    /** Each link's citation keys, in link order (empty for a link whose citation gives none). */
    static List<List<String>> citationTermsByLink(IndexedArticle document) {
        return document.footnoteLinks().stream().map(link -> MatchKeys.ofCitation(link.citation()).terms()).toList();
    }

    /**
     * The article with each footnote link's {@code resolvedArticleId} set to the stored article its citation names,
     * or null when none does.
     */
    static IndexedArticle resolveLinks(IndexedArticle document, CandidatePool pool) {
        List<Link> links = new ArrayList<>(document.footnoteLinks().size());
        boolean changed = false;
        for (Link link : document.footnoteLinks()) {
            String resolved = pool.resolve(document.id(), link.citation());
            changed |= !Objects.equals(resolved, link.resolvedArticleId());
            links.add(link.resolvedTo(resolved));
        }
        return changed ? document.withLinks(links) : document;
    }

    /**
     * The batch with {@code resolvedArticleId} set on the links that name another article of the same batch, and
     * every other link as it was. The batch is not searchable when it is read back at once, so these links could
     * not be found by a search; reads take a stored id as one more candidate, fetched by id, and decide again
     * ({@link CitationLinks}).
     */
    static List<IndexedArticle> linkWithinBatch(List<IndexedArticle> batch) {
        if (batch.size() < 2) {
            return batch;
        }
        CandidatePool pool = new CandidatePool();
        batch.forEach(document -> pool.add(candidate(document)));
        List<IndexedArticle> linked = new ArrayList<>(batch.size());
        for (IndexedArticle document : batch) {
            List<Link> links = new ArrayList<>(document.footnoteLinks().size());
            boolean changed = false;
            for (Link link : document.footnoteLinks()) {
                String resolved = pool.resolve(document.id(), link.citation());
                changed |= resolved != null;
                links.add(resolved == null ? link : link.resolvedTo(resolved));
            }
            linked.add(changed ? document.withLinks(links) : document);
        }
        return linked;
    }

    /** The article ids the document's links name as stored, each once. */
    static Set<String> storedLinkIds(IndexedArticle document) {
        Set<String> ids = new LinkedHashSet<>();
        for (Link link : document.footnoteLinks()) {
            if (link.resolvedArticleId() != null) {
                ids.add(link.resolvedArticleId());
            }
        }
        return ids;
    }

    /**
     * Adds one, for each of the documents, to the count of every article its (decided) links name, however many of
     * its footnotes name it.
     */
    static void countCitations(List<IndexedArticle> documents, Map<String, Long> counts) {
        for (IndexedArticle document : documents) {
            storedLinkIds(document).forEach(id -> counts.merge(id, 1L, Long::sum));
        }
    }

    /** The numbers of the article's footnote links that name the given article. */
    static List<Integer> linksTo(IndexedArticle document, String articleId) {
        return document.footnoteLinks().stream().filter(link -> articleId.equals(link.resolvedArticleId()))
                .map(Link::number).toList();
    }
}
