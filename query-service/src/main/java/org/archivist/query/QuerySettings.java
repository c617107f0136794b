package org.archivist.query;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

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
 * @param indexShards     primary shards of each index version the service creates (fixed for that version; a
 *                        rebuild or reindex into a new version changes it; docs/SCALING.md says how to choose)
 * @param indexReplicas   copies of each shard: a number, or a range such as {@code 0-1} that Elasticsearch fits to
 *                        the data nodes there are ({@code auto_expand_replicas}: none on one node, one on two);
 *                        applied to the index at start-up too
 * @param exportPageSize  articles per request when {@code GET /api/export} reads every match through a point in time:
 *                        what the export holds in memory at once, whatever the number of matches
 * @param deletionMarkerRetention how long a deleted article's document (its deletion marker) stays in the index: the
 *                        time within which an older version of it may still arrive and must be refused
 *                        (docs/ARCHITECTURE.md, "Deleting articles")
 * @param deletionMarkerPurgeInterval how often markers older than the retention are removed
 */
@ConfigurationProperties("archivist.query")
public record QuerySettings(String topic, int partitions, String indexAlias, int indexVersion,
        Duration refreshInterval, int defaultPageSize, int maxPageSize, String deletionTopic,
        Duration deletionTimeout, int indexShards, String indexReplicas, int exportPageSize,
        Duration deletionMarkerRetention, Duration deletionMarkerPurgeInterval) {

    private static final Pattern REPLICAS = Pattern.compile("\\d+|\\d+-(\\d+|all)");

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
        if (deletionMarkerRetention == null || deletionMarkerRetention.compareTo(Duration.ofHours(1)) < 0) {
            throw new IllegalArgumentException("archivist.query.deletion-marker-retention must be at least 1h (an older "
                    + "version redelivered after its marker is gone would bring a deleted article back), was "
                    + deletionMarkerRetention);
        }
        if (deletionMarkerPurgeInterval == null || !deletionMarkerPurgeInterval.isPositive()) {
            throw new IllegalArgumentException("archivist.query.deletion-marker-purge-interval must be positive, was "
                    + deletionMarkerPurgeInterval);
        }
        if (indexShards < 1) {
            throw new IllegalArgumentException("archivist.query.index-shards must be at least 1, was " + indexShards);
        }
        if (exportPageSize < 1 || exportPageSize > 10_000) {
            throw new IllegalArgumentException("archivist.query.export-page-size must be between 1 and 10000 "
                    + "(Elasticsearch's default max_result_window), was " + exportPageSize);
        }
        if (indexReplicas == null || !REPLICAS.matcher(indexReplicas).matches()) {
            throw new IllegalArgumentException("archivist.query.index-replicas must be a number or a range such as "
                    + "0-1 or 0-all, was " + indexReplicas);
        }
    }

    /** Whether {@link #indexReplicas} is a range for Elasticsearch to fit to its nodes rather than a number. */
    public boolean autoExpandReplicas() {
        return indexReplicas.contains("-");
    }

    /** The concrete index name behind the alias, e.g. {@code articles-v1}. */
    public String indexName() {
        return indexAlias + "-v" + indexVersion;
    }
}
