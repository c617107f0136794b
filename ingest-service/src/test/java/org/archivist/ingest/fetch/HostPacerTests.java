package org.archivist.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

/** Time moves only when a test moves it; nothing sleeps. */
class HostPacerTests {

    private static final Duration SECOND = Duration.ofSeconds(1);

    private final TestClock clock = new TestClock(Instant.parse("2025-01-01T00:00:00Z"));
    private final HostPacer pacer = new HostPacer(SECOND, clock);

    @Test
    void theFirstRequestToAHostIsFree() {
        assertThat(pacer.reserve("example.org")).isEqualTo(Duration.ZERO);
    }

    @Test
    void theSecondWaitsAnInterval() {
        pacer.reserve("example.org");

        assertThat(pacer.reserve("example.org")).isEqualTo(SECOND);
    }

    @Test
    void requestsReservedBackToBackQueueOneIntervalApart() {
        assertThat(pacer.reserve("example.org")).isEqualTo(Duration.ZERO);
        assertThat(pacer.reserve("example.org")).isEqualTo(SECOND);
        assertThat(pacer.reserve("example.org")).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void theWaitShrinksAsTimePasses() {
        pacer.reserve("example.org");
        pacer.reserve("example.org");
        clock.advance(Duration.ofMillis(1500));

        assertThat(pacer.reserve("example.org")).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void aHostIsFreeAgainOnceItsIntervalHasPassed() {
        pacer.reserve("example.org");
        clock.advance(Duration.ofSeconds(5));

        assertThat(pacer.reserve("example.org")).isEqualTo(Duration.ZERO);
        assertThat(pacer.reserve("example.org")).isEqualTo(SECOND);
    }

    @Test
    void hostsArePacedIndependently() {
        pacer.reserve("example.org");
        pacer.reserve("example.org");

        assertThat(pacer.reserve("example.net")).isEqualTo(Duration.ZERO);
        assertThat(pacer.reserve("example.net")).isEqualTo(SECOND);
    }

    @Test
    void hostNamesAreComparedWithoutCase() {
        pacer.reserve("Example.ORG");

        assertThat(pacer.reserve("example.org")).isEqualTo(SECOND);
        assertThat(pacer.reserve(" EXAMPLE.org ")).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aCrawlDelayLongerThanTheIntervalSpacesTheHost() {
        Duration crawlDelay = Duration.ofSeconds(10);

        assertThat(pacer.reserve("slow.example", crawlDelay)).isEqualTo(Duration.ZERO);
        assertThat(pacer.reserve("slow.example", crawlDelay)).isEqualTo(crawlDelay);
        assertThat(pacer.reserve("slow.example", crawlDelay)).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void aCrawlDelayShorterThanTheIntervalDoesNotShortenIt() {
        pacer.reserve("fast.example", Duration.ofMillis(100));

        assertThat(pacer.reserve("fast.example", Duration.ZERO)).isEqualTo(SECOND);
    }

    @Test
    void pushBackDelaysTheNextSlot() {
        pacer.reserve("busy.example");
        pacer.pushBack("busy.example", Duration.ofSeconds(30));

        assertThat(pacer.reserve("busy.example")).isEqualTo(Duration.ofSeconds(30));
        assertThat(pacer.reserve("busy.example")).isEqualTo(Duration.ofSeconds(31));
    }

    @Test
    void pushBackWorksOnAHostNotSeenBefore() {
        pacer.pushBack("Busy.Example", Duration.ofSeconds(30));

        assertThat(pacer.reserve("busy.example")).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void pushBackNeverBringsASlotForward() {
        for (int i = 0; i < 10; i++) {
            pacer.reserve("queued.example");
        }
        pacer.pushBack("queued.example", Duration.ofSeconds(2));

        assertThat(pacer.reserve("queued.example")).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void anAbsurdPushBackSaturatesInsteadOfOverflowing() {
        pacer.pushBack("far.example", Duration.ofSeconds(Long.MAX_VALUE));

        assertThat(pacer.reserve("far.example")).isEqualTo(Duration.between(clock.instant(), Instant.MAX));
    }

    @Test
    void negativeDurationsAreRefused() {
        assertThatThrownBy(() -> new HostPacer(SECOND.negated(), clock)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pacer.pushBack("example.org", SECOND.negated()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hostsWhoseSlotHasPassedAreDroppedOnceManyAreHeld() {
        for (int i = 0; i < 5000; i++) {
            pacer.reserve("host" + i + ".example");
        }
        assertThat(pacer.hostsHeld()).isEqualTo(5000);
        clock.advance(Duration.ofSeconds(2));

        pacer.reserve("busy.example");

        assertThat(pacer.hostsHeld()).isEqualTo(1);
        assertThat(pacer.reserve("busy.example")).isEqualTo(SECOND);
    }

    @Test
    void hostsStillWaitingAreKeptWhenOthersAreDropped() {
        for (int i = 0; i < 5000; i++) {
            pacer.reserve("host" + i + ".example");
        }
        pacer.pushBack("busy.example", Duration.ofMinutes(1));
        clock.advance(Duration.ofSeconds(2));

        pacer.reserve("another.example");

        assertThat(pacer.hostsHeld()).isEqualTo(2);
        assertThat(pacer.reserve("busy.example")).isEqualTo(Duration.ofSeconds(58));
    }

    @Test
    void concurrentReservationsGetDistinctSlotsOneIntervalApart() throws Exception {
        int threads = 64;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Duration>> waits = new ArrayList<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < threads; i++) {
                waits.add(executor.submit(() -> {
                    start.await();
                    return pacer.reserve("example.org");
                }));
            }
            start.countDown();
        }

        List<Long> seconds = new ArrayList<>();
        for (Future<Duration> wait : waits) {
            seconds.add(wait.get().toSeconds());
        }
        assertThat(seconds).containsExactlyInAnyOrderElementsOf(LongStream.range(0, threads).boxed().toList());
    }
}
