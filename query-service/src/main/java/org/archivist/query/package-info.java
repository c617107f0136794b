/**
 * query-service: the application, its settings and the HTTP error mapping. Features live in
 * sub-packages: {@code index} (the versioned index and indexing from Kafka), {@code search} (the search
 * API) and {@code article} (retrieval of one article).
 */
package org.archivist.query;
