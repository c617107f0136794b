package org.archivist.ingest.publish;

import org.apache.kafka.clients.admin.NewTopic;
import org.archivist.ingest.IngestSettings;
import org.archivist.kafka.ArticleTopics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.support.ProducerListener;

/**
 * Declares the ingest topic, an article log (compacted, kept for good: {@link ArticleTopics}), so a fresh broker
 * (Docker, a user's own) gets it with the intended partitions and configs and an existing one gets the configs; and
 * keeps Spring Kafka's logging of failed sends out of the way.
 */
@Configuration(proxyBeanMethods = false)
class TopicConfiguration {

    @Bean
    NewTopic ingestedTopic(IngestSettings settings, ArticleTopics articleTopics) {
        return articleTopics.log(settings.topic(), settings.partitions());
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
