package org.archivist.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class TokenBucketsTests {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final TokenBuckets buckets = new TokenBuckets(new SecuritySettings.Budget(3, Duration.ofSeconds(3)), 2,
            now::get);

    @Test
    void aFullBucketServesItsRequestsThenSaysHowLongToWait() {
        assertThat(buckets.take("desk")).isZero();
        assertThat(buckets.take("desk")).isZero();
        assertThat(buckets.take("desk")).isZero();

        assertThat(buckets.take("desk")).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void refillsEvenlyOverThePeriod() {
        for (int i = 0; i < 3; i++) {
            buckets.take("desk");
        }
        now.addAndGet(Duration.ofMillis(1500).toNanos());

        assertThat(buckets.take("desk")).isZero();
        assertThat(buckets.take("desk")).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void bucketsAreKeptApart() {
        for (int i = 0; i < 3; i++) {
            buckets.take("desk");
        }

        assertThat(buckets.take("ops")).isZero();
        assertThat(buckets.take("desk")).isPositive();
    }

    @Test
    void waitForLooksWithoutTaking() {
        assertThat(buckets.waitFor("desk")).isZero();
        for (int i = 0; i < 3; i++) {
            assertThat(buckets.waitFor("desk")).isZero();
            buckets.take("desk");
        }

        assertThat(buckets.waitFor("desk")).isEqualTo(Duration.ofSeconds(1));
        assertThat(buckets.waitFor("desk")).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void fullBucketsAreForgottenWhenTooManyNamesAreHeld() {
        for (int i = 0; i < 3; i++) {
            buckets.take("a");
        }
        buckets.take("b");
        now.addAndGet(Duration.ofSeconds(1).toNanos()); // b is full again, a is not

        buckets.take("c");

        // a kept its state: one token refilled in that second, not a fresh bucket of three
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isPositive();
    }

    @Test
    void namesPastTheLimitWhileEveryBucketIsSpentShareOneBucket() {
        for (int i = 0; i < 3; i++) {
            buckets.take("a");
            buckets.take("b");
        }

        for (int i = 0; i < 3; i++) {
            assertThat(buckets.take("c" + i)).as("the overflow bucket's token " + i).isZero();
        }
        assertThat(buckets.take("d")).as("a fourth new name finds the shared bucket spent").isPositive();
        assertThat(buckets.waitFor("e")).as("and so does any other").isPositive();
    }
}
