package org.archivist.bench.load;

import java.util.function.Supplier;

/** Prints a line at most every few seconds during a long phase, so that nobody watches a silent terminal. */
final class Progress {

    private static final long INTERVAL_NANOS = 5_000_000_000L;

    private long last = System.nanoTime();

    /** Prints the line {@code message} gives (indented) when the last one is 5 s old or more. */
    void tick(Supplier<String> message) {
        long now = System.nanoTime();
        if (now - last >= INTERVAL_NANOS) {
            last = now;
            System.out.println("  ... " + message.get());
        }
    }
}
