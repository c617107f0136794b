/**
 * What query-service's document costs on the client side: written and read as a JSON tree, as a typed record by the
 * Elasticsearch client, and as a Spring Data Elasticsearch entity, over a transport that answers from memory.
 */
package org.archivist.bench.index;
