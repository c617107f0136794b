package org.archivist.kafka;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.support.micrometer.KafkaRecordReceiverContext;

/**
 * One record of a batch as an observation of its own. Spring Kafka observes record listeners only, and the services'
 * listeners take batches: without this, a trace would end at the topic. The observation's context reads the
 * record's headers, so the tracing handler continues the trace its {@code traceparent} names; a record sent while
 * the observation is open (the template observes sends) carries that trace on.
 */
public final class TracedRecords {

    private TracedRecords() {
    }

    /** Not started: the caller starts it, opens its scope around the record's work, and stops it. */
    public static Observation observation(String name, ConsumerRecord<?, ?> record, String listenerId,
            ObservationRegistry registry) {
        return Observation.createNotStarted(name, () -> new KafkaRecordReceiverContext(record, listenerId, () -> null),
                registry).contextualName(record.topic() + " " + listenerId);
    }
}
