/**
 * ingest-service: the application, its settings and the HTTP error mapping. Features live in
 * sub-packages: {@code article} (JSON articles, identity), {@code archive} (page parsing) and
 * {@code publish} (the transactional Kafka publisher).
 */
package org.archivist.ingest;
