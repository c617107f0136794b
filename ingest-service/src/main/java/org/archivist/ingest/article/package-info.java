/**
 * Articles sent as JSON to {@code POST /api/articles}: validation, and the identity rule shared with
 * archive pages ({@link org.archivist.ingest.article.ArticleFactory} fills id, content hash and ingest time).
 */
package org.archivist.ingest.article;
