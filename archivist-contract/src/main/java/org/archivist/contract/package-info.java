/**
 * The event contract between the Archivist services: the records carried as JSON on
 * {@code articles.ingested} ({@link org.archivist.contract.Article}) and {@code articles.enriched}
 * ({@link org.archivist.contract.EnrichedArticle}). Field names are part of the public contract
 * described in docs/ARCHITECTURE.md ("Events") and are pinned by a JSON contract test; rename nothing here lightly. Beside the
 * records sits {@link org.archivist.contract.CitationKeys}, the rule that matches a citation to a stored
 * article, which enrich-service and query-service must apply identically, and
 * {@link org.archivist.contract.CanonicalUrl}, the URL rule of the article id that CitationKeys starts from.
 */
package org.archivist.contract;
