package org.archivist.enrich.article;

import java.time.Clock;

import org.apache.kafka.clients.admin.NewTopic;
import org.archivist.enrich.EnrichSettings;
import org.archivist.enrich.footnotes.FootnoteLinker;
import org.archivist.enrich.places.PlaceFinder;
import org.archivist.enrich.topics.TopicClassifier;
import org.archivist.kafka.ArchivistKafkaAutoConfiguration;
import org.archivist.kafka.ArticleTopics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the enricher and declares the topics enrich-service reads and writes, with the input's dead-letter
 * topic: a fresh broker gets all of them, and the two article logs get their configs ({@link ArticleTopics})
 * whether they exist or not. The dead-letter topic keeps the broker's time-based retention.
 */
@Configuration(proxyBeanMethods = false)
class EnrichConfiguration {

    @Bean
    ArticleEnricher articleEnricher() {
        return new ArticleEnricher(new TopicClassifier(), new PlaceFinder(), new FootnoteLinker(), Clock.systemUTC());
    }

    @Bean
    NewTopic ingestedTopic(EnrichSettings settings, ArticleTopics articleTopics) {
        return articleTopics.log(settings.inputTopic(), settings.partitions());
    }

    @Bean
    NewTopic enrichedTopic(EnrichSettings settings, ArticleTopics articleTopics) {
        return articleTopics.log(settings.outputTopic(), settings.partitions());
    }

    @Bean
    NewTopic ingestedDeadLetterTopic(EnrichSettings settings, ArticleTopics articleTopics) {
        return articleTopics.deadLetters(settings.inputTopic() + ArchivistKafkaAutoConfiguration.DEAD_LETTER_SUFFIX, 1);
    }
}
