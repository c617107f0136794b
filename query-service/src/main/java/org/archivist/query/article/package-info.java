/** Retrieval of one stored article by id: {@code GET /api/articles/{id}}. */
package org.archivist.query.article;
