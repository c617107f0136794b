package org.archivist.query.index;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;

/**
 * Copies pages read one after another, writing each on a thread of its own while the next is read: read and write
 * alternating left Elasticsearch idle while this service read, and this service idle while Elasticsearch indexed
 * (docs/BENCHMARKS.md). One page ahead is enough to overlap them and keeps at most two pages in memory; one write
 * in flight keeps the writes in page order.
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

    private ReadAhead() {
    }

    /**
     * Reads every page and writes it, calling {@code progress} with the count written so far after each page is
     * written. A failed read or write fails the copy with its own exception; either way, the write thread has ended
     * when this returns or throws.
     *
     * @param thread the write thread's name
     * @return how many items were written
     */
    static <T> long copy(String thread, Source<T> source, Sink<T> sink, LongConsumer progress)
            throws IOException, InterruptedException {
        ExecutorService writer = Executors.newSingleThreadExecutor(
                task -> Thread.ofPlatform().name(thread).daemon().unstarted(task));
        Future<?> writing = null;
        try {
            long written = 0;
            List<T> page = source.next();
            while (!page.isEmpty()) {
                List<T> current = page;
                writing = writer.submit(() -> {
                    sink.write(current);
                    return null;
                });
                List<T> next = source.next();
                await(writing);
                writing = null;
                written += current.size();
                progress.accept(written);
                page = next;
            }
            return written;
        } finally {
            // Only after a failure is a write still in flight; the copy fails anyway, so it is not waited for.
            if (writing != null) {
                writing.cancel(true);
            }
            writer.shutdownNow();
            // Waits for the thread to end (a bulk request it was in ends at the client's socket timeout at worst).
            writer.close();
        }
    }

    /** Waits for a write; what failed it is rethrown as it was thrown, not wrapped. */
    private static void await(Future<?> write) throws IOException, InterruptedException {
        try {
            write.get();
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
