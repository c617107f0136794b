package org.archivist.query.deletion;

import java.time.Instant;

/**
 * The answer to {@code DELETE /api/articles/{id}}: the deletion Kafka acknowledged. The article leaves search and
 * {@code GET /api/articles/{id}} once the tombstone has come through the pipeline, within about a second.
 */
public record DeletedArticle(String id, Instant deletedAt, String reason) {
}
