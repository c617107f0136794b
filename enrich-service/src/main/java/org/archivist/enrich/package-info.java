/**
 * enrich-service: the application and its settings. Features live in sub-packages: {@code topics},
 * {@code places} and {@code footnotes} (pure domain logic), and {@code article} (the enricher that
 * combines them, its Kafka listener and the preview endpoint).
 */
package org.archivist.enrich;
