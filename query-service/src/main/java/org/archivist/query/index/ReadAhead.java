package org.archivist.query.index;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;

/**
 * Copies pages read one after another, writing each on a thread of its own while the next is read: read and write
 * alternating left Elasticsearch idle while this service read, and this service idle while Elasticsearch indexed
 * (docs/BENCHMARKS.md). Up to {@code writers} writes are in flight while one more page is read, so at most
 * {@code writers + 1} pages are in memory. Two writes at once let Elasticsearch index on two threads (one per bulk
 * request on a one-shard index); their order does not matter, as every copy carries its version.
 */
final class ReadAhead {

    /** Reads the next page; an empty one when there is no more. */
    interface Source<T> {
        List<T> next() throws IOException, InterruptedException;
    }

    /** Writes one page; returns once it is written, or throws what failed it. */
    interface Sink<T> {
        void write(List<T> page) throws IOException, InterruptedException;
    }

    private record Write(Future<?> done, int size) {
    }

    private ReadAhead() {
    }

    /**
     * Reads every page and writes it, calling {@code progress} with the count written so far as writes end, in the
     * order they were started. A failed read or write fails the copy with its own exception; either way, the write
     * threads have ended when this returns or throws.
     *
     * @param thread  the write threads' name prefix
     * @param writers how many writes may be in flight at once, at least one
     * @return how many items were written
     */
    static <T> long copy(String thread, int writers, Source<T> source, Sink<T> sink, LongConsumer progress)
            throws IOException, InterruptedException {
        if (writers < 1) {
            throw new IllegalArgumentException("writers must be at least 1: " + writers);
        }
        List<Thread> threads = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(writers, task -> {
            Thread writer = Thread.ofPlatform().name(thread + "-" + (threads.size() + 1)).daemon().unstarted(task);
            threads.add(writer);
            return writer;
        });
        Deque<Write> inFlight = new ArrayDeque<>(writers);
        try {
            long written = 0;
            List<T> page = source.next();
            while (!page.isEmpty()) {
                if (inFlight.size() == writers) {
                    written += finish(inFlight.removeFirst());
                    progress.accept(written);
                }
                List<T> current = page;
                inFlight.addLast(new Write(pool.submit(() -> {
                    sink.write(current);
                    return null;
                }), current.size()));
                page = source.next();
            }
            while (!inFlight.isEmpty()) {
                written += finish(inFlight.removeFirst());
                progress.accept(written);
            }
            return written;
        } finally {
            // Only after a failure are writes still in flight; the copy fails anyway, so they are not waited for.
            inFlight.forEach(write -> write.done().cancel(true));
            pool.shutdownNow();
            // Waits for the writes to end (a bulk request one was in ends at the client's socket timeout at worst),
            // then for their threads: the pool counts itself terminated while its last thread is still exiting.
            pool.close();
            for (Thread writer : threads) {
                writer.join();
            }
        }
    }

    /** Waits for a write and returns its size; what failed it is rethrown as it was thrown, not wrapped. */
    private static int finish(Write write) throws IOException, InterruptedException {
        try {
            write.done().get();
            return write.size();
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case IOException io -> throw io;
                case RuntimeException runtime -> throw runtime;
                case InterruptedException interrupted -> throw interrupted;
                case Error error -> throw error;
                default -> throw new IllegalStateException(e.getCause());
            }
        }
    }
}
