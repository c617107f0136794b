/**
 * Stored articles one at a time: {@code GET /api/articles/{id}} and the articles similar to one,
 * {@code GET /api/articles/{id}/similar}. The more-like-this query ({@link org.archivist.query.article.SimilarQueryBuilder})
 * and the near-duplicate rule ({@link org.archivist.query.article.NearDuplicates}) are plain Java.
 */
package org.archivist.query.article;
