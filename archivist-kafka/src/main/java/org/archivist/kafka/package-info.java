/**
 * Kafka wiring that every Archivist service shares, applied by auto-configuration: a health indicator
 * that asks the broker for its cluster (Spring Boot has none for Kafka), the one error handler
 * that retries a failed record a bounded number of times and then sends it to {@code <topic>.DLT}
 * with the exception in its headers, and {@link org.archivist.kafka.ArticleTopics}, the configs of the article
 * logs (compacted, kept for good), which the services apply to new and existing topics alike; and
 * {@link org.archivist.kafka.UnreadableRecords}, which tells batch listeners which records could not be deserialized.
 */
package org.archivist.kafka;
