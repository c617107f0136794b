/**
 * query-service: the application, its settings and the HTTP error mapping. Features live in
 * sub-packages: {@code index} (the versioned index and indexing from Kafka), {@code search} (the search
 * API), {@code article} (retrieval of one article) and {@code citations} (which stored articles cite which).
 */
package org.archivist.query;
