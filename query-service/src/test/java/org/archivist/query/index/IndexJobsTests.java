package org.archivist.query.index;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IndexJobsTests {

    private final IndexJobs jobs = new IndexJobs(null);

    @Test
    void aSecondJobIsRefusedNamingTheFirst() {
        jobs.claim("rebuild");

        assertThatThrownBy(() -> jobs.claim("reindex")).isInstanceOf(IndexJobConflictException.class)
                .hasMessageContaining("Cannot start a reindex: a rebuild is running");
    }

    @Test
    void theSlotIsFreeOnceTheJobReleasedIt() {
        jobs.claim("rebuild");
        jobs.release("rebuild");

        assertThatCode(() -> jobs.claim("reindex")).doesNotThrowAnyException();
    }

    @Test
    void onlyTheHolderReleasesTheSlot() {
        jobs.claim("rebuild");
        jobs.release("reindex");

        assertThatThrownBy(() -> jobs.claim("reindex")).isInstanceOf(IndexJobConflictException.class);
    }
}
