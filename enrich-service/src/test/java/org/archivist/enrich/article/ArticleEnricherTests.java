package org.archivist.enrich.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.archivist.contract.Article;
import org.archivist.contract.Category;
import org.archivist.contract.EnrichedArticle;
import org.archivist.contract.Footnote;
import org.archivist.contract.Place;
import org.archivist.enrich.footnotes.FootnoteLinker;
import org.archivist.enrich.places.PlaceFinder;
import org.archivist.enrich.topics.TopicClassifier;
import org.junit.jupiter.api.Test;

class ArticleEnricherTests {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private final ArticleEnricher enricher = new ArticleEnricher(new TopicClassifier(), new PlaceFinder(),
            new FootnoteLinker(), Clock.fixed(NOW, ZoneOffset.UTC), "0.1.0+test");

    private static Article article(List<String> categories, List<String> paragraphs, List<Footnote> footnotes) {
        return new Article(1, "id1", "blog", null, "Court in Kyiv hears war crimes case against Russian officers",
                List.of(), null, categories, List.of(), paragraphs, footnotes, List.of(), null, null, "hash",
                Instant.parse("2026-11-25T11:00:00Z"), "en", false, null);
    }

    @Test
    void addsCategoriesPlacesAndFootnoteLinksAndKeepsTheArticle() {
        Article article = article(List.of("Courts"), List.of(
                "A court in Kyiv opened the trial of three Russian officers accused of war crimes during the "
                        + "invasion of Ukraine [1]. Prosecutors said the shelling of civilians violated the laws of war.",
                "The judge heard witnesses from the occupied towns, and defence lawyers asked for the case to be "
                        + "moved [2]. The verdict is expected next month, after the prosecution rests its case [3]."),
                List.of(new Footnote(1, "“Trial opens in Kyiv”, Olena Koval, Kyiv Post, May 13, 2022."),
                        new Footnote(2, "“Defence asks for transfer”, Reuters, May 14, 2022.")));

        EnrichedArticle enriched = enricher.enrich(article);

        assertThat(enriched.article()).isEqualTo(article);
        assertThat(enriched.enrichedAt()).isEqualTo(NOW);
        assertThat(enriched.enrichmentVersion()).isEqualTo("0.1.0+test");
        assertThat(enriched.categories()).extracting(Category::origin).contains("source", "inferred");
        assertThat(enriched.categories()).extracting(Category::code)
                .contains("source:courts", "medtop:02000000", "medtop:16000000");
        assertThat(enriched.places()).extracting(Place::code).contains("UA", "RU");
        assertThat(enriched.footnoteLinks()).hasSize(2);
        assertThat(enriched.footnoteLinks().getFirst().citation().title()).isEqualTo("Trial opens in Kyiv");
        assertThat(enriched.unmatchedMarkers()).extracting(marker -> marker.number()).containsExactly(3);
        assertThat(enriched.uncitedFootnotes()).isEmpty();
    }

    @Test
    void articleWithoutFootnotesOrSourceCategoriesStillEnriches() {
        EnrichedArticle enriched = enricher.enrich(article(List.of(), List.of("Short."), List.of()));

        assertThat(enriched.footnoteLinks()).isEmpty();
        assertThat(enriched.unmatchedMarkers()).isEmpty();
        assertThat(enriched.categories()).noneMatch(c -> c.origin().equals("source"));
    }
}
