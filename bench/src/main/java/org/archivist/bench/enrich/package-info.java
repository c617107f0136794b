/** How long enrich-service spends on one article: the JMH benchmark of the enricher and its sample articles. */
package org.archivist.bench.enrich;
