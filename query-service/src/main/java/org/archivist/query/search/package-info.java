/**
 * The search API, {@code GET /api/search}: user text with a safe syntax, filters, facets, highlights,
 * sorting and cursor paging. Parameter validation ({@link org.archivist.query.search.SearchForm}), query
 * building ({@link org.archivist.query.search.SearchQueryBuilder}), the cursor codec
 * ({@link org.archivist.query.search.SearchCursor}), the {@code publishedAt} timeline
 * ({@link org.archivist.query.search.Timeline}) and response reading are plain Java; the controller
 * and {@link org.archivist.query.search.ElasticsearchArticleSearch} are thin adapters.
 */
package org.archivist.query.search;
