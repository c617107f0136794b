package org.archivist.ingest.archive.html;

import org.archivist.ingest.article.ArticleDraft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.time.LocalDate;

import org.archivist.contract.Footnote;
import org.junit.jupiter.api.Test;
import org.archivist.ingest.archive.ParsedPage;
import org.archivist.ingest.archive.SkippedBlock;

/** WordPress archive pages of three different themes, read post by post. */
class HtmlArchiveParserTests {

    private final HtmlPageParser parser = new HtmlPageParser();

    @Test
    void readsTwentyTwentyOneTagArchive() throws IOException {
        ParsedPage page = parser.parse(HtmlConformanceTests.resource("/html/archives/twentytwentyone-tag-archive.html"));

        assertThat(page.archiveCategory()).isEqualTo("housing");
        assertThat(page.articles()).extracting(ArticleDraft::title, ArticleDraft::url, ArticleDraft::publishedAt)
                .containsExactly(
                        tuple("Council allows duplexes on every residential lot",
                                "https://civicnotes.example/2024/04/02/duplex-vote/", LocalDate.of(2024, 4, 2)),
                        tuple("What the new rent registry will and won’t show",
                                "https://civicnotes.example/2024/03/11/rent-registry/", LocalDate.of(2024, 3, 11)));
        ArticleDraft duplexes = page.articles().getFirst();
        assertThat(duplexes.authors()).containsExactly("Ruth Calloway");
        assertThat(duplexes.sourceCategories()).containsExactly("Council", "Zoning");
        assertThat(duplexes.tags()).containsExactly("housing", "zoning");
        assertThat(duplexes.paragraphs()).hasSize(4).element(1).asString().endsWith("sewers.[1]");
        assertThat(duplexes.footnotes()).containsExactly(
                new Footnote(1, "Staff report 24-118, “Infrastructure capacity for middle housing”, March 2024."));
        assertThat(duplexes.media()).containsExactly("https://civicnotes.example/wp-content/uploads/2024/04/chamber.jpg");
        ArticleDraft registry = page.articles().get(1);
        assertThat(registry.paragraphs()).contains("What is public").noneMatch(text -> text.contains("PDF"));
        assertThat(registry.media()).containsExactly("Ordinance 24-31 (PDF – 2.4 Mb)");
        assertThat(page.skipped()).extracting(SkippedBlock::excerpt)
                .contains("Everything we have written about zoning, rents and new housing in the city.");
    }

    @Test
    void readsGenesisCategoryArchive() throws IOException {
        ParsedPage page = parser.parse(HtmlConformanceTests.resource("/html/archives/genesis-category-archive.html"));

        assertThat(page.archiveCategory()).isEqualTo("Recipes");
        assertThat(page.articles()).extracting(ArticleDraft::title, ArticleDraft::publishedAt, ArticleDraft::authors)
                .containsExactly(
                        tuple("Apple and walnut loaf", LocalDate.of(2021, 10, 3), java.util.List.of("Meg Iwasaki")),
                        tuple("Quince paste, the slow way", LocalDate.of(2021, 9, 19),
                                java.util.List.of("Meg Iwasaki", "Tom Avery")),
                        tuple("Windfall crumble", LocalDate.of(2021, 9, 2), java.util.List.of()));
        ArticleDraft loaf = page.articles().getFirst();
        assertThat(loaf.url()).isEqualTo("https://orchardkitchen.example/apple-walnut-loaf/");
        assertThat(loaf.sourceCategories()).containsExactly("Recipes", "Autumn");
        assertThat(loaf.tags()).containsExactly("apples", "baking");
        assertThat(loaf.paragraphs()).hasSize(2).noneMatch(text -> text.contains("Continue reading"));
        ArticleDraft quince = page.articles().get(1);
        assertThat(quince.paragraphs()).hasSize(3).noneMatch(text -> text.startsWith("["));
        assertThat(quince.footnotes()).containsExactly(
                new Footnote(1, "Adapted from “Preserves”, Pam Corbin, River Cottage Handbook No. 2, 2008."),
                new Footnote(2, "Our quinces came from the old tree by the gate, planted in 1952."));
        String text = String.join(" ", page.articles().stream().flatMap(a -> a.paragraphs().stream()).toList());
        assertThat(text).doesNotContain("Get new recipes", "Next Page", "Skip to", "Genesis Framework");
    }

    @Test
    void readsBlockThemeArchiveInRussian() throws IOException {
        ParsedPage page = parser.parse(HtmlConformanceTests.resource("/html/archives/block-theme-blog-index.html"));

        assertThat(page.archiveCategory()).isEqualTo("Наука");
        assertThat(page.articles()).extracting(ArticleDraft::title, ArticleDraft::publishedAt)
                .containsExactly(tuple("Скворцы вернулись на две недели раньше", LocalDate.of(2023, 5, 6)),
                        tuple("Когда сойдёт лёд на озере", LocalDate.of(2023, 4, 12)));
        ArticleDraft starlings = page.articles().getFirst();
        assertThat(starlings.url()).isEqualTo("https://dnevnik.example/2023/05/skvorcy/");
        assertThat(starlings.authors()).containsExactly("Мария Соколова");
        assertThat(starlings.sourceCategories()).containsExactly("Наука");
        assertThat(starlings.tags()).containsExactly("птицы", "весна");
        assertThat(starlings.paragraphs()).hasSize(2);
        assertThat(page.articles().get(1).tags()).isEmpty();
    }
}
