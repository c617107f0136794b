package org.archivist.query.deletion;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import org.archivist.contract.Deletion;
import org.archivist.query.ArticleNotFoundException;
import org.archivist.query.index.ArticleIndex;
import org.archivist.query.index.IndexedArticle;
import org.springframework.stereotype.Component;

/**
 * Deletes stored articles: finds them in the index, dates each deletion after the version it deletes, and publishes
 * the tombstones.
 */
@Component
class ArticleDeletions {

    static final int PAGE_SIZE = 1_000;
    private static final List<SortOptions> BY_ID = List.of(SortOptions.of(o -> o.field(f -> f.field(ArticleIndex.ID)
            .order(SortOrder.Asc))));

    private final ArticleIndex index;
    private final TombstonePublisher publisher;
    private final Clock clock = Clock.systemUTC();

    ArticleDeletions(ArticleIndex index, TombstonePublisher publisher) {
        this.index = index;
        this.publisher = publisher;
    }

    /** @throws ArticleNotFoundException when no article (or only a deleted one) has this id */
    Deletion delete(String id, String reason) throws IOException {
        IndexedArticle article = index.find(id, ArticleIndex.INGESTED_AT)
                .orElseThrow(() -> new ArticleNotFoundException(id));
        Deletion deletion = new Deletion(id, deletedAt(clock.instant(), article.ingestedAt()), reason);
        publisher.publish(List.of(deletion));
        return deletion;
    }

    /** How many articles of this source are stored. */
    long count(String source) throws IOException {
        return index.count(ofSource(source));
    }

    /** Deletes every stored article of the source, a page at a time. */
    SourceTakedown deleteSource(String source, String reason) throws IOException {
        Instant now = clock.instant();
        long[] deleted = {0};
        index.pages(ofSource(source), List.of(ArticleIndex.ID, ArticleIndex.INGESTED_AT), BY_ID, PAGE_SIZE,
                Long.MAX_VALUE, articles -> {
                    List<Deletion> page = new ArrayList<>(articles.size());
                    for (IndexedArticle article : articles) {
                        page.add(new Deletion(article.id(), deletedAt(now, article.ingestedAt()), reason));
                    }
                    publisher.publish(page);
                    deleted[0] += page.size();
                    return true;
                });
        return new SourceTakedown(source, deleted[0], false, deletedAt(now, null), reason);
    }

    /**
     * When a deletion takes effect: now, to the millisecond (the index compares versions in milliseconds), but
     * always after the version it deletes, so that a clock behind the one that stamped {@code ingestedAt} cannot
     * make the deletion lose to the very version it was meant to delete.
     */
    static Instant deletedAt(Instant now, Instant ingestedAt) {
        Instant at = now.truncatedTo(ChronoUnit.MILLIS);
        if (ingestedAt == null) {
            return at;
        }
        Instant after = ingestedAt.truncatedTo(ChronoUnit.MILLIS).plusMillis(1);
        return at.isBefore(after) ? after : at;
    }

    private static Query ofSource(String source) {
        return Query.of(q -> q.term(t -> t.field(ArticleIndex.SOURCE).value(source)));
    }
}
