package org.archivist.query;

import java.time.Duration;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of query-service ({@code archivist.query.*}); defaults are in {@code application.yml}.
 *
 * @param topic           the topic of enriched articles
 * @param partitions      partitions of that topic when the service creates it
 * @param indexAlias      the alias searches and writes go through
 * @param indexVersion    the version of the index behind the alias ({@code <alias>-v<version>})
 * @param refreshInterval how soon a written article becomes searchable
 * @param defaultPageSize hits per page when the client asks for no size
 * @param maxPageSize     the largest page a client may ask for
 * @param deletionTopic   where deletions are published as tombstones: the head of the pipeline
 *                        ({@code articles.ingested}), so that they reach enrich, this service and the log's
 *                        compacted history the way every article does
 * @param deletionTimeout how long a delete waits for Kafka to acknowledge its tombstones
 */
@ConfigurationProperties("archivist.query")
public record QuerySettings(String topic, int partitions, String indexAlias, int indexVersion,
        Duration refreshInterval, int defaultPageSize, int maxPageSize, String deletionTopic,
        Duration deletionTimeout) {

    public QuerySettings {
        Objects.requireNonNull(topic, "archivist.query.topic must be set");
        Objects.requireNonNull(indexAlias, "archivist.query.index-alias must be set");
        Objects.requireNonNull(refreshInterval, "archivist.query.refresh-interval must be set");
        Objects.requireNonNull(deletionTopic, "archivist.query.deletion-topic must be set");
        Objects.requireNonNull(deletionTimeout, "archivist.query.deletion-timeout must be set");
        if (partitions < 1 || indexVersion < 1 || defaultPageSize < 1 || maxPageSize < defaultPageSize) {
            throw new IllegalArgumentException("archivist.query: partitions and index-version must be at least 1, "
                    + "and 1 <= default-page-size <= max-page-size");
        }
    }

    /** The concrete index name behind the alias, e.g. {@code articles-v1}. */
    public String indexName() {
        return indexAlias + "-v" + indexVersion;
    }
}
