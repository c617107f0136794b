package org.archivist.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

/**
 * {@code archivist_articles_dead_lettered_total{topic, reason}}: records sent to {@code <topic>.DLT}, by the topic they
 * came from and the class of the exception that stopped them (a handful of values: never the message, which can
 * hold an id).
 */
final class DeadLetterCount {

    private DeadLetterCount() {
    }

    static void increment(MeterRegistry registry, String topic, Exception exception) {
        Counter.builder("archivist.articles.dead.lettered").description("Records sent to a dead-letter topic")
                .tag("topic", topic).tag("reason", reason(exception)).register(registry).increment();
    }

    /** The exception the listener threw, under the container's wrapper. */
    static String reason(Throwable exception) {
        Throwable cause = exception;
        while (cause instanceof ListenerExecutionFailedException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName();
    }
}
