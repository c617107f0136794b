package org.archivist.query.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * A validated search request.
 *
 * @param text     user text ({@link UserQueryText} syntax), or null to list by filters
 * @param filters  what hits must match besides the text
 * @param sort     the effective order (never {@link SearchSort#RELEVANCE} without text)
 * @param size     hits per page
 * @param cursor   where the previous page ended, or null for the first page
 * @param interval the {@code publishedAt} facet's interval, or null to choose it from the dates found
 */
record SearchParameters(String text, SearchFilters filters, SearchSort sort, int size, SearchCursor cursor,
        TimelineInterval interval) {

    /** A search with the facet's interval chosen automatically. */
    SearchParameters(String text, SearchFilters filters, SearchSort sort, int size, SearchCursor cursor) {
        this(text, filters, sort, size, cursor, null);
    }

    boolean hasText() {
        return text != null;
    }

    /**
     * A short digest of everything that decides which hits a search has and in which order (text,
     * filters, sort; not the page size or the facet's interval), so a cursor can tell whether it is being used for the search
     * it came from.
     */
    String fingerprint() {
        StringBuilder canonical = new StringBuilder();
        canonical.append("q=").append(text == null ? "" : text).append('\u0000')
                .append("sort=").append(sort.value()).append('\u0000');
        appendSorted(canonical, "category", filters.categories());
        appendSorted(canonical, "author", filters.authors());
        appendSorted(canonical, "place", filters.places());
        appendSorted(canonical, "source", filters.sources());
        canonical.append("from=").append(filters.from()).append('\u0000')
                .append("to=").append(filters.to());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString()
                    .getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    private static void appendSorted(StringBuilder canonical, String name, List<String> values) {
        List<String> sorted = new ArrayList<>(values);
        sorted.sort(null);
        canonical.append(name).append('=');
        for (String value : sorted) {
            canonical.append(value).append('\u0001');
        }
        canonical.append('\u0000');
    }
}
