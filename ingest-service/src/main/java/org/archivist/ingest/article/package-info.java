/**
 * The article rules shared by every way in: {@link org.archivist.ingest.article.ArticleDraft} (what a client posts
 * and what a page parser finds, with its input constraints), the identity rule
 * ({@link org.archivist.ingest.article.ArticleIdentity}) and {@link org.archivist.ingest.article.ArticleFactory},
 * which fills id, content hash and ingest time.
 */
package org.archivist.ingest.article;
