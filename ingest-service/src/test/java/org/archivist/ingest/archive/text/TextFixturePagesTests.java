package org.archivist.ingest.archive.text;

import org.archivist.ingest.article.ArticleDraft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.archivist.contract.Footnote;
import org.junit.jupiter.api.Test;
import org.archivist.ingest.archive.ParsedPage;
import org.archivist.ingest.archive.SkippedBlock;

/** Whole pages as different WordPress themes and tools dump them as text (see src/test/resources/text/). */
class TextFixturePagesTests {

    private final TextArchiveParser parser = new TextArchiveParser();

    private ParsedPage parseFixture(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/text/" + name)) {
            assertThat(in).as(name).isNotNull();
            return parser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void twentyTenThemeWithPostedOnHeadersAndEntryPostedFooters() throws IOException {
        ParsedPage page = parseFixture("twentyten-entry-posted.txt");

        assertThat(page.archiveCategory()).isEqualTo("ferries");
        assertThat(page.articles()).extracting(ArticleDraft::title, ArticleDraft::authors, ArticleDraft::publishedAt,
                ArticleDraft::sourceCategories, ArticleDraft::tags).containsExactly(
                tuple("Harbour ferry returns after repairs", List.of("admin"), LocalDate.of(2021, 3, 3),
                        List.of("Transport"), List.of("ferries", "harbour")),
                tuple("Night crossings to resume in April", List.of("Marta Keel"), LocalDate.of(2021, 2, 26),
                        List.of("Transport", "Tourism"), List.of("ferries")),
                tuple("Crew shortage delays Sunday timetable", List.of("Marta Keel", "Rui Almeida"), LocalDate.of(2021, 2, 19),
                        List.of("Transport"), List.of()));
        assertThat(page.articles().getFirst().paragraphs()).containsExactly(
                "The harbour ferry returned to service on Friday after six weeks in dry dock. The operator said the new engines would cut fuel use by a fifth.",
                "Fares will stay the same until the end of the year.");
        assertThat(page.articles().get(1).paragraphs()).containsExactly(
                "Night crossings, suspended since the autumn, will resume on April 1.",
                "– Departures every two hours from 22:00.", "– Tickets on board only.");
        assertThat(page.skipped()).extracting(SkippedBlock::reason, SkippedBlock::excerpt).containsExactly(
                tuple(TextPage.BEFORE_FIRST, "Harbour Town Notes Just another WordPress site"),
                tuple(TextPage.AFTER_LAST, "Harbour ferry returns after repairs Night crossings to resume in April"),
                tuple(TextPage.AFTER_LAST, "March 2021 February 2021"),
                tuple(TextPage.AFTER_LAST, "Tourism Transport"));
    }

    @Test
    void lynxDumpWithWrappedLinesAndReferenceList() throws IOException {
        ParsedPage page = parseFixture("lynx-dump-science.txt");

        assertThat(page.archiveCategory()).isEqualTo("Science");
        assertThat(page.articles()).extracting(ArticleDraft::title, ArticleDraft::authors, ArticleDraft::publishedAt,
                ArticleDraft::sourceCategories, ArticleDraft::tags).containsExactly(
                tuple("Rover finds layered rock at crater rim", List.of("Ines Duarte"), LocalDate.of(2022, 9, 14),
                        List.of("Planetary", "Science"), List.of("geology", "rovers")),
                tuple("Telescope mirror segments pass cold test", List.of("Paul Okafor"), LocalDate.of(2022, 9, 12),
                        List.of("Astronomy"), List.of()),
                tuple("New catalogue lists 2,000 nearby stars", List.of("Ines Duarte", "Paul Okafor"), LocalDate.of(2022, 9, 9),
                        List.of("Astronomy", "Science"), List.of("catalogues", "stars")));
        ArticleDraft rover = page.articles().getFirst();
        assertThat(rover.paragraphs()).containsExactly("The rover reached the crater rim on Monday and sent back images of "
                + "layered rock. Scientists said the layers could record a long period of standing water [1].");
        assertThat(rover.footnotes()).containsExactly(new Footnote(1, "“Layered deposits at the rim”, I. Duarte and P. Okafor, "
                + "Planetary Notes, 12 (3), 2022. https://example.org/notes/12-3"));
        assertThat(page.articles().get(2).paragraphs()).containsExactly(
                "The catalogue covers every known star within 20 parsecs of the Sun.",
                "* It corrects the distances of about 300 stars.", "* It adds 41 brown dwarfs found since the last edition.");
        assertThat(page.skipped()).extracting(SkippedBlock::reason).containsOnly(TextPage.BEFORE_FIRST, TextPage.AFTER_LAST);
        assertThat(page.skipped()).extracting(SkippedBlock::excerpt)
                .contains("Planet Notes", "Search for: ____________________ Search")
                .noneMatch(excerpt -> excerpt.contains("https://"));
    }

    @Test
    void cyrillicArchiveWithRussianThemeStrings() throws IOException {
        ParsedPage page = parseFixture("cyrillic-energy-archive.txt");

        assertThat(page.archiveCategory()).isEqualTo("Энергетика");
        assertThat(page.articles()).extracting(ArticleDraft::title, ArticleDraft::authors, ArticleDraft::publishedAt,
                ArticleDraft::sourceCategories, ArticleDraft::tags).containsExactly(
                tuple("Газовые хранилища заполнены на 90 процентов", List.of("Иван Петров"), LocalDate.of(2021, 3, 3),
                        List.of("Энергетика", "Газ"), List.of("газ", "хранилища")),
                tuple("Ветряки на севере: итоги зимы", List.of("Ольга Смирнова", "Пётр Иванов"), LocalDate.of(2021, 2, 28),
                        List.of("Энергетика", "Ветер"), List.of()));
        ArticleDraft gas = page.articles().getFirst();
        assertThat(gas.paragraphs()).containsExactly(
                "Подземные хранилища заполнены на 90 процентов, сообщил оператор [1].",
                "[ПРОВЕРКА] Цифры оператора совпадают с данными биржи.",
                "Эксперты называют запас «достаточным», но предупреждают о холодном апреле.");
        assertThat(gas.footnotes()).containsExactly(new Footnote(1, "«Отчёт о закачке газа», Министерство энергетики, 2 марта 2021."));
        assertThat(page.skipped()).containsExactly(new SkippedBlock(TextPage.AFTER_LAST, "Читательские страницы"));
    }

    @Test
    void accentedNamesFootnoteHeavyPostsWithCommentsOffFooters() throws IOException {
        ParsedPage page = parseFixture("accented-footnotes-comments-off.txt");

        assertThat(page.archiveCategory()).isEqualTo("América Latina");
        assertThat(page.articles()).extracting(ArticleDraft::title, ArticleDraft::authors, ArticleDraft::publishedAt,
                ArticleDraft::sourceCategories, ArticleDraft::viewCount).containsExactly(
                tuple("Protests in São Paulo: what the numbers say", List.of("José Núñez"), LocalDate.of(2021, 6, 13),
                        List.of("Brazil", "São Paulo", "Protests"), 3087L),
                tuple("Bogotá’s metro: the contract nobody read", List.of("María-José Peña"), null,
                        List.of("Colombia", "Infrastructure"), null),
                tuple("Chile’s lithium deal, explained", List.of("Tomás Ibáñez"), null, List.of("Chile", "Mining", "U.S.A"), null));
        ArticleDraft protests = page.articles().getFirst();
        assertThat(protests.paragraphs()).containsExactly(
                "Organisers and police disagree on the size of Sunday’s march.",
                "Organisers counted 120,000 people on Avenida Paulista [1]; the military police said 38,000 [2].",
                "Crowd scientists say both figures rest on guesses about density [3].");
        assertThat(protests.media()).containsExactly("Image for post",
                "Marchers on Avenida Paulista, June 13, 2021. (Source: Agência Pública)");
        assertThat(protests.footnotes()).extracting(Footnote::number).containsExactly(1, 2, 3);
        ArticleDraft metro = page.articles().get(1);
        assertThat(metro.footnotes()).containsExactly(
                new Footnote(1, "“Metro de Bogotá: el contrato”, Ana Ruiz, El Espectador, March 2, 2020."),
                new Footnote(2, "“Lobbying “Reform” Revisited”, Sam Patel, June 10, 2016."),
                new Footnote(3, "“Who owns the metro?”, essay in 3 parts by Lucía Gómez"),
                new Footnote(4, "“Consorcio responde"));
        assertThat(metro.media()).containsExactly("JPEG - 71.3 kb");
        assertThat(page.articles().get(2).media()).containsExactly("Attached documents", "(PDF – 2.4 Mb)");
        assertThat(page.articles().get(2).paragraphs()).containsExactly("The state will keep a majority stake until 2060 [1].");
        assertThat(page.skipped()).extracting(SkippedBlock::excerpt)
                .containsExactly("Reader’s pages", "Newsletter: sign up for the Friday briefing");
    }

    @Test
    void singleArticleWithoutFooter() throws IOException {
        ParsedPage page = parseFixture("single-article-no-footer.txt");

        assertThat(page.articles()).hasSize(1);
        ArticleDraft article = page.articles().getFirst();
        assertThat(article.title()).isEqualTo("Why the northern grid keeps failing");
        assertThat(article.authors()).containsExactly("Zoë Müller");
        assertThat(article.publishedAt()).isEqualTo(LocalDate.of(2021, 3, 3));
        assertThat(article.sourceCategories()).isEmpty();
        assertThat(article.paragraphs()).containsExactly(
                "The northern grid was built for a smaller population, and the new data centres have stretched it further than planners expected.",
                "A very old network",
                "Most of the lines date from the 1960s [1]. Repairs were made one by one, never as a plan.",
                "What now?",
                "The regulator has asked for a ten-year plan by the autumn [2].");
        assertThat(article.media()).containsExactly("Image for post", "Substation near Tromsø, February 2021. (Source: Grid Watch)");
        assertThat(article.footnotes()).containsExactly(new Footnote(1, "“Grid age survey”, Nordic Energy Review, 2019."),
                new Footnote(2, "“Who owns the wind?”, essay in 3 parts by Ana Ruiz"));
        assertThat(page.skipped()).isEmpty();
    }

    @Test
    void postedOnHeadersTaggedFootersAndSharingButtons() throws IOException {
        ParsedPage page = parseFixture("posted-on-tagged-comments.txt");

        assertThat(page.archiveCategory()).isEqualTo("storage");
        assertThat(page.articles()).extracting(ArticleDraft::title, ArticleDraft::authors, ArticleDraft::publishedAt,
                ArticleDraft::sourceCategories, ArticleDraft::tags).containsExactly(
                tuple("Storage boom – one year after", List.of("Harbor Desk"), LocalDate.of(2022, 1, 12),
                        List.of("Energy", "Storage"), List.of("auctions", "batteries", "storage")),
                tuple("Grid operators approve new storage rules", List.of("Rosa Lind", "Lee Wong"), LocalDate.of(2022, 1, 5),
                        List.of("Energy", "Grid", "Policy"), List.of("storage")),
                tuple("Pumped hydro returns to the agenda", List.of("Harbor Desk"), LocalDate.of(2021, 12, 20),
                        List.of("Energy"), List.of("hydro", "storage")));
        assertThat(page.articles()).extracting(article -> article.paragraphs().size()).containsExactly(2, 2, 1);
        assertThat(page.articles()).flatExtracting(ArticleDraft::paragraphs)
                .noneMatch(p -> p.contains("Share this") || p.contains("Like") || p.contains("Continue reading"));
        assertThat(page.skipped()).containsExactly(
                SkippedBlock.of(TextPage.BEFORE_FIRST, "Storage Weekly"),
                SkippedBlock.of(TextPage.AFTER_LAST,
                        "Ana Ruiz on Storage boom – one year after Paul Okafor on Grid operators approve new storage rules"));
    }
}
