/**
 * Load tools that measure a running stack from outside, through its HTTP APIs only: freshness, search latency,
 * and the pipeline's throughput against a raw {@code _bulk} load. Plain main classes on the JDK's HttpClient;
 * every loop is bounded in count and time, and all traffic goes to 127.0.0.1.
 */
package org.archivist.bench.load;
