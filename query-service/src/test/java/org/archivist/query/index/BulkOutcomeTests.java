package org.archivist.query.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.archivist.query.index.BulkOutcome.Kind;
import org.junit.jupiter.api.Test;

class BulkOutcomeTests {

    @Test
    void versionConflictMeansANewerVersionIsAlreadyStored() {
        assertThat(BulkOutcome.of(409, "version_conflict_engine_exception", "current version [5] is higher").kind())
                .isEqualTo(Kind.SUPERSEDED);
    }

    @Test
    void tooManyRequestsAndServerErrorsAreRetried() {
        assertThat(BulkOutcome.of(429, "es_rejected_execution_exception", "queue full").kind()).isEqualTo(Kind.RETRY);
        assertThat(BulkOutcome.of(503, "unavailable_shards_exception", "primary not active").kind())
                .isEqualTo(Kind.RETRY);
    }

    @Test
    void mappingErrorsRejectTheDocumentForGoodWithTheReason() {
        BulkOutcome outcome = BulkOutcome.of(400, "document_parsing_exception", "[1:2] unknown field [x]");

        assertThat(outcome.kind()).isEqualTo(Kind.REJECTED);
        assertThat(outcome.reason()).contains("document_parsing_exception", "unknown field");
    }
}
