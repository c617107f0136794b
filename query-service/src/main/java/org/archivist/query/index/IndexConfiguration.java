package org.archivist.query.index;

import org.apache.kafka.clients.admin.NewTopic;
import org.archivist.kafka.ArchivistKafkaAutoConfiguration;
import org.archivist.query.QuerySettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** Declares the topic query-service reads and its dead-letter topic. */
@Configuration(proxyBeanMethods = false)
class IndexConfiguration {

    @Bean
    NewTopic enrichedTopic(QuerySettings settings) {
        return TopicBuilder.name(settings.topic()).partitions(settings.partitions()).build();
    }

    @Bean
    NewTopic enrichedDeadLetterTopic(QuerySettings settings) {
        return TopicBuilder.name(settings.topic() + ArchivistKafkaAutoConfiguration.DEAD_LETTER_SUFFIX)
                .partitions(1).build();
    }
}
