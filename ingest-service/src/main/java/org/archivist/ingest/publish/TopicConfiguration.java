package org.archivist.ingest.publish;

import org.apache.kafka.clients.admin.NewTopic;
import org.archivist.ingest.IngestSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** Declares the ingest topic, so a fresh broker (Docker, a user's own) gets it with the intended partitions. */
@Configuration(proxyBeanMethods = false)
class TopicConfiguration {

    @Bean
    NewTopic ingestedTopic(IngestSettings settings) {
        return TopicBuilder.name(settings.topic()).partitions(settings.partitions()).build();
    }
}
