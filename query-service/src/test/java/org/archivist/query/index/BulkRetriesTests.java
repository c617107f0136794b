package org.archivist.query.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BulkRetriesTests {

    private static final BulkOutcome BUSY = BulkOutcome.of(429, "es_rejected_execution_exception", "queue full");

    @Test
    void theLaterWritesOfAnArticleWrittenAgainAreWrittenAgainAfterIt() throws Exception {
        List<List<String>> requests = new ArrayList<>();
        Map<String, BulkOutcome> firstOutcomes = Map.of("x@A", BUSY, "y@A", BulkOutcome.stored(),
                "x@B", BulkOutcome.stored());

        BulkRetries.writeAll(List.of("x@A", "y@A", "x@B"), items -> {
            requests.add(items);
            return items.stream().map(item -> requests.size() == 1 ? firstOutcomes.get(item) : BulkOutcome.stored())
                    .toList();
        }, item -> item.substring(0, item.indexOf('@')));

        assertThat(requests).containsExactly(List.of("x@A", "y@A", "x@B"), List.of("x@A", "x@B"));
    }
}
