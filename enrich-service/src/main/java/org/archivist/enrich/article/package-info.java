/**
 * Enriching one article: {@link org.archivist.enrich.article.ArticleEnricher} combines topics, places and
 * footnote links (pure Java); the Kafka listener and the preview endpoint are thin adapters around it.
 */
package org.archivist.enrich.article;
