package org.archivist.ingest.article;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.archivist.contract.Article;
import org.archivist.contract.Footnote;

/**
 * Builds the {@link Article} event from what a client or a page gave: fills the id ({@link ArticleIdentity}),
 * the content hash and the ingest time. The content hash covers what a reader sees, so a re-post of
 * identical content can be recognised downstream.
 */
public final class ArticleFactory {

    /** Source used when the client names none. */
    public static final String DEFAULT_SOURCE = "default";

    private final Clock clock;

    public ArticleFactory(Clock clock) {
        this.clock = clock;
    }

    public Article create(String source, String url, String title, List<String> authors, LocalDate publishedAt,
            List<String> sourceCategories, List<String> tags, List<String> paragraphs, List<Footnote> footnotes,
            List<String> media, Long viewCount, String archiveCategory, String language, boolean excerpt) {
        String effectiveSource = source == null || source.isBlank() ? DEFAULT_SOURCE : source.strip();
        String effectiveUrl = url == null || url.isBlank() ? null : url.strip();
        String cleanTitle = title.strip();
        String id = ArticleIdentity.idFor(effectiveUrl, effectiveSource, cleanTitle);
        String contentHash = contentHash(cleanTitle, authors, publishedAt, paragraphs, footnotes);
        Instant ingestedAt = clock.instant();
        return new Article(Article.SCHEMA_VERSION, id, effectiveSource, effectiveUrl, cleanTitle, authors,
                publishedAt, sourceCategories, tags, paragraphs, footnotes, media, viewCount, archiveCategory,
                contentHash, ingestedAt, language == null || language.isBlank() ? null : language.strip(), excerpt);
    }

    private static String contentHash(String title, List<String> authors, LocalDate publishedAt,
            List<String> paragraphs, List<Footnote> footnotes) {
        StringBuilder canonical = new StringBuilder(title).append('\u0000');
        authors.forEach(author -> canonical.append(author).append('\u0001'));
        canonical.append('\u0000').append(publishedAt).append('\u0000');
        paragraphs.forEach(paragraph -> canonical.append(paragraph).append('\u0001'));
        canonical.append('\u0000');
        footnotes.forEach(note -> canonical.append(note.number()).append(' ').append(note.text()).append('\u0001'));
        return ArticleIdentity.sha256Hex(canonical.toString());
    }
}
