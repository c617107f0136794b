package org.archivist.query.deletion;

import java.time.Instant;

/**
 * The answer to {@code DELETE /api/articles?source=S}: how many of the source's articles were deleted, or would be
 * with {@code dryRun=true} (then {@code deletedAt} and {@code reason} are null).
 */
public record SourceTakedown(String source, long count, boolean dryRun, Instant deletedAt, String reason) {
}
