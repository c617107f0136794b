package org.archivist.web;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * One token bucket per name (an API key's name or a client address): each request takes a token, and a
 * bucket refills evenly over the budget's period. At most {@code maxNames} names get buckets of their own (see
 * {@link #roomFor}), so a flood of addresses can neither grow the map without bound nor slip past the budget.
 */
final class TokenBuckets {

    /** The bucket of the names past {@code maxNames}; no client address or key name looks like it. */
    static final String OVERFLOW = "(overflow)";
    private static final long SWEEP_INTERVAL_NANOS = 1_000_000_000L;

    private final double capacity;
    private final double tokensPerNano;
    private final int maxNames;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong lastSweep;

    TokenBuckets(SecuritySettings.Budget budget, int maxNames, LongSupplier nanoTime) {
        this.capacity = budget.requests();
        this.tokensPerNano = budget.requests() / (double) budget.per().toNanos();
        this.maxNames = maxNames;
        this.nanoTime = nanoTime;
        this.lastSweep = new AtomicLong(nanoTime.getAsLong() - SWEEP_INTERVAL_NANOS);
    }

    /** Takes a token from {@code name}'s bucket; zero if it had one, else how long until it will. */
    Duration take(String name) {
        Bucket bucket = buckets.get(name);
        if (bucket == null) {
            bucket = buckets.computeIfAbsent(roomFor(name), n -> new Bucket(nanoTime.getAsLong()));
        }
        return bucket.take(true);
    }

    /** How long until {@code name}'s bucket has a token, without taking one; zero if it has one now. */
    Duration waitFor(String name) {
        Bucket bucket = buckets.get(name);
        if (bucket == null && buckets.size() >= maxNames) {
            bucket = buckets.get(OVERFLOW);
        }
        return bucket == null ? Duration.ZERO : bucket.take(false);
    }

    /**
     * The name to keep a new bucket under: its own while fewer than {@code maxNames} are held (buckets full again
     * are forgotten to make room, at most once a second); else one bucket that every name past the limit shares,
     * so a flood of names is held back together and memory stays bounded.
     */
    private String roomFor(String name) {
        if (buckets.size() < maxNames) {
            return name;
        }
        long now = nanoTime.getAsLong();
        long last = lastSweep.get();
        if (now - last >= SWEEP_INTERVAL_NANOS && lastSweep.compareAndSet(last, now)) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
        return buckets.size() < maxNames ? name : OVERFLOW;
    }

    private final class Bucket {

        private double tokens = capacity;
        private long updated;

        Bucket(long now) {
            this.updated = now;
        }

        synchronized Duration take(boolean consume) {
            long now = nanoTime.getAsLong();
            tokens = Math.min(capacity, tokens + (now - updated) * tokensPerNano);
            updated = now;
            if (tokens >= 1) {
                if (consume) {
                    tokens -= 1;
                }
                return Duration.ZERO;
            }
            return Duration.ofNanos((long) Math.ceil((1 - tokens) / tokensPerNano));
        }

        synchronized boolean isFull(long now) {
            return tokens + (now - updated) * tokensPerNano >= capacity;
        }
    }
}
