package org.archivist.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.archivist.contract.Footnote;
import org.archivist.ingest.article.ArticleDraft;
import org.junit.jupiter.api.Test;

class FeedMetadataTests {

    private static final FeedItem ITEM = new FeedItem("https://coast.example/tides", "Tide tables change (feed)",
            List.of("Ann Reed"), Instant.parse("2024-04-02T08:00:00Z"), List.of("Harbour"));

    private static final FeedItem BARE_ITEM = new FeedItem("https://coast.example/tides", null, List.of(), null,
            List.of());

    private static ArticleDraft draft(String title, List<String> authors, LocalDate publishedAt,
            List<String> categories) {
        return new ArticleDraft(title, authors, publishedAt, "https://coast.example/tides", categories, List.of(),
                List.of("The harbour office published new tide tables."), List.of(), List.of(), null, null, false,
                "coast", null);
    }

    private static ArticleDraft bareDraft() {
        return draft(null, List.of(), null, List.of());
    }

    @Test
    void thePagesTitleWins() {
        ArticleDraft filled = FeedMetadata.fillGaps(draft("Tide tables change", List.of(), null, List.of()), ITEM);

        assertThat(filled.title()).isEqualTo("Tide tables change");
    }

    @Test
    void aMissingTitleComesFromTheFeed() {
        assertThat(FeedMetadata.fillGaps(bareDraft(), ITEM).title()).isEqualTo("Tide tables change (feed)");
    }

    @Test
    void aBlankTitleCountsAsMissing() {
        ArticleDraft filled = FeedMetadata.fillGaps(draft("  ", List.of(), null, List.of()), ITEM);

        assertThat(filled.title()).isEqualTo("Tide tables change (feed)");
    }

    @Test
    void thePagesAuthorsWin() {
        ArticleDraft filled = FeedMetadata.fillGaps(draft("Tides", List.of("Bo Lind"), null, List.of()), ITEM);

        assertThat(filled.authors()).containsExactly("Bo Lind");
    }

    @Test
    void missingAuthorsComeFromTheFeed() {
        assertThat(FeedMetadata.fillGaps(bareDraft(), ITEM).authors()).containsExactly("Ann Reed");
    }

    @Test
    void thePagesDateWins() {
        ArticleDraft filled = FeedMetadata.fillGaps(draft("Tides", List.of(), LocalDate.of(2024, 3, 30), List.of()),
                ITEM);

        assertThat(filled.publishedAt()).isEqualTo(LocalDate.of(2024, 3, 30));
    }

    @Test
    void aMissingDateIsTheDayTheFeedItemWasPublished() {
        assertThat(FeedMetadata.fillGaps(bareDraft(), ITEM).publishedAt()).isEqualTo(LocalDate.of(2024, 4, 2));
    }

    @Test
    void theFeedsInstantBecomesItsUtcDate() {
        FeedItem lateInTheDay = new FeedItem(ITEM.link(), null, List.of(), Instant.parse("2024-04-01T23:30:00Z"),
                List.of());
        FeedItem justAfterMidnight = new FeedItem(ITEM.link(), null, List.of(),
                Instant.parse("2024-04-02T00:30:00Z"), List.of());

        assertThat(FeedMetadata.fillGaps(bareDraft(), lateInTheDay).publishedAt()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(FeedMetadata.fillGaps(bareDraft(), justAfterMidnight).publishedAt())
                .isEqualTo(LocalDate.of(2024, 4, 2));
    }

    @Test
    void thePagesCategoriesWin() {
        ArticleDraft filled = FeedMetadata.fillGaps(draft("Tides", List.of(), null, List.of("Port")), ITEM);

        assertThat(filled.sourceCategories()).containsExactly("Port");
    }

    @Test
    void missingCategoriesComeFromTheFeed() {
        assertThat(FeedMetadata.fillGaps(bareDraft(), ITEM).sourceCategories()).containsExactly("Harbour");
    }

    @Test
    void aFeedItemWithoutMetadataLeavesTheGapsEmpty() {
        ArticleDraft filled = FeedMetadata.fillGaps(bareDraft(), BARE_ITEM);

        assertThat(filled.title()).isNull();
        assertThat(filled.authors()).isEmpty();
        assertThat(filled.publishedAt()).isNull();
        assertThat(filled.sourceCategories()).isEmpty();
    }

    @Test
    void aCompletePageIsKeptAsItIs() {
        ArticleDraft page = new ArticleDraft("Tide tables change", List.of("Bo Lind"), LocalDate.of(2024, 3, 30),
                "https://coast.example/tides", List.of("Port"), List.of("tides"),
                List.of("The harbour office published new tide tables.", "Two extra low tides come in June."),
                List.of(new Footnote(1, "Tide tables, summer edition.")), List.of("https://coast.example/tides.png"),
                42L, "en", false, "coast", "News");

        assertThat(FeedMetadata.fillGaps(page, ITEM)).isEqualTo(page);
    }

    @Test
    void fillingGapsKeepsEverythingTheFeedDoesNotSay() {
        ArticleDraft page = new ArticleDraft(null, List.of(), null, "https://coast.example/tides", List.of(),
                List.of("tides"), List.of("The harbour office published new tide tables."),
                List.of(new Footnote(1, "Tide tables, summer edition.")), List.of("https://coast.example/tides.png"),
                42L, "en", true, "coast", "News");

        ArticleDraft filled = FeedMetadata.fillGaps(page, ITEM);

        assertThat(filled).usingRecursiveComparison()
                .ignoringFields("title", "authors", "publishedAt", "sourceCategories")
                .isEqualTo(page);
    }
}
