package org.archivist.query.index;

import static org.archivist.query.index.EnrichedRecordsTests.article;
import static org.archivist.query.index.EnrichedRecordsTests.record;
import static org.archivist.query.index.EnrichedRecordsTests.reenriched;
import static org.archivist.query.index.EnrichedRecordsTests.tombstone;
import static org.archivist.query.index.EnrichedRecordsTests.unreadable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.archivist.query.index.BulkOutcome.Kind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.kafka.listener.BatchListenerFailedException;

class EnrichedArticleListenerTests {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final List<List<ArticleChange>> written = new ArrayList<>();
    private List<BulkOutcome> outcomes;
    private final EnrichedArticleListener listener = new EnrichedArticleListener(new ArticleIndexer(null,
            new StaticListableBeanFactory().getBeanProvider(IndexingStep.class), meters) {
        @Override
        public List<BulkOutcome> apply(List<ArticleChange> changes) {
            written.add(changes);
            return outcomes == null ? changes.stream().map(c -> BulkOutcome.stored()).toList() : outcomes;
        }
    }, meters, ObservationRegistry.NOOP);

    @Test
    void writesOrdinaryRecordsAndCountsThoseOfAReenrichmentPass() {
        listener.onArticles(List.of(record("a1", article("a1", "A")), reenriched(record("a2", article("a2", "B"))),
                reenriched(tombstone("a3")), tombstone("a4")));

        assertThat(written).singleElement().satisfies(changes -> assertThat(changes)
                .extracting(ArticleChange::id).containsExactly("a1", "a4"));
        assertThat(skipped()).isEqualTo(2);
    }

    @Test
    void aBatchOfAPassAloneWritesNothing() {
        listener.onArticles(List.of(reenriched(record("a1", article("a1", "B")))));

        assertThat(written).isEmpty();
        assertThat(skipped()).isEqualTo(1);
    }

    @Test
    void aRejectedArticleIsNamedByItsRecordAndTheBatchsSkippedRecordsAreCounted() {
        outcomes = List.of(BulkOutcome.stored(), new BulkOutcome(Kind.REJECTED, 400, "mapping"));

        assertThatThrownBy(() -> listener.onArticles(List.of(reenriched(record("a1", article("a1", "B"))),
                record("a2", article("a2", "A")), reenriched(record("a3", article("a3", "B"))),
                record("a4", article("a4", "A")), reenriched(record("a5", article("a5", "B"))))))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, e -> {
                    assertThat(e.getRecord().key()).isEqualTo("a4");
                    assertThat(e.getMessage()).contains("a4");
                });
        assertThat(skipped()).isEqualTo(3);
    }

    @Test
    void anUnreadableRecordIsNamedByItsRecordAfterTheRecordsBeforeItAreWritten() {
        assertThatThrownBy(() -> listener.onArticles(List.of(reenriched(record("a1", article("a1", "B"))),
                record("a2", article("a2", "A")), unreadable("a3"), record("a4", article("a4", "A")))))
                .isInstanceOfSatisfying(BatchListenerFailedException.class,
                        e -> assertThat(e.getRecord().key()).isEqualTo("a3"));
        assertThat(written).singleElement().satisfies(changes -> assertThat(changes)
                .extracting(ArticleChange::id).containsExactly("a2"));
        assertThat(skipped()).isEqualTo(1);
    }

    private double skipped() {
        return meters.get("archivist.index.reenriched.skipped").counter().count();
    }
}
