package org.archivist.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class ThroughputTests {

    @Test
    void ratesAreCountsOverSecondsBetweenNanoTimes() {
        Throughput throughput = Throughput.between(10_000, 1_000_000_000L, 21_000_000_000L);

        assertThat(throughput.seconds()).isEqualTo(20.0);
        assertThat(throughput.perSecond()).isEqualTo(500.0);
    }

    @Test
    void comparesRates() {
        Throughput pipeline = new Throughput(10_000, 20);
        Throughput raw = new Throughput(10_000, 5);

        assertThat(pipeline.ratioTo(raw)).isEqualTo(0.25);
    }

    @Test
    void aRateOverNoTimeIsNotANumber() {
        assertThat(new Throughput(5, 0).perSecond()).isNaN();
    }

    @Test
    void searchRoundsGiveQueriesPerSecondAndQueryServiceCpuPerSearch() {
        SearchRound round = new SearchRound(8, percentilesOf(3_000), 0, 30, 1.5, 6.0, 9.0, 2);

        assertThat(round.queriesPerSecond()).isEqualTo(100.0);
        assertThat(round.cpuPerSearchMillis()).isCloseTo(0.5, within(1e-9));
        assertThat(round.elasticsearchCpuPerSearchMillis()).isCloseTo(2.0, within(1e-9));
    }

    @Test
    void theLatencyFloorIsTheClientsTimesTheCpuPerSearchOverTheCores() {
        // 3,000 searches took 9 CPU-s in all, 3 ms each: 2 cores answer at most 667 a second, so 16 clients wait
        // at least 16 / 667 s, 24 ms, on average.
        SearchRound round = new SearchRound(16, percentilesOf(3_000), 0, 30, 1.5, 6.0, 9.0, 2);

        assertThat(round.allCpuPerSearchMillis()).isCloseTo(3.0, within(1e-9));
        assertThat(round.latencyFloorMillis()).isCloseTo(24.0, within(1e-9));
        assertThat(round.toString()).contains("all processes 3.00 ms/search: on 2 cores no mean below 24 ms");
    }

    @Test
    void elasticsearchsOwnFloorCountsOnlyItsCpuPerSearch() {
        // Of the 3 ms, Elasticsearch took 2 (6 CPU-s over 3,000 searches): alone it would keep 16 clients waiting
        // 16 ms on average on 2 cores, whatever the services cost.
        SearchRound round = new SearchRound(16, percentilesOf(3_000), 0, 30, 1.5, 6.0, 9.0, 2);

        assertThat(round.elasticsearchLatencyFloorMillis()).isCloseTo(16.0, within(1e-9));
        assertThat(round.toString()).endsWith("no mean below 24 ms (Elasticsearch's CPU alone: 16 ms)");
    }

    @Test
    void aRoundWithoutAnswersHasNoLatencyFloor() {
        assertThat(new SearchRound(16, percentilesOf(0), 3, 30, 0.4, 1.0, 2.0, 2).latencyFloorMillis()).isNaN();
    }

    @Test
    void cpuPerSearchOverRoundsWeighsEachRoundByItsQueries() {
        List<SearchRound> rounds = List.of(new SearchRound(1, percentilesOf(1_000), 0, 30, 2.0, 8.0, 11.0, 2),
                new SearchRound(16, percentilesOf(3_000), 0, 30, 2.0, 8.0, 11.0, 2));

        assertThat(SearchRound.cpuPerSearchMillis(rounds)).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void aRoundWithoutAnswersHasNoCpuPerSearch() {
        assertThat(new SearchRound(1, percentilesOf(0), 3, 30, 0.4, 1.0, 2.0, 2).cpuPerSearchMillis()).isNaN();
    }

    private static Percentiles percentilesOf(int count) {
        return Percentiles.of(new long[count]);
    }
}
