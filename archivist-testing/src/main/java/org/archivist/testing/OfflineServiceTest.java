package org.archivist.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A whole service on a random port with the test keys, with Kafka and Elasticsearch pointed at closed local ports:
 * for what a service serves without them (its OpenAPI documents). Quiet against the closed ports: no topics to
 * create, no listeners started, the clients' retries not worth a log line.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.bootstrap-servers=127.0.0.1:1", "spring.kafka.listener.auto-startup=false",
        "spring.kafka.producer.properties.max.block.ms=2000", "spring.kafka.admin.auto-create=false",
        "spring.elasticsearch.uris=http://127.0.0.1:1", "spring.main.banner-mode=off", "logging.level.root=warn",
        "logging.level.org.apache.kafka=error" })
@ContextConfiguration(initializers = TestKeys.Initializer.class)
public @interface OfflineServiceTest {
}
