package org.archivist.ingest.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.archivist.ingest.IngestSettings;
import org.archivist.ingest.article.ArticleIdentity;
import org.archivist.testing.HttpProbe;
import org.archivist.testing.TestKeys;
import org.archivist.testing.LocalStack;
import org.archivist.testing.StackIntegrationTest;
import org.archivist.testing.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * The broker killed (SIGKILL) and restarted while articles are posted one per request: every article answered
 * with 202 is on the topic exactly once; what could not be published was answered 503, never 202, and is not on
 * the topic, unless the 503 says the broker went down during the commit ({@code outcome: unknown}): such an article
 * may be on the topic, once at most.
 */
@StackIntegrationTest(properties = {
        "archivist.ingest.topic=it-kafka-restart-${archivist.it.run}",
        "spring.kafka.producer.transaction-id-prefix=it-kafka-restart-${archivist.it.run}-" })
class KafkaRestartIT {

    private static final int ARTICLES = 300;
    private static final int CRASH_AFTER = 80;

    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    IngestSettings settings;

    @Test
    void everyAcknowledgedArticleIsOnTheTopicOnceAfterABrokerCrash() throws Exception {
        HttpProbe http = new HttpProbe(port, TestKeys.WRITER);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Set<String> refused = ConcurrentHashMap.newKeySet();
        Set<String> undecided = ConcurrentHashMap.newKeySet();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        AtomicInteger posted = new AtomicInteger();
        ExecutorService streaming = Executors.newSingleThreadExecutor();
        // A Future, so that whatever the streaming thread throws fails this test instead of being lost.
        Future<?> stream = streaming.submit(() -> {
            for (int n = 0; n < ARTICLES; n++) {
                HttpResponse<String> response = http.post("/api/articles", "application/json", """
                        {"title": "Streamed article %d", "source": "it", "paragraphs": ["Paragraph of article %d."]}
                        """.formatted(n, n));
                statuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                if (response.statusCode() == 202) {
                    acknowledged.add(json.readTree(response.body()).at("/accepted/0/id").asString());
                } else if (response.statusCode() == 503
                        && json.readTree(response.body()).path("outcome").asString().equals("unknown")) {
                    // The broker went down while committing: it may complete the commit when it is back.
                    undecided.add(ArticleIdentity.idFor(null, "it", "Streamed article " + n));
                } else {
                    refused.add(ArticleIdentity.idFor(null, "it", "Streamed article " + n));
                }
                posted.incrementAndGet();
                pause(20);
            }
        });
        try {
            // Sized for a busy 2-core machine: 80 posts normally take a few seconds.
            await().atMost(Duration.ofMinutes(3)).until(() -> stream.isDone() || posted.get() >= CRASH_AFTER);
            assertThat(stream.isDone()).as("the stream stopped before the crash").isFalse();
            int acknowledgedAtCrash = acknowledged.size();
            LocalStack.crashAndRestart("kafka");
            int postedWhenBack = posted.get();
            stream.get(10, TimeUnit.MINUTES);

            assertThat(postedWhenBack).as("posts went on while the broker was down and after").isLessThan(ARTICLES);
            assertThat(acknowledged.size()).as("articles accepted after the restart, %s", statuses)
                    .isGreaterThan(acknowledgedAtCrash + (ARTICLES - postedWhenBack) / 2);
            assertThat(statuses.keySet()).as("every answer is 202 or 503").isSubsetOf(202, 503);
        } finally {
            stream.cancel(true);
            streaming.shutdownNow();
        }
        // An article posted after the stream: once it is readable, the stream's transactions are decided.
        HttpResponse<String> last = http.post("/api/articles", "application/json",
                "{\"title\": \"After the stream\", \"source\": \"it\", \"paragraphs\": [\"Last.\"]}");
        assertThat(last.statusCode()).as(last.body()).isEqualTo(202);
        Set<String> expected = new HashSet<>(acknowledged);
        expected.add(ArticleIdentity.idFor(null, "it", "After the stream"));
        Set<String> all = new HashSet<>(expected);
        all.addAll(refused);
        all.addAll(undecided);
        List<TopicProbe.Received> records = TopicProbe.readKeys(settings.topic(), all, expected, Duration.ofSeconds(120));
        Map<String, Long> copies = records.stream()
                .collect(Collectors.groupingBy(TopicProbe.Received::key, Collectors.counting()));
        assertThat(copies.keySet()).as("acknowledged articles on the topic").containsAll(acknowledged);
        assertThat(copies.keySet()).as("articles answered 503, not published, on the topic")
                .doesNotContainAnyElementsOf(refused);
        assertThat(copies.values()).as("copies per article on the topic").containsOnly(1L);
        assertThat(undecided).as("503s whose commit was under way (%s)", statuses).hasSizeLessThanOrEqualTo(2);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
