package org.archivist.bench.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import org.archivist.ingest.archive.ArchivePageParser;
import org.archivist.ingest.archive.ArchivePageParser.Format;
import org.archivist.ingest.archive.ParsedPage;
import org.junit.jupiter.api.Test;

class PagesTests {

    @Test
    void textPageReachesTheRequestedSizeByLessThanOnePage() {
        String page = Pages.text(50_000);

        assertThat(Pages.utf8Length(page)).isBetween(50_000, 56_000);
    }

    @Test
    void textPageIsTheSameForTheSameSize() {
        assertThat(Pages.text(20_000)).isEqualTo(Pages.text(20_000));
    }

    @Test
    void htmlPageReachesTheRequestedSizeByAboutOnePost() {
        String page = Pages.html(200_000);

        assertThat(Pages.utf8Length(page)).isBetween(200_000, 210_000);
    }

    @Test
    void htmlPageIsOneArchiveWhosePostsAllBecomeArticles() {
        String small = Pages.html(10_000);
        String large = Pages.html(200_000);

        ParsedPage smallParsed = new ArchivePageParser().parse(small, Format.HTML);
        ParsedPage largeParsed = new ArchivePageParser().parse(large, Format.HTML);

        assertThat(smallParsed.articles()).isNotEmpty();
        assertThat(largeParsed.articles().size()).isGreaterThan(smallParsed.articles().size() * 10);
        assertThat(large).containsOnlyOnce("<body").containsOnlyOnce("id=\"colophon\"");
    }

    @Test
    void articlePageIsOneArticleWhoseBodyGrowsWithTheSize() {
        String page = Pages.article(200_000);

        ParsedPage parsed = new ArchivePageParser().parse(page, Format.HTML);

        assertThat(Pages.utf8Length(page)).isBetween(200_000, 202_000);
        assertThat(parsed.articles()).hasSize(1);
        assertThat(String.join("\n", parsed.articles().getFirst().paragraphs()).length()).isGreaterThan(150_000);
    }
}
