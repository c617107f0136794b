package org.archivist.ingest.archive.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The acceptance bar for single-article extraction, measured over the gold fixtures in html/articles. */
class ExtractionQualityTests {

    private final List<ExtractionQuality.Score> scores = ExtractionQuality.scoreAll(new HtmlPageParser());

    @Test
    void coversAtLeastTwentyFixtures() {
        assertThat(scores).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void meanBodyTokenF1IsAtLeastNinetyFivePercent() {
        assertThat(ExtractionQuality.meanF1(scores)).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void everyFixtureKeepsMostOfItsBody() {
        assertThat(scores).allSatisfy(score -> assertThat(score.f1()).as(score.name()).isGreaterThan(0.8));
    }

    @Test
    void everyTitleIsExact() {
        assertThat(scores).allSatisfy(score -> assertThat(score.titleExact())
                .as("%s got %s", score.name(), score.gotTitle()).isTrue());
    }

    @Test
    void everyPublicationDateIsExact() {
        assertThat(scores).allSatisfy(score -> assertThat(score.dateExact())
                .as("%s got %s", score.name(), score.gotDate()).isTrue());
    }

    @Test
    void everyAuthorListIsExact() {
        assertThat(scores).allSatisfy(score -> assertThat(score.authorsExact())
                .as("%s got %s", score.name(), score.gotAuthors()).isTrue());
    }

    @Test
    void noNavigationOrCommentTextLeaksIntoBodies() {
        assertThat(scores).allSatisfy(score -> assertThat(score.leaks()).as(score.name()).isEmpty());
    }
}
