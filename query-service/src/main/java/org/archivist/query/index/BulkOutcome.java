package org.archivist.query.index;

/**
 * How Elasticsearch took one document of a bulk request, sorted into what the indexer must do:
 * nothing ({@link Kind#STORED}, and {@link Kind#SUPERSEDED} when a newer version is already stored),
 * retry later ({@link Kind#RETRY}: overloaded or unavailable), or give up on it ({@link Kind#REJECTED}:
 * the document itself is wrong, e.g. it breaks the mapping).
 */
public record BulkOutcome(Kind kind, int status, String reason) {

    public enum Kind { STORED, SUPERSEDED, RETRY, REJECTED }

    static final String INDEX_GONE = "index_not_found_exception";

    /** True when Elasticsearch now holds this article, in this version or a newer one. */
    public boolean isHeld() {
        return kind == Kind.STORED || kind == Kind.SUPERSEDED;
    }

    static BulkOutcome stored() {
        return new BulkOutcome(Kind.STORED, 200, null);
    }

    static BulkOutcome of(int status, String errorType, String reason) {
        String why = errorType + ": " + reason;
        if (status == 409 || "version_conflict_engine_exception".equals(errorType)) {
            return new BulkOutcome(Kind.SUPERSEDED, status, why);
        }
        // The index is gone (its data was lost or deleted): not the document's fault; the index is made again.
        if (status == 429 || status >= 500 || INDEX_GONE.equals(errorType)) {
            return new BulkOutcome(Kind.RETRY, status, why);
        }
        return new BulkOutcome(Kind.REJECTED, status, why);
    }
}
