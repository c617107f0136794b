package org.archivist.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CanonicalUrlTests {

    @Test
    void returnsNullForNullAndBlank() {
        assertThat(CanonicalUrl.of(null)).isNull();
        assertThat(CanonicalUrl.of("")).isNull();
        assertThat(CanonicalUrl.of(" \t\n")).isNull();
        assertThat(CanonicalUrl.parse(null)).isNull();
        assertThat(CanonicalUrl.parse("  ")).isNull();
    }

    @Test
    void keepsACanonicalUrlAsItIs() {
        assertThat(CanonicalUrl.of("https://example.com/a/b?c=1&d=2")).isEqualTo("https://example.com/a/b?c=1&d=2");
    }

    @Test
    void trims() {
        assertThat(CanonicalUrl.of("  https://example.com/a \n")).isEqualTo("https://example.com/a");
    }

    @Test
    void lowerCasesSchemeAndHost() {
        assertThat(CanonicalUrl.of("HTTPS://Example.COM/a")).isEqualTo("https://example.com/a");
        assertThat(CanonicalUrl.of("Http://EXAMPLE.com")).isEqualTo("http://example.com");
    }

    @Test
    void keepsPathCase() {
        assertThat(CanonicalUrl.of("https://example.com/News/Story")).isEqualTo("https://example.com/News/Story");
    }

    @Test
    void keepsParameterCase() {
        assertThat(CanonicalUrl.of("https://example.com/a?Page=Two")).isEqualTo("https://example.com/a?Page=Two");
    }

    @Test
    void keepsTrailingSlashAndEmptyPathApart() {
        assertThat(CanonicalUrl.of("https://example.com/a/")).isEqualTo("https://example.com/a/");
        assertThat(CanonicalUrl.of("https://example.com/")).isEqualTo("https://example.com/");
        assertThat(CanonicalUrl.of("https://example.com")).isEqualTo("https://example.com");
    }

    @Test
    void keepsWww() {
        assertThat(CanonicalUrl.of("https://WWW.example.com/a")).isEqualTo("https://www.example.com/a");
    }

    @Test
    void leavesPercentEncodingUntouched() {
        assertThat(CanonicalUrl.of("https://example.com/caf%C3%A9?q=a%2Fb")).isEqualTo("https://example.com/caf%C3%A9?q=a%2Fb");
        assertThat(CanonicalUrl.of("https://example.com/caf%c3%a9")).isEqualTo("https://example.com/caf%c3%a9");
        assertThat(CanonicalUrl.of("https://M%C3%BCnchen.EXAMPLE/a")).isEqualTo("https://m%C3%BCnchen.example/a");
    }

    @Test
    void removesTheFragment() {
        assertThat(CanonicalUrl.of("https://example.com/a#comments")).isEqualTo("https://example.com/a");
        assertThat(CanonicalUrl.of("https://example.com/a#")).isEqualTo("https://example.com/a");
        assertThat(CanonicalUrl.of("https://example.com#top")).isEqualTo("https://example.com");
    }

    @Test
    void aFragmentInsideTheQueryEndsIt() {
        assertThat(CanonicalUrl.of("https://example.com/a?b=1#frag&c=2")).isEqualTo("https://example.com/a?b=1");
        assertThat(CanonicalUrl.of("https://example.com/a?#x")).isEqualTo("https://example.com/a");
    }

    @Test
    void removesPort80ForHttp() {
        assertThat(CanonicalUrl.of("http://example.com:80/a")).isEqualTo("http://example.com/a");
    }

    @Test
    void removesPort443ForHttps() {
        assertThat(CanonicalUrl.of("https://example.com:443/a")).isEqualTo("https://example.com/a");
        assertThat(CanonicalUrl.of("HTTPS://Example.com:443")).isEqualTo("https://example.com");
    }

    @Test
    void keepsADefaultPortOfTheOtherScheme() {
        assertThat(CanonicalUrl.of("http://example.com:443/a")).isEqualTo("http://example.com:443/a");
        assertThat(CanonicalUrl.of("https://example.com:80/a")).isEqualTo("https://example.com:80/a");
    }

    @Test
    void keepsOtherPorts() {
        assertThat(CanonicalUrl.of("https://example.com:8443/a")).isEqualTo("https://example.com:8443/a");
        assertThat(CanonicalUrl.of("http://Example.com:8080")).isEqualTo("http://example.com:8080");
    }

    @Test
    void removesAnEmptyPort() {
        assertThat(CanonicalUrl.of("https://example.com:/a")).isEqualTo("https://example.com/a");
    }

    @Test
    void keepsUserInfoAsWritten() {
        assertThat(CanonicalUrl.of("https://User:Secret@Example.com:443/a")).isEqualTo("https://User:Secret@example.com/a");
        assertThat(CanonicalUrl.of("http://a@b@Example.com/")).isEqualTo("http://a@b@example.com/");
    }

    @Test
    void handlesIpv6Literals() {
        assertThat(CanonicalUrl.of("https://[::1]:443/a")).isEqualTo("https://[::1]/a");
        assertThat(CanonicalUrl.of("http://[2001:DB8::1]:8080/a")).isEqualTo("http://[2001:db8::1]:8080/a");
        assertThat(CanonicalUrl.of("http://[2001:db8::80]/a")).isEqualTo("http://[2001:db8::80]/a");
        assertThat(CanonicalUrl.parse("http://[::1]:80/a").host()).isEqualTo("[::1]");
    }

    @Test
    void keepsIpv4Hosts() {
        assertThat(CanonicalUrl.of("http://127.0.0.1:80/a")).isEqualTo("http://127.0.0.1/a");
    }

    @Test
    void removesUtmParameters() {
        assertThat(CanonicalUrl.of("https://example.com/a?utm_source=x&utm_medium=y&utm_campaign=z"))
                .isEqualTo("https://example.com/a");
    }

    @Test
    void matchesUtmPrefixWhateverItsCase() {
        assertThat(CanonicalUrl.of("https://example.com/a?UTM_Source=x&Utm_Content=y&b=1")).isEqualTo("https://example.com/a?b=1");
    }

    @Test
    void removesEveryUtmNameEvenUnknownOnes() {
        assertThat(CanonicalUrl.of("https://example.com/a?utm_anything=1&utm_=2")).isEqualTo("https://example.com/a");
    }

    @Test
    void keepsParametersThatOnlyLookLikeUtm() {
        assertThat(CanonicalUrl.of("https://example.com/a?utm=1&my_utm_source=2&xutm_source=3"))
                .isEqualTo("https://example.com/a?utm=1&my_utm_source=2&xutm_source=3");
    }

    @Test
    void removesClickIds() {
        assertThat(CanonicalUrl.of("https://example.com/a?fbclid=1&gclid=2&mc_cid=3&mc_eid=4"))
                .isEqualTo("https://example.com/a");
        assertThat(CanonicalUrl.of("https://example.com/a?FBCLID=1&b=2")).isEqualTo("https://example.com/a?b=2");
    }

    @Test
    void keepsTrackingParametersOutsideTheIdRule() {
        // CitationKeys drops these for matching; the id keeps them.
        assertThat(CanonicalUrl.of("https://example.com/a?msclkid=1&_ga=2&share=3"))
                .isEqualTo("https://example.com/a?msclkid=1&_ga=2&share=3");
    }

    @Test
    void keepsOtherParametersInTheirOrder() {
        assertThat(CanonicalUrl.of("https://example.com/a?z=1&utm_source=x&a=2&fbclid=y&m=3"))
                .isEqualTo("https://example.com/a?z=1&a=2&m=3");
    }

    @Test
    void keepsRepeatedParameters() {
        assertThat(CanonicalUrl.of("https://example.com/a?t=1&t=2")).isEqualTo("https://example.com/a?t=1&t=2");
    }

    @Test
    void removesParametersWithoutEquals() {
        assertThat(CanonicalUrl.of("https://example.com/a?utm_source&b")).isEqualTo("https://example.com/a?b");
        assertThat(CanonicalUrl.of("https://example.com/a?fbclid")).isEqualTo("https://example.com/a");
    }

    @Test
    void keepsParametersWithEmptyValues() {
        assertThat(CanonicalUrl.of("https://example.com/a?b=&c")).isEqualTo("https://example.com/a?b=&c");
    }

    @Test
    void dropsAQuestionMarkWithNothingAfterIt() {
        assertThat(CanonicalUrl.of("https://example.com/a?")).isEqualTo("https://example.com/a");
        assertThat(CanonicalUrl.of("https://example.com/a?utm_source=x")).isEqualTo("https://example.com/a");
        assertThat(CanonicalUrl.of("https://example.com?utm_source=x")).isEqualTo("https://example.com");
    }

    @Test
    void leavesNoAmpersandBehind() {
        assertThat(CanonicalUrl.of("https://example.com/a?&b=1")).isEqualTo("https://example.com/a?b=1");
        assertThat(CanonicalUrl.of("https://example.com/a?utm_source=x&b=1")).isEqualTo("https://example.com/a?b=1");
        assertThat(CanonicalUrl.of("https://example.com/a?b=1&utm_source=x")).isEqualTo("https://example.com/a?b=1");
        assertThat(CanonicalUrl.of("https://example.com/a?b=1&&c=2&")).isEqualTo("https://example.com/a?b=1&c=2");
        assertThat(CanonicalUrl.of("https://example.com/a?&&")).isEqualTo("https://example.com/a");
    }

    @Test
    void readsAQueryWithoutAPath() {
        assertThat(CanonicalUrl.of("https://Example.com?b=1&utm_source=x")).isEqualTo("https://example.com?b=1");
    }

    @Test
    void keepsAnEqualsSignInAValue() {
        assertThat(CanonicalUrl.of("https://example.com/a?next=/b?c=d&utm_source=x"))
                .isEqualTo("https://example.com/a?next=/b?c=d");
    }

    @Test
    void givesOneFormToSpellingsOfOneAddress() {
        assertThat(CanonicalUrl.of(" https://Example.com:443/a?utm_source=x&b=1#top "))
                .isEqualTo(CanonicalUrl.of("https://example.com/a?b=1"))
                .isEqualTo("https://example.com/a?b=1");
    }

    @Test
    void isIdempotent() {
        String once = CanonicalUrl.of("HTTP://User@WWW.Example.com:80/A/b/?utm_source=x&&Q=1#f");
        assertThat(once).isEqualTo("http://User@www.example.com/A/b/?Q=1");
        assertThat(CanonicalUrl.of(once)).isEqualTo(once);
    }

    @Test
    void lowerCasesOtherSchemesButKeepsTheirPorts() {
        assertThat(CanonicalUrl.of("FTP://Files.Example.com:21/x")).isEqualTo("ftp://files.example.com:21/x");
    }

    @Test
    void trimsAndCutsTheFragmentOfTextWithoutScheme() {
        assertThat(CanonicalUrl.of(" example.com/a#b ")).isEqualTo("example.com/a");
        assertThat(CanonicalUrl.of("notaurl")).isEqualTo("notaurl");
        assertThat(CanonicalUrl.of("mailto:Someone@Example.com")).isEqualTo("mailto:Someone@Example.com");
        assertThat(CanonicalUrl.parse("example.com/a")).isNull();
    }

    @Test
    void returnsNullWhenOnlyAFragmentIsGiven() {
        assertThat(CanonicalUrl.of(" #top ")).isNull();
    }

    @Test
    void exposesTheCanonicalPieces() {
        CanonicalUrl.Parts parts = CanonicalUrl.parse("HTTPS://me@Example.com:8443/A?utm_source=x&b=1&c#f");

        assertThat(parts).isEqualTo(new CanonicalUrl.Parts("https", "me", "example.com", "8443", "/A",
                java.util.List.of("b=1", "c")));
        assertThat(parts.toString()).isEqualTo("https://me@example.com:8443/A?b=1&c");
        assertThat(parts.withHost("example.org").withPath("").withoutParameters("c"::equals).toString())
                .isEqualTo("https://me@example.org:8443?b=1");
    }

    @Test
    void readsTheNameOfAParameter() {
        assertThat(CanonicalUrl.Parts.name("a=1=2")).isEqualTo("a");
        assertThat(CanonicalUrl.Parts.name("flag")).isEqualTo("flag");
        assertThat(CanonicalUrl.Parts.name("=x")).isEmpty();
    }
}
