package org.archivist.enrich;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of enrich-service ({@code archivist.enrich.*}); defaults are in {@code application.yml}.
 *
 * @param inputTopic  the topic of ingested articles
 * @param outputTopic the topic enriched articles are published to
 * @param partitions  partitions of the topics when the service creates them
 * @param sendTimeout how long a batch waits for Kafka to acknowledge its enriched articles
 * @param tables      a directory whose {@code lexicon.txt}, {@code source-categories.txt} or {@code gazetteer.txt}
 *                    replace the built-in tables; null for the built-in ones (docs/OPERATIONS.md, "Re-enriching")
 */
@ConfigurationProperties("archivist.enrich")
public record EnrichSettings(String inputTopic, String outputTopic, int partitions, Duration sendTimeout,
        Path tables) {

    public EnrichSettings {
        Objects.requireNonNull(inputTopic, "archivist.enrich.input-topic must be set");
        Objects.requireNonNull(outputTopic, "archivist.enrich.output-topic must be set");
        Objects.requireNonNull(sendTimeout, "archivist.enrich.send-timeout must be set");
        if (partitions < 1) {
            throw new IllegalArgumentException("archivist.enrich.partitions must be at least 1, was " + partitions);
        }
    }
}
