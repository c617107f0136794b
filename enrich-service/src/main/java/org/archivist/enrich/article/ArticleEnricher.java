package org.archivist.enrich.article;

import java.time.Clock;

import org.archivist.contract.Article;
import org.archivist.contract.EnrichedArticle;
import org.archivist.contract.Enrichment;
import org.archivist.enrich.footnotes.FootnoteLinker;
import org.archivist.enrich.footnotes.FootnoteLinks;

/** Computes everything enrich-service adds to an article. Pure and thread-safe. */
public final class ArticleEnricher {

    private final FootnoteLinker footnotes;
    private final Clock clock;

    public ArticleEnricher(FootnoteLinker footnotes, Clock clock) {
        this.footnotes = footnotes;
        this.clock = clock;
    }

    public EnrichedArticle enrich(Article article) {
        FootnoteLinks links = footnotes.link(article.paragraphs(), article.footnotes());
        Enrichment enrichment = new Enrichment(java.util.List.of(), java.util.List.of(), links.links(),
                links.unmatchedMarkers(), links.uncitedFootnotes());
        return EnrichedArticle.of(article, enrichment, clock.instant());
    }
}
