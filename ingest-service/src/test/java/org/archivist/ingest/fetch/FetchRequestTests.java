package org.archivist.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.archivist.ingest.article.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FetchRequestTests {

    private static final int MAX_URLS = 5;
    private static final FieldProblem EXACTLY_ONE = new FieldProblem("urls",
            "give exactly one of urls, feed and sitemap");
    private static final String NOT_HTTP = "must be an absolute http or https URL";

    private static FetchRequest urls(String... urls) {
        return new FetchRequest("coast", Arrays.asList(urls), null, null, null, null, null);
    }

    private static FetchRequest feed(String feed) {
        return new FetchRequest("coast", null, feed, null, null, null, null);
    }

    private static FetchRequest sitemap(String sitemap) {
        return new FetchRequest("coast", null, null, sitemap, null, null, null);
    }

    private static FetchRequest followingNextPages(int pages) {
        return new FetchRequest(null, List.of("https://coast.example/archive"), null, null, null, pages, null);
    }

    @Test
    void nullListsAndFlagsTakeTheirDefaults() {
        FetchRequest request = new FetchRequest(null, null, null, null, null, null, null);

        assertThat(request.urls()).isEmpty();
        assertThat(request.followNextPages()).isZero();
        assertThat(request.fetchFullPosts()).isFalse();
        assertThat(request.source()).isNull();
        assertThat(request.since()).isNull();
    }

    @Test
    void blankStringsBecomeNull() {
        FetchRequest request = new FetchRequest("  ", null, "", " \t", null, null, null);

        assertThat(request.source()).isNull();
        assertThat(request.feed()).isNull();
        assertThat(request.sitemap()).isNull();
    }

    @Test
    void stringsAreStripped() {
        FetchRequest request = new FetchRequest(" coast ", List.of(" https://coast.example/pier "),
                " https://coast.example/feed.xml ", " https://coast.example/sitemap.xml\n", null, null, null);

        assertThat(request.source()).isEqualTo("coast");
        assertThat(request.urls()).containsExactly("https://coast.example/pier");
        assertThat(request.feed()).isEqualTo("https://coast.example/feed.xml");
        assertThat(request.sitemap()).isEqualTo("https://coast.example/sitemap.xml");
    }

    @Test
    void aNullEntryOfUrlsBecomesAnEmptyOneThatIsRefused() {
        FetchRequest request = urls("https://coast.example/pier", null);

        assertThat(request.urls()).containsExactly("https://coast.example/pier", "");
        assertThat(request.problems(MAX_URLS)).containsExactly(new FieldProblem("urls[1]", NOT_HTTP));
    }

    @Test
    void givenFlagsAreKept() {
        FetchRequest request = new FetchRequest(null, List.of("https://coast.example/archive"), null, null, null, 3,
                true);

        assertThat(request.followNextPages()).isEqualTo(3);
        assertThat(request.fetchFullPosts()).isTrue();
    }

    @Test
    void aListOfHttpAndHttpsUrlsCanRun() {
        assertThat(urls("https://coast.example/pier", "http://coast.example/tides").problems(MAX_URLS)).isEmpty();
    }

    @Test
    void aFeedAloneCanRun() {
        assertThat(feed("https://coast.example/feed.xml").problems(MAX_URLS)).isEmpty();
    }

    @Test
    void aSitemapAloneCanRun() {
        assertThat(sitemap("https://coast.example/sitemap.xml").problems(MAX_URLS)).isEmpty();
    }

    @Test
    void schemesAreComparedWithoutCase() {
        assertThat(urls("HTTPS://Coast.Example/pier", "Http://coast.example/tides").problems(MAX_URLS)).isEmpty();
    }

    @Test
    void nothingToFetchIsRefused() {
        assertThat(new FetchRequest("coast", null, null, null, null, null, null).problems(MAX_URLS))
                .containsExactly(EXACTLY_ONE);
    }

    @Test
    void anEmptyListOfUrlsIsNothingToFetch() {
        assertThat(urls().problems(MAX_URLS)).containsExactly(EXACTLY_ONE);
    }

    @Test
    void urlsAndAFeedTogetherAreRefused() {
        FetchRequest request = new FetchRequest(null, List.of("https://coast.example/pier"),
                "https://coast.example/feed.xml", null, null, null, null);

        assertThat(request.problems(MAX_URLS)).containsExactly(EXACTLY_ONE);
    }

    @Test
    void aFeedAndASitemapTogetherAreRefused() {
        FetchRequest request = new FetchRequest(null, null, "https://coast.example/feed.xml",
                "https://coast.example/sitemap.xml", null, null, null);

        assertThat(request.problems(MAX_URLS)).containsExactly(EXACTLY_ONE);
    }

    @Test
    void allThreeTogetherAreRefused() {
        FetchRequest request = new FetchRequest(null, List.of("https://coast.example/pier"),
                "https://coast.example/feed.xml", "https://coast.example/sitemap.xml", null, null, null);

        assertThat(request.problems(MAX_URLS)).containsExactly(EXACTLY_ONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://coast.example/pier", "file:///etc/passwd", "javascript:alert(1)",
            "mailto:editor@coast.example", "gopher://coast.example/1"})
    void aUrlOfAnotherSchemeIsRefused(String url) {
        assertThat(urls("https://coast.example/pier", url).problems(MAX_URLS))
                .containsExactly(new FieldProblem("urls[1]", NOT_HTTP));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/pier", "pier", "//coast.example/pier", "coast.example/pier", "https:///pier",
            "https:pier"})
    void aRelativeUrlOrOneWithoutAHostIsRefused(String url) {
        assertThat(urls(url).problems(MAX_URLS)).containsExactly(new FieldProblem("urls[0]", NOT_HTTP));
    }

    @Test
    void aUrlThatDoesNotParseIsRefused() {
        assertThat(urls("https://coast.example/a pier").problems(MAX_URLS))
                .containsExactly(new FieldProblem("urls[0]", NOT_HTTP));
    }

    @Test
    void everyBadUrlIsNamedByItsIndex() {
        FetchRequest request = urls("/one", "https://coast.example/two", "ftp://coast.example/three", "");

        assertThat(request.problems(MAX_URLS)).extracting(FieldProblem::field)
                .containsExactly("urls[0]", "urls[2]", "urls[3]");
    }

    @Test
    void aFeedOfAnotherSchemeIsRefused() {
        assertThat(feed("file:///var/feed.xml").problems(MAX_URLS)).containsExactly(new FieldProblem("feed", NOT_HTTP));
    }

    @Test
    void aRelativeFeedIsRefused() {
        assertThat(feed("/feed.xml").problems(MAX_URLS)).containsExactly(new FieldProblem("feed", NOT_HTTP));
    }

    @Test
    void aSitemapOfAnotherSchemeIsRefused() {
        assertThat(sitemap("ftp://coast.example/sitemap.xml").problems(MAX_URLS))
                .containsExactly(new FieldProblem("sitemap", NOT_HTTP));
    }

    @Test
    void aRelativeSitemapIsRefused() {
        assertThat(sitemap("sitemap.xml").problems(MAX_URLS)).containsExactly(new FieldProblem("sitemap", NOT_HTTP));
    }

    @Test
    void asManyUrlsAsTheLimitMayRun() {
        assertThat(urls(numbered(MAX_URLS)).problems(MAX_URLS)).isEmpty();
    }

    @Test
    void moreUrlsThanTheLimitAreRefusedNamingTheLimitAndTheCount() {
        assertThat(urls(numbered(MAX_URLS + 1)).problems(MAX_URLS)).containsExactly(new FieldProblem("urls",
                "at most 5 URLs per job (archivist.fetch.max-urls-per-job), got 6"));
    }

    @Test
    void theLimitIsTheOneGiven() {
        assertThat(urls(numbered(3)).problems(2)).extracting(FieldProblem::message)
                .containsExactly("at most 2 URLs per job (archivist.fetch.max-urls-per-job), got 3");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, FetchRequest.MAX_NEXT_PAGES})
    void followNextPagesWithinItsBoundsMayRun(int pages) {
        assertThat(followingNextPages(pages).problems(MAX_URLS)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, Integer.MIN_VALUE, FetchRequest.MAX_NEXT_PAGES + 1, Integer.MAX_VALUE})
    void followNextPagesOutsideItsBoundsIsRefused(int pages) {
        assertThat(followingNextPages(pages).problems(MAX_URLS))
                .containsExactly(new FieldProblem("followNextPages", "must be between 0 and 1000"));
    }

    @Test
    void aSourceOf200CharactersMayRun() {
        FetchRequest request = new FetchRequest("s".repeat(200), List.of("https://coast.example/pier"), null, null,
                null, null, null);

        assertThat(request.problems(MAX_URLS)).isEmpty();
    }

    @Test
    void aLongerSourceIsRefused() {
        FetchRequest request = new FetchRequest("s".repeat(201), List.of("https://coast.example/pier"), null, null,
                null, null, null);

        assertThat(request.problems(MAX_URLS))
                .containsExactly(new FieldProblem("source", "must be at most 200 characters"));
    }

    @Test
    void everyProblemIsListedFieldByField() {
        FetchRequest request = new FetchRequest(null, List.of("file:///etc/passwd"), "/feed.xml", null, null, -1,
                null);

        assertThat(request.problems(MAX_URLS)).extracting(FieldProblem::field)
                .containsExactly("urls", "urls[0]", "feed", "followNextPages");
    }

    private static String[] numbered(int count) {
        List<String> urls = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            urls.add("https://coast.example/page/" + i);
        }
        return urls.toArray(String[]::new);
    }
}
