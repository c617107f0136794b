package org.archivist.contract;

import java.time.Instant;
import java.util.Objects;

/**
 * The deletion of an article, as it travels on {@code articles.ingested} and {@code articles.enriched}: a tombstone
 * (a record keyed by the article's id with no value) whose headers {@link #DELETED_AT_HEADER} and
 * {@link #REASON_HEADER} carry the rest. The deletion wins over every version of the article with an older
 * {@code ingestedAt}, whenever either arrives; a version ingested after it brings the article back
 * (docs/ARCHITECTURE.md, "Deleting articles").
 *
 * @param id        the deleted article's id (the record key)
 * @param deletedAt when it was deleted: the deletion's version, compared with {@code ingestedAt}
 * @param reason    why, as the admin gave it; null when the tombstone carries none
 */
public record Deletion(String id, Instant deletedAt, String reason) {

    /** Header with {@link #deletedAt()} as an ISO-8601 instant, UTF-8. */
    public static final String DELETED_AT_HEADER = "archivist-deleted-at";
    /** Header with {@link #reason()}, UTF-8; absent when there is none. */
    public static final String REASON_HEADER = "archivist-delete-reason";

    public Deletion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(deletedAt, "deletedAt");
    }
}
