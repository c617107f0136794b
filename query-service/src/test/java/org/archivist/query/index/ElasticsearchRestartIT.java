package org.archivist.query.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.archivist.query.QuerySettings;
import org.archivist.testing.LocalStack;
import org.archivist.testing.StackIntegrationTest;
import org.archivist.testing.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Elasticsearch killed (SIGKILL) and restarted while articles stream in: every article ends up indexed, none is
 * dead-lettered, and the listener goes on by itself once the node is back.
 */
@StackIntegrationTest(properties = {
        "archivist.query.topic=it-restart-${archivist.it.run}",
        "archivist.query.index-alias=it-restart-${archivist.it.run}",
        "spring.kafka.consumer.group-id=it-restart-${archivist.it.run}" })
class ElasticsearchRestartIT {

    private static final int CRASH_AFTER = 150;
    /** Sent once the node is back, however long its restart took on a busy machine. */
    private static final int AFTER_RESTART = 100;
    /** A bound for the stream should the restart never return; far above the ~600 a quick restart leaves. */
    private static final int MAX_ARTICLES = 5_000;

    @Autowired
    QuerySettings settings;

    @Autowired
    ElasticsearchClient client;

    @Test
    void everyArticleSentAroundACrashOfTheNodeIsIndexedOnce() throws Exception {
        AtomicInteger sent = new AtomicInteger();
        AtomicBoolean back = new AtomicBoolean();
        Thread stream = Thread.ofPlatform().start(() -> {
            int afterRestart = 0;
            for (int n = 0; n < MAX_ARTICLES && afterRestart < AFTER_RESTART; n++) {
                String id = "restart-" + n;
                TopicProbe.send(settings.topic(), id, IndexingIT.article(id, "Streamed report " + n,
                        "2026-11-25T10:00:00Z"));
                sent.incrementAndGet();
                if (back.get()) {
                    afterRestart++;
                }
                pause(80);
            }
        });
        await().atMost(Duration.ofSeconds(60)).until(() -> sent.get() >= CRASH_AFTER);
        await().atMost(Duration.ofSeconds(60)).until(() -> count() > 0);

        int sentAtCrash = sent.get();
        LocalStack.crashAndRestart("elasticsearch");
        int sentWhenBack = sent.get();
        back.set(true);
        stream.join();
        int articles = sent.get();

        // Mid-stream: articles arrived while the node was down, and after it was back.
        assertThat(sentWhenBack).isGreaterThan(sentAtCrash);
        assertThat(articles).isEqualTo(sentWhenBack + AFTER_RESTART);

        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1)).until(() -> count() == articles);
        assertThat(TopicProbe.read(settings.topic() + ".DLT", 1, Duration.ofSeconds(2))).isEmpty();
    }

    private long count() {
        try {
            client.indices().refresh(r -> r.index(settings.indexAlias()));
            return client.count(c -> c.index(settings.indexAlias())).count();
        } catch (Exception e) {
            return -1;
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
