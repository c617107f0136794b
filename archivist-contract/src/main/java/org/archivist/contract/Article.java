package org.archivist.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An article as ingest-service publishes it on {@code articles.ingested}, keyed by {@link #id()}.
 *
 * <p>Collections are never null: an absent list is read as empty, so consumers need no null checks.
 */
public record Article(
        int schemaVersion,
        String id,
        String source,
        String url,
        String title,
        List<String> authors,
        LocalDate publishedAt,
        List<String> sourceCategories,
        List<String> tags,
        List<String> paragraphs,
        List<Footnote> footnotes,
        List<String> media,
        Long viewCount,
        String archiveCategory,
        String contentHash,
        Instant ingestedAt) {

    /** The schema version this code writes; readers accept this one and older. */
    public static final int SCHEMA_VERSION = 1;

    public Article {
        authors = copy(authors);
        sourceCategories = copy(sourceCategories);
        tags = copy(tags);
        paragraphs = copy(paragraphs);
        footnotes = copy(footnotes);
        media = copy(media);
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
