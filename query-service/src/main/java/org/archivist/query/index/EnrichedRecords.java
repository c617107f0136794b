package org.archivist.query.index;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.archivist.contract.EnrichedArticle;
import org.archivist.kafka.Tombstones;
import org.archivist.kafka.UnreadableRecords;

/** Reads records of the enriched topic as the indexer's changes, for the listener and the rebuild alike. */
final class EnrichedRecords {

    private EnrichedRecords() {
    }

    /** Why the record cannot be indexed, or null when it can. */
    static String whyUnreadable(ConsumerRecord<String, EnrichedArticle> record) {
        if (UnreadableRecords.isUnreadable(record)) {
            return "Record is not a readable EnrichedArticle";
        }
        if (Tombstones.isTombstone(record)) {
            try {
                Tombstones.read(record);
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        }
        return null;
    }

    /** The change a readable record ({@link #whyUnreadable} null) carries. */
    static ArticleChange change(ConsumerRecord<String, EnrichedArticle> record) {
        return Tombstones.isTombstone(record) ? new ArticleChange.Deleted(Tombstones.read(record))
                : new ArticleChange.NewVersion(record.value());
    }
}
