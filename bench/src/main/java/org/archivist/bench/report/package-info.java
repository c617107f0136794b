/** Turns raw benchmark output into the tables docs/BENCHMARKS.md shows. */
package org.archivist.bench.report;
