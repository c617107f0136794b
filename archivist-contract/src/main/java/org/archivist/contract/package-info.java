/**
 * The event contract between the Archivist services: the records carried as JSON on
 * {@code articles.ingested} ({@link org.archivist.contract.Article}) and {@code articles.enriched}
 * ({@link org.archivist.contract.EnrichedArticle}). Field names are part of the public contract
 * described in DESIGN.md and are pinned by a JSON contract test; rename nothing here lightly.
 */
package org.archivist.contract;
