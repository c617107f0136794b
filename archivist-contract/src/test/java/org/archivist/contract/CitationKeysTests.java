package org.archivist.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

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

    /**
     * The title rule as it was first written, four regular expressions; {@link CitationKeys} does the same in one
     * pass, and stored keys must not change with it.
     */
    private static String regexTitleKey(String title) {
        String k = Normalizer.normalize(title, Normalizer.Form.NFKC).trim();
        k = Pattern.compile("[\"'“”„‟‘’‚‛«»‹›`´]").matcher(k).replaceAll("");
        k = Pattern.compile("[\\p{Pd}/\\\\_]").matcher(k).replaceAll(" ");
        k = Pattern.compile("[\\p{P}\\p{S}]").matcher(k).replaceAll("");
        return Pattern.compile("\\s+").matcher(k.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    @Test
    void givesTheKeysOfTheRegularExpressionRuleForTrickyTitles() {
        List<String> titles = List.of("", " ", "\t\n", "Don’t „stop“ «now» ‹ok› `x´", "A—B–C-D/E\\F_G",
                "İstanbul ΣΊΣΥΦΟΣ Straße ǅemal", "ﬁnance ① ㎏ Ｆｕｌｌ", "emoji 😀 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 and lone \uD800 half",
                "price: $5 + 3 = €8 © ™ ° ^ ~ |", "no\u00A0break\u2003em space\u000Bvt\u001Fctrl", "e\u0301 combining",
                "  How Utilities Lobby – The Civic Ledger  ", "«»\"'", "a  ‐  b ‑ c ‒ d ― e ⸗ f 〜 g ゠ h");
        for (String title : titles) {
            assertThat(CitationKeys.normalizeTitle(title)).as(title).isEqualTo(regexTitleKey(title));
        }
    }

    @Test
    void givesTheKeysOfTheRegularExpressionRuleForRandomText() {
        int[] pool = "aZ09 \t\n\r\f\u000B\u00A0\u2003\u3000-–—‐/\\_.,;:!?()[]{}\"'“”«»‹›`´$€+=<>|^~©®™°§¶•…İıßſǅﬁ①Σσς\u0301\u200B"
                .codePoints().toArray();
        int[] extra = { 0x1F600, 0x1D518, 0xD800, 0xDC00, 0x2E3A, 0xFF0D, 0x1F1E6 };
        Random random = new Random(20261203);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder title = new StringBuilder();
            for (int length = random.nextInt(24); length > 0; length--) {
                title.appendCodePoint(random.nextInt(10) == 0 ? extra[random.nextInt(extra.length)]
                        : pool[random.nextInt(pool.length)]);
            }
            String text = title.toString();
            assertThat(CitationKeys.normalizeTitle(text)).as(text).isEqualTo(regexTitleKey(text));
        }
    }
}
