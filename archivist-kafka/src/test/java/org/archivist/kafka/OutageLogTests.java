package org.archivist.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;

import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

class OutageLogTests {

    @Test
    void reasonGivesTheListenersMessageAndTheRootCause() {
        Exception thrown = new ListenerExecutionFailedException("Listener failed", new UncheckedIOException(
                "Elasticsearch is unreachable; the batch will be retried",
                new IOException("wrapped", new ConnectException("Connection refused"))));

        assertThat(OutageLog.reason(thrown))
                .isEqualTo("Elasticsearch is unreachable; the batch will be retried (Connection refused)");
    }

    @Test
    void reasonOfAnExceptionWithoutCauseIsItsMessage() {
        assertThat(OutageLog.reason(new IllegalStateException("Elasticsearch is overloaded")))
                .isEqualTo("Elasticsearch is overloaded");
    }
}
