package org.archivist.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** robots.txt files served from memory; the cache's clock moves only when a test moves it. */
class RobotsRulesTests {

    private static final String USER_AGENT = "ArchivistBot/1.0 (+https://archivist.example/bot)";
    private static final String ROBOTS = "https://coast.example/robots.txt";

    private final TestClock clock = new TestClock(Instant.parse("2026-03-01T12:00:00Z"));
    private final FakeSource source = new FakeSource();
    private final RobotsRules rules = new RobotsRules(source, USER_AGENT, clock);

    private static URI uri(String url) {
        return URI.create(url);
    }

    private boolean allowed(String url) throws FetchFailedException {
        return rules.check(uri(url)).allowed();
    }

    private Duration crawlDelay(String url) throws FetchFailedException {
        return rules.check(uri(url)).crawlDelay();
    }

    @Test
    void aDisallowedPathIsRefused() throws Exception {
        source.robots(ROBOTS, "User-agent: *\nDisallow: /private/\n");

        assertThat(allowed("https://coast.example/private/memo")).isFalse();
    }

    @Test
    void aPathNoRuleCoversIsAllowed() throws Exception {
        source.robots(ROBOTS, "User-agent: *\nDisallow: /private/\n");

        assertThat(allowed("https://coast.example/news/pier")).isTrue();
    }

    @Test
    void anAllowedPathInsideADisallowedOneIsAllowed() throws Exception {
        source.robots(ROBOTS, "User-agent: *\nDisallow: /private/\nAllow: /private/press/\n");

        assertThat(allowed("https://coast.example/private/press/release")).isTrue();
        assertThat(allowed("https://coast.example/private/memo")).isFalse();
    }

    @Test
    void theGroupNamingThisRobotWinsOverTheWildcard() throws Exception {
        source.robots(ROBOTS, """
                User-agent: *
                Disallow: /

                User-agent: ArchivistBot
                Disallow: /private/
                """);

        assertThat(allowed("https://coast.example/news/pier")).isTrue();
        assertThat(allowed("https://coast.example/private/memo")).isFalse();
    }

    @Test
    void aGroupForAnotherRobotDoesNotApply() throws Exception {
        source.robots(ROBOTS, """
                User-agent: OtherBot
                Disallow: /

                User-agent: *
                Disallow: /private/
                """);

        assertThat(allowed("https://coast.example/news/pier")).isTrue();
        assertThat(allowed("https://coast.example/private/memo")).isFalse();
    }

    @Test
    void theRobotIsNamedByTheProductTokenOfItsUserAgent() throws Exception {
        String robots = """
                User-agent: *
                Disallow: /

                User-agent: ArchivistBot
                Allow: /
                """;
        source.robots(ROBOTS, robots);
        RobotsRules otherRobot = new RobotsRules(source, "OtherBot/2.0 (+https://other.example)", clock);

        assertThat(allowed("https://coast.example/news/pier")).isTrue();
        assertThat(otherRobot.check(uri("https://coast.example/news/pier")).allowed()).isFalse();
    }

