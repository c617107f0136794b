package org.archivist.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

class DeadLetterCountTests {

    @Test
    void theReasonIsTheListenersExceptionNotTheContainersWrapper() {
        var wrapped = new ListenerExecutionFailedException("failed", new IllegalArgumentException("id 42 is bad"));

        assertThat(DeadLetterCount.reason(wrapped)).isEqualTo("IllegalArgumentException");
        assertThat(DeadLetterCount.reason(new IllegalStateException("x"))).isEqualTo("IllegalStateException");
    }

    @Test
    void deadLettersAreCountedByTopicAndReason() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();

        DeadLetterCount.increment(registry, "articles.ingested", new IllegalArgumentException("a"));
        DeadLetterCount.increment(registry, "articles.ingested", new IllegalArgumentException("b"));
        DeadLetterCount.increment(registry, "articles.enriched", new IllegalStateException("c"));

        assertThat(registry.get("archivist.articles.dead.lettered").tags("topic", "articles.ingested", "reason",
                "IllegalArgumentException").counter().count()).isEqualTo(2);
        assertThat(registry.get("archivist.articles.dead.lettered").tags("topic", "articles.enriched", "reason",
                "IllegalStateException").counter().count()).isEqualTo(1);
    }
}
