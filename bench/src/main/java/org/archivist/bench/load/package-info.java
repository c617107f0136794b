/**
 * {@code ./archivist bench}: measures a running stack from outside, through its HTTP APIs, Elasticsearch and
 * {@code /proc}, against the targets of issue #12 ({@link org.archivist.bench.load.StackBenchmark}, one class per
 * phase: pipeline vs raw {@code _bulk}, freshness, search latency, reindex). Plain Java on the JDK's HttpClient;
 * every loop is bounded in count and time, all traffic goes to 127.0.0.1, and the documents a run posts are
 * removed when it ends.
 */
package org.archivist.bench.load;
