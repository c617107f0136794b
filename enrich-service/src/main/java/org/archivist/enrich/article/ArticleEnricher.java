package org.archivist.enrich.article;

import java.time.Clock;

import org.archivist.contract.Article;
import org.archivist.contract.EnrichedArticle;
import org.archivist.contract.Enrichment;

/** Computes everything enrich-service adds to an article. Pure and thread-safe. */
public final class ArticleEnricher {

    private final Clock clock;

    public ArticleEnricher(Clock clock) {
        this.clock = clock;
    }

    public EnrichedArticle enrich(Article article) {
        return EnrichedArticle.of(article, Enrichment.NONE, clock.instant());
    }
}
