package org.archivist.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CitationKeysTests {

    @Test
    void lowerCasesSchemeAndHostButNotThePath() {
        assertThat(CitationKeys.normalizeUrl("HTTPS://Example.ORG/News/Story")).isEqualTo("https://example.org/News/Story");
    }

    @Test
    void dropsWwwFragmentAndTrailingSlash() {
        assertThat(CitationKeys.normalizeUrl("https://www.example.org/a/b/#top")).isEqualTo("https://example.org/a/b");
        assertThat(CitationKeys.normalizeUrl("https://www.example.org/")).isEqualTo("https://example.org");
    }

    @Test
    void dropsTrackingParametersAndKeepsTheOthersInOrder() {
        assertThat(CitationKeys.normalizeUrl(
                "https://example.org/story?id=7&utm_source=tw&UTM_Medium=x&page=2&fbclid=abc&gclid=1"))
                .isEqualTo("https://example.org/story?id=7&page=2");
        assertThat(CitationKeys.normalizeUrl("https://example.org/story/?utm_campaign=may"))
                .isEqualTo("https://example.org/story");
    }

    @Test
    void dropsDefaultPortsButKeepsOthers() {
        assertThat(CitationKeys.normalizeUrl("https://example.org:443/a")).isEqualTo("https://example.org/a");
        assertThat(CitationKeys.normalizeUrl("http://example.org:8080/a")).isEqualTo("http://example.org:8080/a");
    }

    @Test
    void isLooserThanTheCanonicalUrlOfTheId() {
        String url = "HTTPS://me@WWW.Example.org.:443/a/?utm_source=x&msclkid=1&b=2&_GA=3#top";

        assertThat(CanonicalUrl.of(url)).isEqualTo("https://me@www.example.org./a/?msclkid=1&b=2&_GA=3");
        assertThat(CitationKeys.normalizeUrl(url)).isEqualTo("https://me@example.org/a?b=2");
    }

    @Test
    void keepsIpv6HostsAndOtherPorts() {
        assertThat(CitationKeys.normalizeUrl("https://[::1]:443/a/")).isEqualTo("https://[::1]/a");
        assertThat(CitationKeys.normalizeUrl("http://www.example.org.:8080/a")).isEqualTo("http://example.org:8080/a");
    }

    @Test
    void givesTheSameKeyToTwoSpellingsOfOneAddress() {
        assertThat(CitationKeys.normalizeUrl(" https://WWW.civicledger.example.com/2020/10/12/lobby/?utm_source=x#c "))
                .isEqualTo(CitationKeys.normalizeUrl("https://civicledger.example.com/2020/10/12/lobby"));
    }

    @Test
    void returnsNullForBlankUrlsAndTrimsTextWithoutAScheme() {
        assertThat(CitationKeys.normalizeUrl(null)).isNull();
        assertThat(CitationKeys.normalizeUrl("  ")).isNull();
        assertThat(CitationKeys.normalizeUrl(" example.org/a ")).isEqualTo("example.org/a");
    }

    @Test
    void normalisesCaseQuotesPunctuationAndSpacesOfATitle() {
        assertThat(CitationKeys.normalizeTitle("  Lobbying “Reform”   Revisited! ")).isEqualTo("lobbying reform revisited");
        assertThat(CitationKeys.normalizeTitle("Lobbying \"Reform\" Revisited")).isEqualTo("lobbying reform revisited");
    }

    @Test
    void appliesNfkcBeforeComparing() {
        assertThat(CitationKeys.normalizeTitle("ﬁnal ＲＥＰＯＲＴ")).isEqualTo("final report");
    }

    @Test
    void turnsDashesIntoSpacesSoHyphenatedWordsStayApart() {
        assertThat(CitationKeys.normalizeTitle("Grid-scale storage – a review")).isEqualTo("grid scale storage a review");
    }

    @Test
    void keepsCyrillicAndAccentedLetters() {
        assertThat(CitationKeys.normalizeTitle("«Сети не готовы к зиме», São Paulo"))
                .isEqualTo("сети не готовы к зиме são paulo");
    }

    @Test
    void removesATrailingPublicationSuffixWhenGivenThePublication() {
        assertThat(CitationKeys.normalizeTitle("How Utilities Lobby - The Civic Ledger", "The Civic Ledger"))
                .isEqualTo("how utilities lobby");
        assertThat(CitationKeys.normalizeTitle("How Utilities Lobby | Civic Ledger", "civic ledger"))
                .isEqualTo("how utilities lobby");
        assertThat(CitationKeys.normalizeTitle("How Utilities Lobby — THE CIVIC LEDGER", "The Civic Ledger"))
                .isEqualTo("how utilities lobby");
    }

    @Test
    void keepsASuffixThatIsNotThePublication() {
        assertThat(CitationKeys.normalizeTitle("Storage – One Year After", "The Civic Ledger"))
                .isEqualTo("storage one year after");
        assertThat(CitationKeys.normalizeTitle("How Utilities Lobby | The Civic Ledger"))
                .isEqualTo("how utilities lobby the civic ledger");
    }

    @Test
    void returnsNullForANullTitle() {
        assertThat(CitationKeys.normalizeTitle(null)).isNull();
        assertThat(CitationKeys.normalizeTitle(null, "X")).isNull();
    }
}
