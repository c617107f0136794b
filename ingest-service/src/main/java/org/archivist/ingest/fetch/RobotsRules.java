package org.archivist.ingest.fetch;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

/**
 * Each site's robots.txt (RFC 9309), read with crawler-commons and kept a day. As the RFC asks: a robots.txt that is
 * missing or answered with another 4xx allows everything; one that cannot be fetched (5xx, no answer) disallows
 * everything until it can, and that verdict is kept only a minute.
 */
final class RobotsRules {

    /** Fetches a site's robots.txt: its status (0 for no answer) and body. */
    interface Source {

        /** @throws FetchFailedException when the site may not be fetched at all (its address is refused) */
        Answer robotsTxt(String robotsUrl) throws FetchFailedException;
    }

    record Answer(int status, byte[] body, String mimeType) {
    }

    /** The verdict on one URL, and the pause its site asks between requests (zero when it asks none). */
    record Verdict(boolean allowed, Duration crawlDelay) {
    }

    private static final Duration KEPT = Duration.ofHours(24);
    private static final Duration FAILURE_KEPT = Duration.ofMinutes(1);
    private static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(30);
    private static final int MAX_SITES = 10_000;

    private record Cached(BaseRobotRules rules, Instant until) {
    }

    private final Source source;
    private final List<String> robotNames;
    private final Clock clock;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, Cached> sites = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
            return size() > MAX_SITES;
        }
    };

    /** @param userAgent the User-Agent sent; its product token (before the first '/') is the name robots.txt groups match */
    RobotsRules(Source source, String userAgent, Clock clock) {
        this.source = source;
        this.robotNames = List.of(robotName(userAgent));
        this.clock = clock;
    }

    static String robotName(String userAgent) {
        String token = userAgent.strip().split("[/\\s]", 2)[0];
        return token.toLowerCase(Locale.ROOT);
    }

    /** @throws FetchFailedException when the site may not be fetched at all (its address is refused) */
    Verdict check(URI url) throws FetchFailedException {
        BaseRobotRules rules = rulesFor(url);
        long delayMillis = rules.getCrawlDelay();
        Duration delay = delayMillis == BaseRobotRules.UNSET_CRAWL_DELAY || delayMillis <= 0 ? Duration.ZERO
                : Duration.ofMillis(delayMillis);
        if (delay.compareTo(MAX_CRAWL_DELAY) > 0) {
            delay = MAX_CRAWL_DELAY;
        }
        return new Verdict(rules.isAllowed(url.toString()), delay);
    }

    private BaseRobotRules rulesFor(URI url) throws FetchFailedException {
        String origin = origin(url);
        Instant now = clock.instant();
        synchronized (sites) {
            Cached cached = sites.get(origin);
            if (cached != null && now.isBefore(cached.until())) {
                return cached.rules();
            }
        }
        // Fetched outside the lock: two requests for a new site may both fetch it, which is harmless.
        String robotsUrl = origin + "/robots.txt";
        Answer answer = source.robotsTxt(robotsUrl);
        BaseRobotRules rules;
        Duration kept = KEPT;
        if (answer.status() == 200) {
            rules = parser.parseContent(robotsUrl, answer.body(), answer.mimeType() == null ? "text/plain"
                    : answer.mimeType(), robotNames);
        } else if (answer.status() >= 400 && answer.status() < 500) {
            rules = parser.failedFetch(answer.status());
        } else {
            // 5xx or no answer: crawler-commons answers "defer visits"; until the site can say, nothing is fetched.
            rules = parser.failedFetch(answer.status() == 0 ? 503 : answer.status());
            kept = FAILURE_KEPT;
        }
        synchronized (sites) {
            sites.put(origin, new Cached(rules, now.plus(kept)));
        }
        return rules;
    }

    static String origin(URI url) {
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        String host = url.getHost().toLowerCase(Locale.ROOT);
        int port = url.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }
}
