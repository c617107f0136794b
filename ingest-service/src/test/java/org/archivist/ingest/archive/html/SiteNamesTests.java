package org.archivist.ingest.archive.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SiteNamesTests {

    private final SiteNames site = SiteNames.of("SpaceNews.com", "The GiveWell Blog", "@nytimes");

    @Test
    void comparesNamesByLettersAndDigitsAlone() {
        assertThat(site.is("SpaceNews")).isTrue();
        assertThat(site.is("Space News")).isTrue();
        assertThat(site.is("the givewell blog")).isTrue();
        assertThat(site.is("NYTimes")).isTrue();
        assertThat(site.is("Space")).isFalse();
        assertThat(site.is("")).isFalse();
        assertThat(site.is(null)).isFalse();
    }

    @Test
    void stripsTheSiteNameAfterAnySeparator() {
        assertThat(site.strip("NASA adds five companies - SpaceNews.com")).isEqualTo("NASA adds five companies");
        assertThat(site.strip("NASA adds five companies | SpaceNews")).isEqualTo("NASA adds five companies");
        assertThat(site.strip("NASA adds five companies — SpaceNews")).isEqualTo("NASA adds five companies");
        assertThat(site.strip("NASA adds five companies|SpaceNews")).isEqualTo("NASA adds five companies");
        assertThat(site.strip("September 2018 open thread – The GiveWell Blog")).isEqualTo("September 2018 open thread");
    }

    @Test
    void stripsTheSiteNameBeforeTheTitle() {
        assertThat(site.strip("SpaceNews: NASA adds five companies")).isEqualTo("NASA adds five companies");
        assertThat(site.strip("SpaceNews | NASA adds five companies")).isEqualTo("NASA adds five companies");
    }

    @Test
    void keepsHeadlinesWhoseDashOrColonIsTheirOwn() {
        assertThat(site.strip("Rail strike: commuters face fourth week")).isEqualTo("Rail strike: commuters face fourth week");
        assertThat(site.strip("Star Wars Jedi: Fallen Order review – shoots for the moon"))
                .isEqualTo("Star Wars Jedi: Fallen Order review – shoots for the moon");
        assertThat(site.strip("SpaceNews")).isEqualTo("SpaceNews");
    }

    @Test
    void stripsASectionAndTheSiteName() {
        SiteNames sky = SiteNames.of("Sky News");
        assertThat(sky.strip("Mourinho agrees deal | Sky News")).isEqualTo("Mourinho agrees deal");
    }
}
