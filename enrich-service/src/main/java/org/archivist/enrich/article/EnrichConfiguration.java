package org.archivist.enrich.article;

import java.time.Clock;
import java.util.Optional;

import org.apache.kafka.clients.admin.NewTopic;
import org.archivist.enrich.EnrichSettings;
import org.archivist.enrich.EnrichmentTables;
import org.archivist.enrich.footnotes.FootnoteLinker;
import org.archivist.enrich.places.PlaceFinder;
import org.archivist.enrich.topics.TopicClassifier;
import org.archivist.kafka.ArchivistKafkaAutoConfiguration;
import org.archivist.kafka.ArticleTopics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.info.GitProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the enricher and declares the topics enrich-service reads and writes, with the input's dead-letter
 * topic: a fresh broker gets all of them, and the two article logs get their configs ({@link ArticleTopics})
 * whether they exist or not. The dead-letter topic keeps the broker's time-based retention.
 */
@Configuration(proxyBeanMethods = false)
class EnrichConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EnrichConfiguration.class);

    @Bean
    EnrichmentTables enrichmentTables(EnrichSettings settings) {
        EnrichmentTables tables = settings.tables() == null ? EnrichmentTables.defaults()
                : EnrichmentTables.from(settings.tables());
        log.info("Enrichment tables: {}, {}, {}", tables.lexicon().name(), tables.sourceCategories().name(),
                tables.gazetteer().name());
        return tables;
    }

    /**
     * The enricher, its version naming the build that runs (version and commit, when the build recorded them) and
     * the tables it loaded: what {@code enrichmentVersion} on every enriched article says.
     */
    @Bean
    ArticleEnricher articleEnricher(EnrichmentTables tables, ObjectProvider<BuildProperties> build,
            ObjectProvider<GitProperties> git) {
        String code = Optional.ofNullable(build.getIfAvailable()).map(BuildProperties::getVersion).orElse("dev")
                + Optional.ofNullable(git.getIfAvailable()).map(g -> "." + g.getShortCommitId()).orElse("");
        String version = tables.version(code);
        log.info("Enrichment version {}", version);
        return new ArticleEnricher(new TopicClassifier(tables), new PlaceFinder(tables), new FootnoteLinker(),
                Clock.systemUTC(), version);
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
