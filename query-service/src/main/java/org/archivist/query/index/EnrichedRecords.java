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

    /**
     * True when a re-enrichment pass published the record (article or tombstone): it carries
     * {@link EnrichedArticle#REENRICHED_HEADER}, whatever its value. The live listener leaves such records to the
     * rebuild that follows the pass, which reads them like any other, so that the index being searched holds one
     * enrichment until the alias moves to the index built from the pass.
     */
    static boolean isReenriched(ConsumerRecord<?, ?> record) {
        return record.headers().lastHeader(EnrichedArticle.REENRICHED_HEADER) != null;
    }
}
