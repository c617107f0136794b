package org.archivist.ingest.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import org.archivist.contract.Footnote;

/**
 * An article before ingest gives it an id, a content hash and an ingest time: what a client posts as JSON to
 * {@code POST /api/articles} and what the page parsers find on a page, so that both reach Kafka one way
 * ({@link ArticleFactory}). The constraints are the contract's rules for client input, checked by Bean Validation
 * with messages that name the problem in a user's words.
 *
 * <p>Absent values are null ({@code publishedAt}, {@code url}, {@code viewCount}, {@code language}, {@code source},
 * {@code archiveCategory}) or empty lists. {@code excerpt} marks a teaser whose whole text is at {@code url}. A
 * parser leaves {@code source} and {@code archiveCategory} null: the request and the page supply them.
 */
public record ArticleDraft(
        @NotBlank(message = "is required") String title,
        List<String> authors,
        LocalDate publishedAt,
        @HttpUrl String url,
        List<String> sourceCategories,
        List<String> tags,
        @HasText(message = "needs at least one non-blank paragraph") List<String> paragraphs,
        List<@NumberedNote Footnote> footnotes,
        List<String> media,
        @PositiveOrZero(message = "must not be negative") Long viewCount,
        String language,
        Boolean excerpt,
        String source,
        String archiveCategory) {

    public ArticleDraft {
        authors = orEmpty(authors);
        sourceCategories = orEmpty(sourceCategories);
        tags = orEmpty(tags);
        paragraphs = orEmpty(paragraphs);
        footnotes = orEmpty(footnotes);
        media = orEmpty(media);
        excerpt = Boolean.TRUE.equals(excerpt);
    }

    /** This draft with what the request gives where the draft itself says nothing. */
    public ArticleDraft withDefaults(String defaultSource, String pageUrl, String pageCategory) {
        return new ArticleDraft(title, authors, publishedAt, url == null ? pageUrl : url, sourceCategories, tags,
                paragraphs, footnotes, media, viewCount, language, excerpt, source == null ? defaultSource : source,
                archiveCategory == null ? pageCategory : archiveCategory);
    }

    /** This draft with a relative {@code url} (a listing's link to its post) made absolute against the page's. */
    public ArticleDraft resolvedAgainst(String pageUrl) {
        String resolved = AbsoluteUrl.resolve(pageUrl, url);
        return Objects.equals(resolved, url) ? this : new ArticleDraft(title, authors, publishedAt, resolved,
                sourceCategories, tags, paragraphs, footnotes, media, viewCount, language, excerpt, source,
                archiveCategory);
    }

    /** Nulls dropped: JSON may hold {@code [null]}, and the lists of a draft are never null. */
    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }
}
