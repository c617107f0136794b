package org.archivist.ingest.fetch;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Politeness: at most one request per interval to each host. A caller reserves the host's next free slot and waits
 * until it comes; reserving is atomic, so callers on many threads get distinct slots, one interval apart. A
 * {@code Crawl-delay} from robots.txt can lengthen the interval for a host, and a 429 or 503 with
 * {@code Retry-After} can push its next slot back.
 *
 * <p>Only hosts whose next slot is still ahead need remembering (a host absent is free now), so once more than a few
 * thousand are held, those whose slot has passed are dropped, at most once a second.
 */
public final class HostPacer {

    private static final int PRUNE_ABOVE = 4096;
    /** Pruning walks every host, so it runs at most this often, however busy the hosts still held. */
    private static final Duration PRUNE_EVERY = Duration.ofSeconds(1);

    private final Duration interval;
    private final Clock clock;
    private final ConcurrentMap<String, Instant> nextFree = new ConcurrentHashMap<>();
    private final AtomicReference<Instant> lastPrune = new AtomicReference<>(Instant.MIN);

    /** @param interval the least time between two requests to one host */
    public HostPacer(Duration interval, Clock clock) {
        if (interval.isNegative()) {
            throw new IllegalArgumentException("The interval must not be negative: " + interval);
        }
        this.interval = interval;
        this.clock = Objects.requireNonNull(clock);
    }

    /** Reserves the host's next free slot; how long to wait before sending, {@link Duration#ZERO} if it is free now. */
    public Duration reserve(String host) {
        return reserve(host, interval);
    }

    /**
     * As {@link #reserve(String)}, with the host's own interval (a robots.txt {@code Crawl-delay}) when it is longer
     * than the default.
     */
    public Duration reserve(String host, Duration interval) {
        Duration spacing = interval.compareTo(this.interval) > 0 ? interval : this.interval;
        Instant now = clock.instant();
        Instant[] slot = new Instant[1];
        nextFree.compute(key(host), (key, free) -> {
            slot[0] = free == null || free.isBefore(now) ? now : free;
            return later(slot[0], spacing);
        });
        pruneIfLarge(now);
        return Duration.between(now, slot[0]);
    }

    /** Makes the host's next free slot no earlier than {@code wait} from now, as a server's Retry-After asks. */
    public void pushBack(String host, Duration wait) {
        if (wait.isNegative()) {
            throw new IllegalArgumentException("The wait must not be negative: " + wait);
        }
        Instant now = clock.instant();
        nextFree.merge(key(host), later(now, wait), (free, until) -> free.isAfter(until) ? free : until);
        pruneIfLarge(now);
    }

    /** How many hosts are remembered; for tests. */
    int hostsHeld() {
        return nextFree.size();
    }

    private void pruneIfLarge(Instant now) {
        Instant last = lastPrune.get();
        // One thread claims the prune; the others carry on meanwhile.
        if (nextFree.size() > PRUNE_ABOVE && !now.isBefore(later(last, PRUNE_EVERY))
                && lastPrune.compareAndSet(last, now)) {
            // Removes an entry only if it still holds the value tested, so a slot reserved meanwhile survives.
            nextFree.values().removeIf(free -> !free.isAfter(now));
        }
    }

    /** Saturates at the end of time rather than overflow on an absurd Retry-After. */
    private static Instant later(Instant instant, Duration duration) {
        try {
            return instant.plus(duration);
        } catch (DateTimeException | ArithmeticException e) {
            return Instant.MAX;
        }
    }

    private static String key(String host) {
        return host.strip().toLowerCase(Locale.ROOT);
    }
}
