package org.archivist.enrich.article;

import java.time.Clock;

import org.apache.kafka.clients.admin.NewTopic;
import org.archivist.enrich.EnrichSettings;
import org.archivist.enrich.footnotes.FootnoteLinker;
import org.archivist.enrich.places.PlaceFinder;
import org.archivist.enrich.topics.TopicClassifier;
import org.archivist.kafka.ArchivistKafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * Wires the enricher and declares the topics enrich-service reads and writes, with the input's dead-letter
 * topic: declaring a topic that exists changes nothing, and a fresh broker gets all of them.
 */
@Configuration(proxyBeanMethods = false)
class EnrichConfiguration {

    @Bean
    ArticleEnricher articleEnricher() {
        return new ArticleEnricher(new TopicClassifier(), new PlaceFinder(), new FootnoteLinker(), Clock.systemUTC());
    }

    @Bean
    NewTopic ingestedTopic(EnrichSettings settings) {
        return TopicBuilder.name(settings.inputTopic()).partitions(settings.partitions()).build();
    }

    @Bean
    NewTopic enrichedTopic(EnrichSettings settings) {
        return TopicBuilder.name(settings.outputTopic()).partitions(settings.partitions()).build();
    }

    @Bean
    NewTopic ingestedDeadLetterTopic(EnrichSettings settings) {
        return TopicBuilder.name(settings.inputTopic() + ArchivistKafkaAutoConfiguration.DEAD_LETTER_SUFFIX)
                .partitions(1).build();
    }
}
