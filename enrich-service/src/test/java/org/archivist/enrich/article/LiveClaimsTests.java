package org.archivist.enrich.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LiveClaimsTests {

    private final LiveClaims claims = new LiveClaims();
    private final List<String> sent = new ArrayList<>();

    private static List<ConsumerRecord<String, String>> live(String... ids) {
        return java.util.Arrays.stream(ids).map(id -> new ConsumerRecord<>("articles.ingested", 0, 0L, id, "v"))
                .toList();
    }

    /** A pass's batch, all read from partition 0 of the input topic. */
    private static Map<Integer, List<ProducerRecord<String, String>>> pass(String... ids) {
        return Map.of(0, java.util.Arrays.stream(ids).map(id -> new ProducerRecord<>("articles.enriched", id, "v"))
                .toList());
    }

    @BeforeEach
    void liveListenerHoldsPartitionZero() {
        claims.assigned(List.of(new TopicPartition("articles.ingested", 0)));
    }

    private CompletableFuture<?> send(ProducerRecord<String, String> record) {
        sent.add(record.key());
        return CompletableFuture.completedFuture(null);
    }

    @Test
    void thePassLeavesOutWhatTheLiveListenerClaimedSinceItBegan() {
        claims.claim(live("a"));
        claims.open();
        claims.claim(live("b", "c"));

        LiveClaims.Published published = claims.publishUnclaimed(pass("a", "b", "c", "d"), this::send,
                Duration.ofSeconds(1));

        assertThat(published.leftToLive()).isEqualTo(2);
        assertThat(published.moved()).isEmpty();
        assertThat(sent).containsExactly("a", "d");
    }

    @Test
    void withNoPassRunningClaimsAreNotKept() {
        claims.open();
        claims.close();
        claims.claim(live("a"));
        claims.open();

        assertThat(claims.publishUnclaimed(pass("a"), this::send, Duration.ofSeconds(1)).leftToLive()).isZero();
        assertThat(sent).containsExactly("a");
    }

    @Test
    void aClaimWaitsUntilThePassHasItsRecordsAppended() throws Exception {
        assertWaitsForThePassesAppend("the claim", () -> claims.claim(live("a")));
    }

    @Test
    void recordsOfPartitionsTheLiveListenerGaveUpAreNotSentButReported() {
        claims.assigned(List.of(new TopicPartition("articles.ingested", 1), new TopicPartition("articles.ingested", 2)));
        claims.revoked(List.of(new TopicPartition("articles.ingested", 1)));
        claims.open();

        LiveClaims.Published published = claims.publishUnclaimed(Map.of(
                1, List.of(new ProducerRecord<>("articles.enriched", "a", "v")),
                2, List.of(new ProducerRecord<>("articles.enriched", "b", "v"))), this::send, Duration.ofSeconds(1));

        assertThat(sent).containsExactly("b");
        assertThat(published.moved()).containsExactly(1);
        assertThat(claims.held()).containsExactly(0, 2);
    }

    @Test
    void aRevocationWaitsUntilThePassHasItsRecordsAppended() throws Exception {
        assertWaitsForThePassesAppend("the revocation",
                () -> claims.revoked(List.of(new TopicPartition("articles.ingested", 0))));
        assertThat(claims.held()).isEmpty();
    }

    /** While the pass waits for Kafka to append what it sent, {@code liveStep} blocks; once appended, it goes on. */
    private void assertWaitsForThePassesAppend(String what, Runnable liveStep) throws InterruptedException {
        claims.open();
        CompletableFuture<Void> appended = new CompletableFuture<>();
        Thread pass = Thread.ofPlatform().start(() -> claims.publishUnclaimed(pass("a"), record -> {
            sent.add(record.key());
            return appended;
        }, Duration.ofSeconds(10)));
        while (sent.isEmpty()) {
            Thread.onSpinWait();
        }
        Thread live = Thread.ofPlatform().start(liveStep);
        live.join(200);

        assertThat(live.isAlive()).as(what + " waits for the pass's append").isTrue();
        appended.complete(null);
        live.join(5_000);
        pass.join(5_000);
        assertThat(live.isAlive()).isFalse();
    }

    @Test
    void aFailedSendFailsThePass() {
        claims.open();

        assertThatThrownBy(() -> claims.publishUnclaimed(pass("a"),
                record -> CompletableFuture.failedFuture(new IllegalStateException("broker down")),
                Duration.ofSeconds(1)))
                .isInstanceOf(CompletionException.class).hasRootCauseMessage("broker down");
    }
}
