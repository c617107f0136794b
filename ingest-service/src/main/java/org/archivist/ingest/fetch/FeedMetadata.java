package org.archivist.ingest.fetch;

import java.time.ZoneOffset;

import org.archivist.ingest.article.ArticleDraft;

/**
 * A feed item's metadata filling what its page lacks. The page wins where it has a value: it is the article itself,
 * while a feed is often truncated or stale; the feed is better than nothing where the page's markup says nothing.
 */
final class FeedMetadata {

    private FeedMetadata() {
    }

    static ArticleDraft fillGaps(ArticleDraft draft, FeedItem item) {
        String title = draft.title() == null || draft.title().isBlank() ? item.title() : draft.title();
        var authors = draft.authors().isEmpty() ? item.authors() : draft.authors();
        var publishedAt = draft.publishedAt() == null && item.published() != null
                ? item.published().atOffset(ZoneOffset.UTC).toLocalDate() : draft.publishedAt();
        var categories = draft.sourceCategories().isEmpty() ? item.categories() : draft.sourceCategories();
        return new ArticleDraft(title, authors, publishedAt, draft.url(), categories, draft.tags(),
                draft.paragraphs(), draft.footnotes(), draft.media(), draft.viewCount(), draft.language(),
                draft.excerpt(), draft.source(), draft.archiveCategory());
    }
}
