package org.archivist.ingest;

import java.time.Clock;

import org.archivist.ingest.article.ArticleFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plain domain objects of ingest-service. */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

    @Bean
    ArticleFactory articleFactory() {
        return new ArticleFactory(Clock.systemUTC());
    }
}
