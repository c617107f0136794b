package org.archivist.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Shared Kafka beans: the {@code kafka} health indicator, the dead-letter error handler and the article logs'
 * topic configs ({@link ArticleTopics}), which the admin also applies to topics that exist with others.
 * Boot's listener container factory picks up the {@link CommonErrorHandler} bean by itself.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@EnableConfigurationProperties(KafkaSettings.class)
public class ArchivistKafkaAutoConfiguration {

    /** Suffix of dead-letter topics; the contract is {@code <topic>.DLT}, not spring-kafka's default {@code -dlt}. */
    public static final String DEAD_LETTER_SUFFIX = ".DLT";

    private static final Logger log = LoggerFactory.getLogger(ArchivistKafkaAutoConfiguration.class);

    /** Boot's property for {@code KafkaAdmin#setModifyTopicConfigs}; off in Boot, on in Archivist unless set. */
    static final String MODIFY_TOPIC_CONFIGS = "spring.kafka.admin.modify-topic-configs";

    @Bean
    @ConditionalOnMissingBean
    ArticleTopics articleTopics(KafkaSettings settings) {
        return new ArticleTopics(settings.tombstoneRetention());
    }

    /**
     * Makes the admin set the configs of every declared topic that exists with other values, not only create the
     * missing ones: an article log created before it became compacted (with the broker's 7-day deletion) must be
     * made compacted at start-up, or it goes on deleting articles. One place for every service; setting
     * {@value #MODIFY_TOPIC_CONFIGS} to false turns it off. And fits each topic to the cluster
     * ({@link TopicProvisioning}): copies by the cluster's size, an existing topic's partitions kept.
     */
    @Bean
    static BeanPostProcessor kafkaAdminSetup(Environment environment, ObjectProvider<KafkaSettings> settings) {
        boolean modify = environment.getProperty(MODIFY_TOPIC_CONFIGS, Boolean.class, true);
        // Looked up when the admin is made, not now: a post-processor is made before the configuration properties.
        return new KafkaAdminSetup(modify, settings::getObject);
    }

    @Bean(name = "kafkaHealthIndicator")
    @ConditionalOnMissingBean(name = "kafkaHealthIndicator")
    KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin kafkaAdmin) {
        return new KafkaHealthIndicator(kafkaAdmin.getConfigurationProperties(), Duration.ofSeconds(2));
    }

    /**
     * The bounded back-off for a failure that names one record, else null: the error handler then uses
     * its unlimited outage back-off. Spring Kafka asks this function for whole-batch retries too, so it
     * must tell the two apart, or an outage would dead-letter every record after three tries.
     */
    static BackOff perRecordBackOff(Exception exception) {
        if (!namesOneRecord(exception)) {
            return null;
        }
        ExponentialBackOff perRecord = new ExponentialBackOff(500, 2.0);
        perRecord.setMaxAttempts(3);
        return perRecord;
    }

    /** Whether a failure is one record's own (on its way to the DLT) rather than a whole batch's (an outage). */
    static boolean namesOneRecord(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof BatchListenerFailedException || cause instanceof DeserializationException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two kinds of failure, two policies. A record that fails on its own (a listener throws
     * {@code BatchListenerFailedException} naming it, or a record listener throws) is retried three
     * times with back-off (0.5 s, 1 s, 2 s) and then published to {@code <topic>.DLT}; the recoverer
     * adds the exception class, message and stack trace as headers. A whole batch that fails (Kafka or
     * Elasticsearch unreachable) is retried without limit, up to 30 s apart, with the consumer paused
     * meanwhile: an outage must delay records, never dead-letter them; {@link OutageLog} warns of each attempt.
     *
     * <p>Records that could not be deserialized carry their raw bytes, so they are re-published through
     * a byte-array template; everything else goes through the service's own JSON template.
     */
    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    DefaultErrorHandler deadLetterErrorHandler(KafkaProperties properties, ObjectProvider<MeterRegistry> meters) {
        // Dead letters are published outside any transaction, with their own producers, so the same
        // handler serves services whose own template is transactional (ingest) and those whose is not.
        Map<String, Object> jsonConfig = properties.buildProducerProperties();
        jsonConfig.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        // A dead letter is the failed record plus why: room for more than the record itself had.
        jsonConfig.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, ArticleTopics.DEAD_LETTER_MAX_BYTES);
        Map<String, Object> bytesConfig = new HashMap<>(jsonConfig);
        bytesConfig.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        bytesConfig.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);

        Map<Class<?>, KafkaOperations<?, ?>> templates = new LinkedHashMap<>();
        templates.put(byte[].class, new KafkaTemplate<>(new DefaultKafkaProducerFactory<String, byte[]>(bytesConfig)));
        templates.put(Object.class, new KafkaTemplate<>(new DefaultKafkaProducerFactory<String, Object>(jsonConfig)));
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(templates,
                (record, exception) -> {
                    log.warn("Sending record {}-{}@{} (key {}) to {}{}: {}", record.topic(), record.partition(),
                            record.offset(), record.key(), record.topic(), DEAD_LETTER_SUFFIX, exception.getMessage());
                    meters.ifAvailable(registry -> DeadLetterCount.increment(registry, record.topic(), exception));
                    // A negative partition lets the producer choose, so the DLT may have any partition count.
                    return new TopicPartition(record.topic() + DEAD_LETTER_SUFFIX, -1);
                });
        ExponentialBackOff outage = new ExponentialBackOff(1_000, 2.0);
        outage.setMaxInterval(30_000);
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, outage);
        handler.setBackOffFunction((record, exception) -> perRecordBackOff(exception));
        handler.setRetryListeners(new OutageLog());
        return handler;
    }
}
