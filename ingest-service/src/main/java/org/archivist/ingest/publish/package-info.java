/**
 * Publishing articles to {@code articles.ingested}: all articles of one request in one Kafka
 * transaction, keyed by id, acknowledged by all in-sync replicas before the request is answered.
 */
package org.archivist.ingest.publish;
