package org.archivist.query.scaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.archivist.query.index.IndexProbe;
import org.archivist.testing.HttpProbe;
import org.archivist.testing.LocalStack;
import org.archivist.testing.ServiceProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * On two Elasticsearch nodes, where the index gets a replica of each shard: while 3,000 articles stream in and a
 * client searches without pause, the second node is killed with SIGKILL, and started again once the stream has ended.
 * Searches keep being answered (the errors and the longest gap between two answers are reported), and once the node
 * is back every acknowledged article is searchable, exactly once.
 *
 * <p>The second node is the one a two-node cluster can lose: the first is its only master-eligible node
 * (docs/SCALING.md says why and what three nodes would add).
 */
@ExtendWith(LocalStack.class)
class ElasticsearchNodeKilledClusterIT {

    private static final Logger log = LoggerFactory.getLogger(ElasticsearchNodeKilledClusterIT.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final int ARTICLES = 3_000;
    private static final int PER_POST = 20;
    private static final int KILL_AFTER = 1_000;
    /** Longest a reader may wait for an answer while the node dies: a search's retry on the other node and more. */
    private static final Duration LONGEST_GAP = Duration.ofSeconds(15);

    private final PipelineRun pipeline = PipelineRun.named("esnode");

    @Test
    void searchesGoOnWhileANodeDiesAndNothingIsLostOnceItIsBack() throws Exception {
        List<ServiceProcess> services = ServiceProcess.startAll(List.of(pipeline.ingest(), pipeline.enrich(),
                    pipeline.query()));
        try {
            streamAndSearchWhileTheNodeDies(services.get(0), services.get(2));
        } finally {
            for (ServiceProcess service : services) {
                service.close();
            }
        }
    }

    private void streamAndSearchWhileTheNodeDies(ServiceProcess ingest, ServiceProcess query) throws Exception {
        IndexProbe index = new IndexProbe(pipeline.alias());
        Searches searches = new Searches(new HttpProbe(query.port()));
        ArticleStream stream = new ArticleStream(ingest.port(), pipeline.run(), ARTICLES, PER_POST);
        boolean killed = false;
        try (stream; searches) {
            stream.start(Duration.ofMillis(50)).awaitAcknowledged(KILL_AFTER, Duration.ofMinutes(3));
            assertThat(index.replicas()).as("copies of each shard besides the primary").isEqualTo(1);
            await().atMost(Duration.ofMinutes(1)).until(() -> index.health().equals("green"));
            LocalStack.stop("elasticsearch-2", true);
            killed = true;
            int answeredAtKill = searches.answered.get();
            log.info("Killed elasticsearch-2 with SIGKILL after {} acknowledged articles",
                    stream.acknowledged().size());
            stream.finish(Duration.ofMinutes(5));
            assertThat(searches.answered.get()).as("searches answered with the node down")
                    .isGreaterThan(answeredAtKill);
            LocalStack.start("elasticsearch-2");
            killed = false;
        } finally {
            if (killed) {
                LocalStack.start("elasticsearch-2");
            }
        }
        log.info("Searches: {} answered, {} failed, {} short, longest gap between answers {} ms",
                searches.answered.get(), searches.failed.get(), searches.short_.get(),
                searches.longestGap.get() / 1_000_000);

        assertThat(stream.statuses()).as("ingest answered every post 202").containsOnlyKeys(202);
        assertThat(Duration.ofNanos(searches.longestGap.get())).as("longest gap between answered searches")
                .isLessThan(LONGEST_GAP);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(index.searchable(stream.acknowledged())).as("acknowledged articles searchable")
                        .isEqualTo(ARTICLES));
        assertThat(index.documents()).as("documents in the index: each article once").isEqualTo(ARTICLES);
        await().atMost(Duration.ofMinutes(2)).until(() -> index.health().equals("green"));
    }

    /** A client searching without pause, from a thread of its own: answers, failures and the longest gap. */
    private static final class Searches implements AutoCloseable {

        final AtomicInteger answered = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        /**
         * Answers that found fewer articles than an earlier one. Reported, not asserted: a primary and its replica
         * refresh on schedules of their own, so an answer from one copy can lag an earlier one from the other by a
         * refresh, killed node or not.
         */
        final AtomicInteger short_ = new AtomicInteger();
        final AtomicLong longestGap = new AtomicLong();
        private final ExecutorService thread = Executors.newSingleThreadExecutor();
        private final Future<?> searching;

        Searches(HttpProbe http) {
            searching = thread.submit(() -> {
                long last = System.nanoTime();
                long most = 0;
                while (!Thread.currentThread().isInterrupted()) {
                    HttpResponse<String> response = http.get("/api/search?q=streamed+article&size=5");
                    long now = System.nanoTime();
                    if (response.statusCode() == 200) {
                        answered.incrementAndGet();
                        long total = JSON.readTree(response.body()).path("total").asLong();
                        if (total < most) {
                            short_.incrementAndGet();
                        }
                        most = Math.max(most, total);
                        longestGap.accumulateAndGet(now - last, Math::max);
                        last = now;
                    } else {
                        failed.incrementAndGet();
                    }
                    Thread.sleep(100);
                }
                return null;
            });
        }

        @Override
        public void close() throws Exception {
            searching.cancel(true);
            thread.shutdownNow();
            thread.awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}
