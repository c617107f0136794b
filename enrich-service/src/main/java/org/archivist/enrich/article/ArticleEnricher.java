package org.archivist.enrich.article;

import java.time.Clock;

import org.archivist.contract.Article;
import org.archivist.contract.EnrichedArticle;
import org.archivist.contract.Enrichment;
import org.archivist.enrich.footnotes.FootnoteLinker;
import org.archivist.enrich.footnotes.FootnoteLinks;
import org.archivist.enrich.places.PlaceFinder;
import org.archivist.enrich.topics.TopicClassifier;

/**
 * Computes everything enrich-service adds to an article: categories, places and footnote links.
 * Pure and thread-safe; build it once, its parts load their lexicons when constructed.
 */
public final class ArticleEnricher {

    private final TopicClassifier topics;
    private final PlaceFinder places;
    private final FootnoteLinker footnotes;
    private final Clock clock;
    private final String version;

    /** @param version the enrichment's version ({@link org.archivist.enrich.EnrichmentTables#version}), on each output */
    public ArticleEnricher(TopicClassifier topics, PlaceFinder places, FootnoteLinker footnotes, Clock clock,
            String version) {
        this.topics = topics;
        this.places = places;
        this.footnotes = footnotes;
        this.clock = clock;
        this.version = version;
    }

    /** What computes the enrichment: the code's version and the tables' digest. */
    public String version() {
        return version;
    }

    public EnrichedArticle enrich(Article article) {
        FootnoteLinks links = footnotes.link(article.paragraphs(), article.footnotes());
        Enrichment enrichment = new Enrichment(topics.categorize(article), places.find(article), links.links(),
                links.unmatchedMarkers(), links.uncitedFootnotes());
        return EnrichedArticle.of(article, enrichment, clock.instant(), version);
    }
}
