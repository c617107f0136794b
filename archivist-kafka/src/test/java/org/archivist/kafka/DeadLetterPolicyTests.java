package org.archivist.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.util.backoff.BackOffExecution;

class DeadLetterPolicyTests {

    @Test
    void aFailureNamingOneRecordIsRetriedThreeTimesThenDeadLettered() {
        Exception failure = new ListenerExecutionFailedException("listener threw",
                new BatchListenerFailedException("rejected", 2));

        BackOffExecution execution = ArchivistKafkaAutoConfiguration.perRecordBackOff(failure).start();

        assertThat(execution.nextBackOff()).isEqualTo(500);
        assertThat(execution.nextBackOff()).isEqualTo(1000);
        assertThat(execution.nextBackOff()).isEqualTo(2000);
        assertThat(execution.nextBackOff()).isEqualTo(BackOffExecution.STOP);
    }

    @Test
    void anOutageOfTheWholeBatchGetsNoBoundSoNothingIsDeadLettered() {
        Exception outage = new ListenerExecutionFailedException("listener threw",
                new UncheckedIOException(new IOException("Connection refused")));

        assertThat(ArchivistKafkaAutoConfiguration.perRecordBackOff(outage)).isNull();
    }
}
