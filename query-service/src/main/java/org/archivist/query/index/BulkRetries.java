package org.archivist.query.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes one page of a job that fills an index version (reindex, rebuild): what Elasticsearch is too busy for is
 * written again after a back-off, a document it refuses for good fails the job. A page may hold several writes of one
 * id, which must land in page order (for equal versions the last write wins): when one of them is written again, so
 * are the later ones, after it.
 */
final class BulkRetries {

    static final int ATTEMPTS = 5;

    /** One bulk write of some items, saying per item how Elasticsearch took it. */
    interface Write<T> {
        List<BulkOutcome> write(List<T> items) throws IOException;
    }

    private BulkRetries() {
    }

    static <T> void writeAll(List<T> items, Write<T> write, Function<T, String> id)
            throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            List<BulkOutcome> outcomes = write.write(items);
            List<T> retry = new ArrayList<>();
            Set<String> retried = new HashSet<>();
            for (int i = 0; i < outcomes.size(); i++) {
                BulkOutcome outcome = outcomes.get(i);
                switch (outcome.kind()) {
                    case STORED, SUPERSEDED -> {
                        if (retried.contains(id.apply(items.get(i)))) {
                            retry.add(items.get(i));
                        }
                    }
                    case REJECTED -> throw new IllegalStateException("the new index refuses article "
                            + id.apply(items.get(i)) + ": " + outcome.reason());
                    case RETRY -> {
                        retried.add(id.apply(items.get(i)));
                        retry.add(items.get(i));
                    }
                }
            }
            if (retry.isEmpty()) {
                return;
            }
            if (attempt == ATTEMPTS) {
                throw new IOException("Elasticsearch kept refusing documents of " + retried.size()
                        + " article(s) as overloaded");
            }
            Thread.sleep(1000L << attempt);
            items = retry;
        }
    }
}
