package org.archivist.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An article as ingest-service publishes it on {@code articles.ingested}, keyed by {@link #id()}.
 *
 * <p>Collections are never null: an absent list is read as empty, so consumers need no null checks.
 * {@code language} is a BCP 47 tag ({@code en}, {@code pt-BR}) or null when unknown; {@code excerpt} is true
 * when the page showed only a teaser of the post, whose whole text is then at {@code url}; {@code capturedAt} is when a
 * web archive (WARC) captured the page, null for an article posted directly. All three are optional and additive: an
 * event written before they existed reads as null, false and null.
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
        Instant ingestedAt,
        String language,
        Boolean excerpt,
        Instant capturedAt) {

    /** The schema version this code writes; readers accept this one and older. */
    public static final int SCHEMA_VERSION = 1;

    public Article {
        authors = copy(authors);
        // Jackson passes null for a field an older event lacks; a missing excerpt flag means a whole article.
        excerpt = Boolean.TRUE.equals(excerpt);
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
