/**
 * Categories of an article: the page's own categories kept as written ({@code origin=source}) and
 * IPTC Media Topics inferred from the text ({@code origin=inferred}) by {@link org.archivist.enrich.topics.TopicClassifier}.
 * Pure Java, no Spring types.
 */
package org.archivist.enrich.topics;
