package org.archivist.query.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ReadAheadTests {

    private static final String THREAD = "read-ahead-test";

    @Test
    void writesEveryPageInOrderReadingAtMostOnePageAhead() throws Exception {
        List<List<Integer>> pages = List.of(List.of(1, 2), List.of(3, 4), List.of(5));
        Iterator<List<Integer>> source = pages.iterator();
        AtomicInteger read = new AtomicInteger();
        AtomicInteger written = new AtomicInteger();
        List<Integer> readAhead = Collections.synchronizedList(new ArrayList<>());
        List<List<Integer>> writes = Collections.synchronizedList(new ArrayList<>());
        List<Long> progress = new ArrayList<>();

        long copied = ReadAhead.copy(THREAD, 1, () -> {
            readAhead.add(read.incrementAndGet() - written.get());
            return source.hasNext() ? source.next() : List.of();
        }, page -> {
            assertThat(Thread.currentThread().getName()).isEqualTo(THREAD + "-1");
            writes.add(page);
            written.incrementAndGet();
        }, progress::add);

        assertThat(copied).isEqualTo(5);
        assertThat(writes).containsExactlyElementsOf(pages);
        assertThat(progress).containsExactly(2L, 4L, 5L);
        // The page being read is at most the second one not yet written: two pages in memory at most.
        assertThat(readAhead).allMatch(pagesNotWritten -> pagesNotWritten <= 2);
        assertWriteThreadEnded();
    }

    @Test
    void theNextPageIsReadWhileTheLastIsWritten() throws Exception {
        CountDownLatch secondRead = new CountDownLatch(1);
        AtomicInteger reads = new AtomicInteger();

        ReadAhead.copy(THREAD, 1, () -> switch (reads.incrementAndGet()) {
            case 1 -> List.of(1);
            case 2 -> {
                secondRead.countDown();
                yield List.of(2);
            }
            default -> List.<Integer>of();
        }, page -> {
            if (page.equals(List.of(1))) {
                // The first write ends only once the second page is being read.
                assertThat(secondRead.await(10, TimeUnit.SECONDS)).isTrue();
            }
        }, copied -> { });

        assertThat(reads).hasValue(3);
        assertWriteThreadEnded();
    }

    @Test
    void aFailedWriteFailsTheCopyWithItsOwnExceptionAndNothingMoreIsWritten() {
        IOException refused = new IOException("Elasticsearch kept refusing documents");
        AtomicInteger reads = new AtomicInteger();
        List<Long> progress = new ArrayList<>();

        assertThatThrownBy(() -> ReadAhead.copy(THREAD, 1, () -> List.of(reads.incrementAndGet()), page -> {
            if (page.equals(List.of(2))) {
                throw refused;
            }
        }, progress::add)).isSameAs(refused);

        assertThat(progress).containsExactly(1L);
        assertThat(reads.get()).isLessThanOrEqualTo(3);
        assertWriteThreadEnded();
    }

    @Test
    void aFailedReadFailsTheCopyAndStopsTheWriteInFlight() {
        IllegalStateException lost = new IllegalStateException("point in time gone");
        CountDownLatch writing = new CountDownLatch(1);
        AtomicBoolean writeInterrupted = new AtomicBoolean();
        AtomicInteger reads = new AtomicInteger();

        assertThatThrownBy(() -> ReadAhead.copy(THREAD, 1, () -> {
            if (reads.incrementAndGet() == 2) {
                assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();
                throw lost;
            }
            return List.of(1);
        }, page -> {
            writing.countDown();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                writeInterrupted.set(true);
                throw e;
            }
        }, copied -> { })).isSameAs(lost);

        assertThat(writeInterrupted).isTrue();
        assertWriteThreadEnded();
    }

    @Test
    void twoWritersWriteTwoPagesAtOnceWhileAThirdIsReadAndCountEveryPage() throws Exception {
        CountDownLatch bothWriting = new CountDownLatch(2);
        CountDownLatch thirdRead = new CountDownLatch(1);
        AtomicInteger reads = new AtomicInteger();
        AtomicInteger written = new AtomicInteger();
        List<Integer> inMemory = Collections.synchronizedList(new ArrayList<>());
        List<Long> progress = Collections.synchronizedList(new ArrayList<>());

        long copied = ReadAhead.copy(THREAD, 2, () -> {
            int read = reads.incrementAndGet();
            inMemory.add(read - written.get());
            if (read == 3) {
                thirdRead.countDown();
            }
            return read <= 5 ? List.of(read) : List.<Integer>of();
        }, page -> {
            if (page.get(0) <= 2) {
                // The first two writes end only once both are under way and the third page is being read.
                bothWriting.countDown();
                assertThat(bothWriting.await(10, TimeUnit.SECONDS)).isTrue();
                assertThat(thirdRead.await(10, TimeUnit.SECONDS)).isTrue();
            }
            written.incrementAndGet();
        }, progress::add);

        assertThat(copied).isEqualTo(5);
        assertThat(progress).containsExactly(1L, 2L, 3L, 4L, 5L);
        // Two pages being written and one being read: three in memory at most.
        assertThat(inMemory).allMatch(pages -> pages <= 3);
        assertWriteThreadEnded();
    }

    @Test
    void atLeastOneWriter() {
        assertThatThrownBy(() -> ReadAhead.copy(THREAD, 0, List::<Integer>of, page -> { }, copied -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertWriteThreadEnded() {
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(thread -> thread.getName().startsWith(THREAD));
    }
}
