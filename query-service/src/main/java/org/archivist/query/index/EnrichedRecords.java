package org.archivist.query.index;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.archivist.contract.EnrichedArticle;
import org.archivist.kafka.Tombstones;
import org.archivist.kafka.UnreadableRecords;

/** Reads records of the enriched topic as the indexer's changes, for the listener and the rebuild alike. */
final class EnrichedRecords {

    private EnrichedRecords() {
    }

    /**
     * The change the record carries: a new version of an article, or its deletion.
     *
     * @throws IllegalArgumentException saying why when the record is neither
     */
    static ArticleChange change(ConsumerRecord<String, EnrichedArticle> record) {
        if (UnreadableRecords.isUnreadable(record)) {
            throw new IllegalArgumentException("Record is not a readable EnrichedArticle");
        }
        return Tombstones.isTombstone(record) ? new ArticleChange.Deleted(Tombstones.read(record))
                : new ArticleChange.NewVersion(record.value());
    }
}
