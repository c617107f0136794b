package org.archivist.query.search;

/**
 * A validated search request.
 *
 * @param q    user text ({@code simple_query_string} syntax), or null to list by filters, newest first
 * @param size hits per page
 */
record SearchParameters(String q, int size) {

    boolean hasText() {
        return q != null && !q.isBlank();
    }
}
