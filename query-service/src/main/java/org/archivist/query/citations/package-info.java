/**
 * The citation graph across stored articles. Every write stores the keys a citation or an article is found by
 * ({@link org.archivist.query.citations.CitationIndexing}); each footnote link's {@code resolvedArticleId} and
 * {@code GET /api/articles/{id}/cited-by} are decided when read, against the index as it stands
 * ({@link org.archivist.query.citations.CitationLinks}), so arrival order does not matter and writes never wait on
 * a citation query. Matching is plain Java ({@link org.archivist.query.citations.MatchKeys},
 * {@link org.archivist.query.citations.CitationMatcher}) on the shared rule
 * {@link org.archivist.contract.CitationKeys}; docs/ARCHITECTURE.md (Citations across stored articles) explains the
 * design.
 */
package org.archivist.query.citations;
