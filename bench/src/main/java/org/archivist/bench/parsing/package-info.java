/**
 * How fast ingest-service turns archive pages into articles: the JMH benchmark of both page parsers and the
 * builder of its input pages.
 */
package org.archivist.bench.parsing;
