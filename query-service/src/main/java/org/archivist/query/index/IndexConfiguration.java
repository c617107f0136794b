package org.archivist.query.index;

import org.apache.kafka.clients.admin.NewTopic;
import org.archivist.kafka.ArchivistKafkaAutoConfiguration;
import org.archivist.kafka.ArticleTopics;
import org.archivist.query.QuerySettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Declares the topic query-service reads, an article log with its configs ({@link ArticleTopics}), and its
 * dead-letter topic, which keeps the broker's time-based retention; schedules the purge of old deletion markers
 * ({@link DeletionMarkerPurge}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class IndexConfiguration {

    @Bean
    NewTopic enrichedTopic(QuerySettings settings, ArticleTopics articleTopics) {
        return articleTopics.log(settings.topic(), settings.partitions());
    }

    @Bean
    NewTopic enrichedDeadLetterTopic(QuerySettings settings, ArticleTopics articleTopics) {
        return articleTopics.deadLetters(settings.topic() + ArchivistKafkaAutoConfiguration.DEAD_LETTER_SUFFIX, 1);
    }
}
