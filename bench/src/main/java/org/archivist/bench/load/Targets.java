package org.archivist.bench.load;

import java.util.List;

import org.archivist.bench.load.Target.Comparison;

/** The targets table of issue #12, one {@link Target} per row, in its order, then issue #13's rebuild rate. */
final class Targets {

    static final Target PIPELINE_VS_RAW = new Target("pipeline / raw _bulk", Comparison.AT_LEAST, 0.60, "", 2);
    static final Target STACK_CPU_VS_RAW = new Target(
            "whole-stack CPU-s of the pipeline / Elasticsearch CPU-s of the raw _bulk", Comparison.AT_MOST, 3.0, "×", 1);
    static final Target FRESHNESS_P99 = new Target("freshness p99 at a steady 50 articles/s", Comparison.AT_MOST, 1.0,
            " s", 2);
    static final Target QUERY_CPU_PER_SEARCH = new Target("query-service CPU per search", Comparison.AT_MOST, 1.0, " ms",
            2);
    static final Target SEARCH_P99 = new Target("search p99, 16 clients, 100,000 articles", Comparison.AT_MOST, 60,
            " ms", 1);
    static final Target SERVICE_RSS = new Target("RSS per service at load", Comparison.BELOW, 512, " MB", 0);
    static final Target REINDEX_VS_RAW = new Target("reindex rate / raw _bulk rate", Comparison.AT_LEAST, 0.8, "", 2);
    /** Issue #13's: a rebuild from the log at 0.8 of a raw {@code _bulk} on the same node. */
    static final Target REBUILD_VS_RAW = new Target("rebuild rate / raw _bulk rate", Comparison.AT_LEAST, 0.8, "", 2);

    static final List<Target> ALL = List.of(PIPELINE_VS_RAW, STACK_CPU_VS_RAW, FRESHNESS_P99, QUERY_CPU_PER_SEARCH,
            SEARCH_P99, SERVICE_RSS, REINDEX_VS_RAW, REBUILD_VS_RAW);

    /** The index size the search target is about. */
    static final long SEARCH_CORPUS = 100_000;

    private Targets() {
    }
}
