/**
 * Deleting articles: {@code DELETE /api/articles/{id}} and a whole source's takedown (admin). A deletion is
 * published as a tombstone at the head of the pipeline ({@link org.archivist.query.deletion.TombstonePublisher}) and
 * comes back through enrich-service to this service's indexer, which keeps it as a versioned document that no
 * older version can replace (docs/ARCHITECTURE.md, "Deleting articles").
 */
package org.archivist.query.deletion;
