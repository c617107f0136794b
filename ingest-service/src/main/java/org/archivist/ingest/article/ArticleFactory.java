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

    /** The event for {@code draft}: texts trimmed, blank list entries dropped, the source defaulted. */
    public Article create(ArticleDraft draft) {
        return create(draft, null);
    }

    /** As {@link #create(ArticleDraft)}, for a page a web archive captured at {@code capturedAt}. */
    public Article create(ArticleDraft draft, Instant capturedAt) {
        String source = draft.source() == null || draft.source().isBlank() ? DEFAULT_SOURCE : draft.source().strip();
        String url = draft.url() == null || draft.url().isBlank() ? null : draft.url().strip();
        String title = draft.title().strip();
        List<String> authors = stripped(draft.authors());
        List<String> paragraphs = stripped(draft.paragraphs());
        String id = ArticleIdentity.idFor(url, source, title);
        String contentHash = contentHash(title, authors, draft.publishedAt(), paragraphs, draft.footnotes());
        Instant ingestedAt = clock.instant();
        String language = draft.language() == null || draft.language().isBlank() ? null : draft.language().strip();
        return new Article(Article.SCHEMA_VERSION, id, source, url, title, authors, draft.publishedAt(),
                stripped(draft.sourceCategories()), stripped(draft.tags()), paragraphs, draft.footnotes(),
                stripped(draft.media()), draft.viewCount(), draft.archiveCategory(), contentHash, ingestedAt, language,
                draft.excerpt(), capturedAt);
    }

    private static List<String> stripped(List<String> texts) {
        return texts.stream().map(String::strip).filter(text -> !text.isEmpty()).toList();
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
