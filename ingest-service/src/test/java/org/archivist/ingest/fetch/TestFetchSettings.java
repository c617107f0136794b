package org.archivist.ingest.fetch;

import java.time.Duration;
import java.util.List;

/** Fetch settings for tests against a {@link TestSite}: short timeouts, a short host interval. */
final class TestFetchSettings {

    static final String USER_AGENT = "ArchivistTestBot/1.0 (tests; archivist@localhost)";

    private TestFetchSettings() {
    }

    static FetchSettings allowing(List<String> hosts) {
        return new FetchSettings(hosts, USER_AGENT, Duration.ofSeconds(2), Duration.ofMillis(700),
                Duration.ofMillis(1500), 5, Duration.ofMillis(200), 4, 3, Duration.ofSeconds(5), 100, "fetch.jobs",
                "fetch.validators", 1000, Duration.ofMinutes(10));
    }
}
