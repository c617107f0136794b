/**
 * The citation graph across stored articles. After every bulk write the
 * {@link org.archivist.query.citations.CitationResolver} sets each footnote link's {@code resolvedArticleId} to the
 * stored article its citation names, in both directions (the batch's citations, and stored citations naming the
 * batch), so arrival order does not matter; {@link org.archivist.query.citations.CitedByController} serves
 * {@code GET /api/articles/{id}/cited-by}. Matching is plain Java ({@link org.archivist.query.citations.MatchKeys},
 * {@link org.archivist.query.citations.CitationMatcher}) on the shared rule
 * {@link org.archivist.contract.CitationKeys}; docs/ARCHITECTURE.md (Citations across stored articles) explains the design.
 */
package org.archivist.query.citations;
