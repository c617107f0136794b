/**
 * The HTTP adapter of ingest-service: {@code POST /api/articles} ({@link org.archivist.ingest.web.ArticleController})
 * and {@code POST /api/archives} ({@link org.archivist.ingest.web.ArchiveController}), the body-size limit, and the
 * RFC 9457 problem details every error is answered with. Thin: parsing lives in {@code archive}, the article rules in
 * {@code article}, Kafka in {@code publish}.
 */
package org.archivist.ingest.web;
