package org.archivist.web;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per name (an API key's name or a client address): each request takes a token, and a
 * bucket refills evenly over the budget's period. Names whose buckets are full again are forgotten once
 * {@code maxNames} are held, so a flood of addresses cannot grow the map without bound.
 */
final class TokenBuckets {

    private final double capacity;
    private final double tokensPerNano;
    private final int maxNames;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    TokenBuckets(SecuritySettings.Budget budget, int maxNames, LongSupplier nanoTime) {
        this.capacity = budget.requests();
        this.tokensPerNano = budget.requests() / (double) budget.per().toNanos();
        this.maxNames = maxNames;
        this.nanoTime = nanoTime;
    }

    /** Takes a token from {@code name}'s bucket; zero if it had one, else how long until it will. */
    Duration take(String name) {
        return bucket(name).take(true);
    }

    /** How long until {@code name}'s bucket has a token, without taking one; zero if it has one now. */
    Duration waitFor(String name) {
        Bucket bucket = buckets.get(name);
        return bucket == null ? Duration.ZERO : bucket.take(false);
    }

    private Bucket bucket(String name) {
        if (buckets.size() >= maxNames && !buckets.containsKey(name)) {
            long now = nanoTime.getAsLong();
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
        return buckets.computeIfAbsent(name, n -> new Bucket(nanoTime.getAsLong()));
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
