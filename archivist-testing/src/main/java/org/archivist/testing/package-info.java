/**
 * Support for {@code *IT} tests: {@link org.archivist.testing.StackIntegrationTest} points a Spring Boot
 * test at the real Kafka broker and Elasticsearch node that {@code ./archivist test} starts, and fails
 * at once, with one line saying what to run, when they are not there.
 */
package org.archivist.testing;
