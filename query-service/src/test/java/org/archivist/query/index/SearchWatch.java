package org.archivist.query.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.archivist.testing.HttpProbe;
import tools.jackson.databind.json.JsonMapper;

/**
 * Searches one query over and over on a thread of its own while an index job runs, and keeps every answer that was
 * not a 200 with at least the expected total: a job that moves the alias must never make a search fail or miss what
 * was stored before it began.
 */
final class SearchWatch {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Queue<String> failures = new ConcurrentLinkedQueue<>();
    private final AtomicLong searches = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread searcher;

    private SearchWatch(HttpProbe http, String query, long atLeast) {
        searcher = Thread.ofPlatform().start(() -> {
            while (running.get()) {
                HttpResponse<String> response = http.get(query);
                long total = response.statusCode() == 200 ? JSON.readTree(response.body()).get("total").asLong() : -1;
                if (total < atLeast) {
                    failures.add(response.statusCode() + " total " + total);
                }
                searches.incrementAndGet();
            }
        });
    }

    /** Starts searching {@code query} (a path with its parameters) until {@link #stopAndCheck}. */
    static SearchWatch start(HttpProbe http, String query, long atLeast) {
        return new SearchWatch(http, query, atLeast);
    }

    /** Stops, and asserts that some searches ran and none failed or missed stored articles. */
    void stopAndCheck(String during) throws InterruptedException {
        running.set(false);
        searcher.join();
        assertThat(failures).as("searches during the %s (%d in all)", during, searches.get()).isEmpty();
        assertThat(searches.get()).isPositive();
    }
}
