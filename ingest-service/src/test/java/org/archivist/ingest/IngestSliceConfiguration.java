package org.archivist.ingest;

import java.time.Clock;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.archivist.ingest.article.ArticleFactory;
import org.archivist.ingest.publish.IngestMetrics;
import org.archivist.ingest.publish.RecordingPublisher;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The beans an HTTP slice of ingest-service needs besides its controllers: no Kafka, a recording publisher. */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties(IngestSettings.class)
public class IngestSliceConfiguration {

    @Bean
    public ArticleFactory articleFactory() {
        return new ArticleFactory(Clock.systemUTC());
    }

    @Bean
    public IngestMetrics ingestMetrics() {
        return new IngestMetrics(new SimpleMeterRegistry());
    }

    @Bean
    public RecordingPublisher recordingPublisher() {
        return new RecordingPublisher();
    }
}
