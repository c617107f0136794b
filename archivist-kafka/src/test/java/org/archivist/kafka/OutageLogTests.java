package org.archivist.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;

import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.support.serializer.DeserializationException;

class OutageLogTests {

    private static final TopicPartition PARTITION = new TopicPartition("articles.ingested", 0);
    private static final ConsumerRecord<String, String> BAD = new ConsumerRecord<>(PARTITION.topic(), 0, 7, "k7", "bad");
    private static final ConsumerRecords<String, String> BATCH = new ConsumerRecords<>(Map.of(PARTITION, List.of(
            new ConsumerRecord<>(PARTITION.topic(), 0, 6, "k6", "fine"), BAD)), Map.of());

    private final OutageLog outageLog = new OutageLog();
    private final Logger logger = (Logger) LoggerFactory.getLogger(OutageLog.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void captureTheLog() {
        logged.start();
        logger.addAppender(logged);
        logger.setAdditive(false); // the warnings are asserted here, not printed into the build log
    }

    @AfterEach
    void releaseTheLog() {
        logger.detachAppender(logged);
        logger.setAdditive(true);
    }

    @Test
    void warnsOfEachAttemptOfAWholeBatchDuringAnOutage() {
        Exception outage = new ListenerExecutionFailedException("Listener failed", new UncheckedIOException(
                "Elasticsearch is unreachable", new IOException(new ConnectException("Connection refused"))));

        outageLog.failedDelivery(BATCH, outage, 1);
        outageLog.failedDelivery(BATCH, outage, 2);

        assertThat(logged.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.WARN, Level.WARN);
        assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage).allSatisfy(message -> assertThat(message)
                .contains("2 record(s)", "the consumer pauses", "Elasticsearch is unreachable (Connection refused)"));
        assertThat(logged.list.get(1).getFormattedMessage()).contains("attempt 2");
    }

    @Test
    void saysNothingOfARetryOfOneBadRecordInABatch() {
        Exception oneRecord = new ListenerExecutionFailedException("Listener failed",
                new BatchListenerFailedException("Article k7 has no title", BAD));

        outageLog.failedDelivery(BATCH, oneRecord, 1);
        outageLog.failedDelivery(BATCH, oneRecord, 1);

        assertThat(logged.list).isEmpty();
    }

    @Test
    void saysNothingOfARetryOfAnUndeserializableRecord() {
        Exception unreadable = new ListenerExecutionFailedException("Listener failed", new BatchListenerFailedException(
                "unreadable", new DeserializationException("not JSON", new byte[] { 1 }, false, null), 1));

        outageLog.failedDelivery(BATCH, unreadable, 1);
        outageLog.failedDelivery(BAD, new DeserializationException("not JSON", new byte[] { 1 }, false, null), 2);

        assertThat(logged.list).isEmpty();
    }

    @Test
    void saysNothingOfARecordListenersRetries() {
        outageLog.failedDelivery(BAD, new IllegalStateException("Article k7 has no title"), 2);

        assertThat(logged.list).isEmpty();
    }

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
