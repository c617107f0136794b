package org.archivist.ingest.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.archivist.ingest.IngestSettings;
import org.archivist.testing.HttpProbe;
import org.archivist.testing.LocalStack;
import org.archivist.testing.StackIntegrationTest;
import org.archivist.testing.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * The broker killed (SIGKILL) and restarted while articles are posted one per request: every article answered
 * with 202 is on the topic exactly once; what could not be published was answered 503, never 202.
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
        HttpProbe http = new HttpProbe(port);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        AtomicInteger posted = new AtomicInteger();
        Thread stream = Thread.ofPlatform().start(() -> {
            for (int n = 0; n < ARTICLES; n++) {
                HttpResponse<String> response = http.post("/api/articles", "application/json", """
                        {"title": "Streamed article %d", "source": "it", "paragraphs": ["Paragraph of article %d."]}
                        """.formatted(n, n));
                statuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                if (response.statusCode() == 202) {
                    acknowledged.add(json.readTree(response.body()).at("/accepted/0/id").asString());
                }
                posted.incrementAndGet();
                pause(20);
            }
        });
        while (posted.get() < CRASH_AFTER) {
            pause(50);
        }
        int acknowledgedAtCrash = acknowledged.size();
        LocalStack.crashAndRestart("kafka");
        int postedWhenBack = posted.get();
        stream.join();

        assertThat(postedWhenBack).as("posts went on while the broker was down and after").isLessThan(ARTICLES);
        assertThat(acknowledged.size()).as("articles accepted after the restart, %s", statuses)
                .isGreaterThan(acknowledgedAtCrash + (ARTICLES - postedWhenBack) / 2);
        assertThat(statuses.keySet()).as("every answer is 202 or 503").isSubsetOf(202, 503);
        List<TopicProbe.Received> records = TopicProbe.readKeys(settings.topic(), acknowledged, Duration.ofSeconds(60));
        Map<String, Long> copies = records.stream()
                .collect(Collectors.groupingBy(TopicProbe.Received::key, Collectors.counting()));
        assertThat(copies.keySet()).as("acknowledged articles on the topic").containsAll(acknowledged);
        assertThat(copies.values()).as("copies per acknowledged article").containsOnly(1L);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
