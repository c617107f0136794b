package org.archivist.ingest.publish;

import org.apache.kafka.clients.admin.NewTopic;
import org.archivist.ingest.IngestSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.support.ProducerListener;

/**
 * Declares the ingest topic, so a fresh broker (Docker, a user's own) gets it with the intended partitions, and
 * keeps Spring Kafka's logging of failed sends out of the way.
 */
@Configuration(proxyBeanMethods = false)
class TopicConfiguration {

    @Bean
    NewTopic ingestedTopic(IngestSettings settings) {
        return TopicBuilder.name(settings.topic()).partitions(settings.partitions()).build();
    }

    /**
     * Failed sends are logged by {@link KafkaArticlePublisher} with counts and answered to the client (413, 503);
     * Boot's default listener would log each again at ERROR with the start of the article itself.
     */
    @Bean
    ProducerListener<Object, Object> kafkaProducerListener() {
        return new ProducerListener<>() {
        };
    }
}
