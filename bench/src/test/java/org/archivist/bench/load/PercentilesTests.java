package org.archivist.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class PercentilesTests {

    @Test
    void usesTheNearestRankInMilliseconds() {
        long[] nanos = LongStream.rangeClosed(1, 100).map(ms -> ms * 1_000_000).toArray();

        Percentiles percentiles = Percentiles.of(nanos);

        assertThat(percentiles.p50()).isEqualTo(50.0);
        assertThat(percentiles.p90()).isEqualTo(90.0);
        assertThat(percentiles.p99()).isEqualTo(99.0);
        assertThat(percentiles.max()).isEqualTo(100.0);
    }

    @Test
    void doesNotReorderTheCallersArray() {
        long[] nanos = {3_000_000, 1_000_000, 2_000_000};

        Percentiles.of(nanos);

        assertThat(nanos).containsExactly(3_000_000, 1_000_000, 2_000_000);
    }

    @Test
    void reportsNothingMeasuredAsNotANumber() {
        assertThat(Percentiles.of(new long[0]).count()).isZero();
        assertThat(Percentiles.of(new long[0]).p99()).isNaN();
    }
}
