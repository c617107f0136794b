package org.archivist.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AbsoluteUrlTests {

    private static final String PAGE = "https://coast.example/archive/2024/page/2?lang=en";

    @Test
    void aRelativeLinkIsResolvedAgainstThePage() {
        assertThat(AbsoluteUrl.resolve(PAGE, "/pier.html")).isEqualTo("https://coast.example/pier.html");
        assertThat(AbsoluteUrl.resolve(PAGE, "tides")).isEqualTo("https://coast.example/archive/2024/page/tides");
        assertThat(AbsoluteUrl.resolve(PAGE, "../1")).isEqualTo("https://coast.example/archive/2024/1");
        assertThat(AbsoluteUrl.resolve(PAGE, "//cdn.example/a")).isEqualTo("https://cdn.example/a");
    }

    @Test
    void aQueryOnlyLinkKeepsThePagesPath() {
        assertThat(AbsoluteUrl.resolve(PAGE, "?page=3")).isEqualTo("https://coast.example/archive/2024/page/2?page=3");
    }

    @Test
    void anAbsoluteLinkOrNoPageAddressLeavesItAsGiven() {
        assertThat(AbsoluteUrl.resolve(PAGE, "https://other.example/x")).isEqualTo("https://other.example/x");
        assertThat(AbsoluteUrl.resolve(null, "/pier.html")).isEqualTo("/pier.html");
        assertThat(AbsoluteUrl.resolve(PAGE, null)).isNull();
        assertThat(AbsoluteUrl.resolve(PAGE, "not a url with spaces")).isEqualTo("not a url with spaces");
    }
}