    @Test
    void aMissingRobotsTxtAllowsEverything() throws Exception {
        source.answer(ROBOTS, 404, "Not found");

        assertThat(allowed("https://coast.example/private/memo")).isTrue();
        assertThat(crawlDelay("https://coast.example/private/memo")).isZero();
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403, 410, 451})
    void anyOther4xxAllowsEverything(int status) throws Exception {
        source.answer(ROBOTS, status, "No");

        assertThat(allowed("https://coast.example/news/pier")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 504})
    void aServerErrorDisallowsEverything(int status) throws Exception {
        source.answer(ROBOTS, status, "Down");

        assertThat(allowed("https://coast.example/news/pier")).isFalse();
    }

    @Test
    void noAnswerDisallowsEverything() throws Exception {
        source.answer(ROBOTS, 0, "");

        assertThat(allowed("https://coast.example/news/pier")).isFalse();
    }

    @Test
    void aCrawlDelayIsRead() throws Exception {
        source.robots(ROBOTS, "User-agent: *\nCrawl-delay: 5\nDisallow: /private/\n");

        assertThat(crawlDelay("https://coast.example/news/pier")).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void theCrawlDelayOfThisRobotsGroupApplies() throws Exception {
        source.robots(ROBOTS, """
                User-agent: *
                Crawl-delay: 10

                User-agent: ArchivistBot
                Crawl-delay: 2
                """);

        assertThat(crawlDelay("https://coast.example/news/pier")).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void noCrawlDelayIsZero() throws Exception {
        source.robots(ROBOTS, "User-agent: *\nDisallow: /private/\n");

        assertThat(crawlDelay("https://coast.example/news/pier")).isZero();
    }

    @Test
    void aLongCrawlDelayIsCappedAtThirtySeconds() throws Exception {
        source.robots(ROBOTS, "User-agent: *\nCrawl-delay: 120\n");

        assertThat(crawlDelay("https://coast.example/news/pier")).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aCrawlDelayOfThirtySecondsIsKept() throws Exception {
        source.robots(ROBOTS, "User-agent: *\nCrawl-delay: 30\n");

        assertThat(crawlDelay("https://coast.example/news/pier")).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aSitesRobotsTxtIsFetchedOnceForAllItsUrls() throws Exception {
        source.robots(ROBOTS, "User-agent: *\nDisallow: /private/\n");

        allowed("https://coast.example/news/pier");
        allowed("https://coast.example/private/memo");
        allowed("https://coast.example/");

        assertThat(source.asked).containsExactly(ROBOTS);
    }

    @Test
    void theRobotsTxtAskedForIsAtTheRootOfTheOrigin() throws Exception {
        allowed("https://coast.example/news/2024/pier?page=2#comments");

        assertThat(source.asked).containsExactly(ROBOTS);
    }

    @Test
    void defaultPortsAndHostCaseNameTheSameOrigin() throws Exception {
        allowed("https://coast.example/a");
        allowed("https://coast.example:443/b");
        allowed("HTTPS://Coast.EXAMPLE/c");
        allowed("http://coast.example/d");
        allowed("http://coast.example:80/e");

        assertThat(source.asked).containsExactly(ROBOTS, "http://coast.example/robots.txt");
    }

    @Test
    void schemesHostsAndOtherPortsAreOriginsOfTheirOwn() throws Exception {
        allowed("https://coast.example/a");
        allowed("http://coast.example/a");
        allowed("https://coast.example:8443/a");
        allowed("https://news.coast.example/a");

        assertThat(source.asked).containsExactly(ROBOTS, "http://coast.example/robots.txt",
                "https://coast.example:8443/robots.txt", "https://news.coast.example/robots.txt");
    }

    @Test
    void eachOriginHasItsOwnRules() throws Exception {
        source.robots(ROBOTS, "User-agent: *\nDisallow: /\n");
        source.robots("https://news.coast.example/robots.txt", "User-agent: *\nDisallow:\n");

        assertThat(allowed("https://coast.example/pier")).isFalse();
        assertThat(allowed("https://news.coast.example/pier")).isTrue();
    }

    @Test
    void rulesFetchedWithA200AreKeptForADay() throws Exception {
        source.robots(ROBOTS, "User-agent: *\nDisallow: /private/\n");
        allowed("https://coast.example/news/pier");

        clock.advance(Duration.ofHours(24).minusSeconds(1));
        allowed("https://coast.example/news/pier");
        assertThat(source.asked).hasSize(1);

        clock.advance(Duration.ofSeconds(1));
        allowed("https://coast.example/news/pier");
        assertThat(source.asked).hasSize(2);
    }

    @Test
    void aMissingRobotsTxtIsKeptForADay() throws Exception {
        allowed("https://coast.example/news/pier");

        clock.advance(Duration.ofHours(23));
        allowed("https://coast.example/news/pier");

        assertThat(source.asked).hasSize(1);
    }

    @Test
    void aServerErrorIsAskedAgainAfterAMinute() throws Exception {
        source.answer(ROBOTS, 503, "Down");
        allowed("https://coast.example/news/pier");

        clock.advance(Duration.ofSeconds(59));
        allowed("https://coast.example/news/pier");
        assertThat(source.asked).hasSize(1);

        clock.advance(Duration.ofSeconds(1));
        allowed("https://coast.example/news/pier");
        assertThat(source.asked).hasSize(2);
    }

    @Test
    void noAnswerIsAskedAgainAfterAMinute() throws Exception {
        source.answer(ROBOTS, 0, "");
        allowed("https://coast.example/news/pier");

        clock.advance(Duration.ofMinutes(1));
        allowed("https://coast.example/news/pier");

        assertThat(source.asked).hasSize(2);
    }

    @Test
    void aSiteThatRecoversIsAllowedOnceAskedAgain() throws Exception {
        source.answer(ROBOTS, 503, "Down");
        assertThat(allowed("https://coast.example/news/pier")).isFalse();

        source.robots(ROBOTS, "User-agent: *\nDisallow: /private/\n");
        clock.advance(Duration.ofMinutes(1));

        assertThat(allowed("https://coast.example/news/pier")).isTrue();
    }

    @Test
    void aFailureOfTheSourcePropagates() {
        FetchFailedException refused = new FetchFailedException(ROBOTS, 0, "coast.example is at 10.0.0.1, private");
        source.fails(ROBOTS, refused);

        assertThatThrownBy(() -> rules.check(uri("https://coast.example/news/pier"))).isSameAs(refused);
    }

    @Test
    void aFailureOfTheSourceIsNotKept() throws Exception {
        source.fails(ROBOTS, new FetchFailedException(ROBOTS, 0, "refused"));
        assertThatThrownBy(() -> rules.check(uri("https://coast.example/news/pier")))
                .isInstanceOf(FetchFailedException.class);

        source.robots(ROBOTS, "User-agent: *\nDisallow:\n");

        assertThat(allowed("https://coast.example/news/pier")).isTrue();
        assertThat(source.asked).hasSize(2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ArchivistBot/1.0 (+https://archivist.example/bot) | archivistbot",
            "ArchivistBot/1.0                                   | archivistbot",
            "'  ArchivistBot/1.0  '                             | archivistbot",
            "ArchivistBot                                       | archivistbot",
            "ArchivistBot (+https://archivist.example/bot)      | archivistbot",
            "Mozilla/5.0 (compatible; ArchivistBot/1.0)         | mozilla",
            "archivist-bot/2                                    | archivist-bot" })
    void theRobotNameIsTheLowerCasedProductToken(String userAgent, String name) {
        assertThat(RobotsRules.robotName(userAgent)).isEqualTo(name);
    }

    /** robots.txt bodies by URL; a URL it was not given answers 404. Records every URL asked. */
    private static final class FakeSource implements RobotsRules.Source {

        private final Map<String, RobotsRules.Answer> answers = new HashMap<>();
        private final Map<String, FetchFailedException> failures = new HashMap<>();
        final List<String> asked = new ArrayList<>();

        void robots(String url, String body) {
            answer(url, 200, body);
        }

        void answer(String url, int status, String body) {
            failures.remove(url);
            answers.put(url, new RobotsRules.Answer(status, body.getBytes(StandardCharsets.UTF_8), "text/plain"));
        }

        void fails(String url, FetchFailedException failure) {
            failures.put(url, failure);
        }

        @Override
        public RobotsRules.Answer robotsTxt(String robotsUrl) throws FetchFailedException {
            asked.add(robotsUrl);
            FetchFailedException failure = failures.get(robotsUrl);
            if (failure != null) {
                throw failure;
            }
            return answers.getOrDefault(robotsUrl, new RobotsRules.Answer(404, new byte[0], "text/html"));
        }
    }
}
