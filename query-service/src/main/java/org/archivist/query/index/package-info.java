/**
 * The article index: a versioned index ({@code articles-v1}) behind the alias {@code articles}, created
 * with an explicit mapping when missing ({@link org.archivist.query.index.ArticleIndex}), and filled from
 * Kafka in bulk ({@link org.archivist.query.index.ArticleIndexer}) with the newest {@code ingestedAt}
 * winning whatever order messages arrive in. Other features add their fields to each write, in plain Java,
 * through {@link org.archivist.query.index.IndexingStep}.
 */
package org.archivist.query.index;
