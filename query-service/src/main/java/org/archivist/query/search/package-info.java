/**
 * The search API, {@code GET /api/search}: user text with a safe syntax, filters, sorting and paging.
 * {@link org.archivist.query.search.SearchQueryBuilder} turns a request into an Elasticsearch query and
 * is plain Java; the controller is a thin adapter.
 */
package org.archivist.query.search;
