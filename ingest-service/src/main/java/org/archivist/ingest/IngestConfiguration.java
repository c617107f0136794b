package org.archivist.ingest;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import org.archivist.ingest.article.ArticleFactory;
import org.archivist.ingest.publish.IngestMetrics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plain domain objects of ingest-service. */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

    @Bean
    IngestMetrics ingestMetrics(MeterRegistry registry) {
        return new IngestMetrics(registry);
    }

    @Bean
    ArticleFactory articleFactory() {
        return new ArticleFactory(Clock.systemUTC());
    }
}
