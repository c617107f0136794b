package org.archivist.query.deletion;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import org.archivist.contract.Deletion;
import org.archivist.kafka.Tombstones;
import org.archivist.query.QuerySettings;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/** Publishes deletions as tombstones and returns once Kafka acknowledged every one of them. */
@Component
class TombstonePublisher {

    private final KafkaTemplate<String, Object> template;
    private final QuerySettings settings;

    TombstonePublisher(KafkaTemplate<String, Object> template, QuerySettings settings) {
        this.template = template;
        this.settings = settings;
    }

    /**
     * @throws DeletionFailedException when Kafka did not acknowledge them all in time; publishing the same
     *                                 deletions again is harmless
     */
    void publish(List<Deletion> deletions) {
        List<CompletableFuture<?>> sends = new ArrayList<>(deletions.size());
        try {
            for (Deletion deletion : deletions) {
                sends.add(template.send(Tombstones.<Object>record(settings.deletionTopic(), deletion)));
            }
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
                    .orTimeout(settings.deletionTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    .join();
        } catch (CompletionException | KafkaException e) {
            long acknowledged = sends.stream().filter(s -> s.isDone() && !s.isCompletedExceptionally()).count();
            throw new DeletionFailedException("Kafka acknowledged " + acknowledged + " of " + deletions.size()
                    + " deletion(s): " + NestedExceptionUtils.getMostSpecificCause(e), e);
        }
    }
}
