package org.archivist.ingest.archive;

import java.time.LocalDate;
import java.util.List;

import org.archivist.contract.Footnote;

/**
 * One article as found on a page, before ingest gives it an id, a content hash and an ingest time.
 * Absent values are null ({@code publishedAt}, {@code url}, {@code viewCount}, {@code language}) or empty
 * lists; {@code excerpt} marks a teaser whose whole text is at {@code url}.
 */
public record ParsedArticle(
        String title,
        List<String> authors,
        LocalDate publishedAt,
        String url,
        List<String> sourceCategories,
        List<String> tags,
        List<String> paragraphs,
        List<Footnote> footnotes,
        List<String> media,
        Long viewCount,
        String language,
        boolean excerpt) {

    public ParsedArticle {
        authors = List.copyOf(authors);
        sourceCategories = List.copyOf(sourceCategories);
        tags = List.copyOf(tags);
        paragraphs = List.copyOf(paragraphs);
        footnotes = List.copyOf(footnotes);
        media = List.copyOf(media);
    }
}
