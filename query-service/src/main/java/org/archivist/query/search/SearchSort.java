package org.archivist.query.search;

import java.util.Locale;

import org.archivist.query.InvalidSearchException;

/** How hits are ordered. Relevance needs text to rank by; without text a search lists newest first. */
enum SearchSort {

    RELEVANCE, NEWEST, OLDEST;

    /** The {@code sort} parameter as given, or the default for a search with or without text. */
    static SearchSort parse(String value, boolean hasText) {
        if (value == null || value.isBlank()) {
            return hasText ? RELEVANCE : NEWEST;
        }
        SearchSort sort = switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "relevance" -> RELEVANCE;
            case "newest" -> NEWEST;
            case "oldest" -> OLDEST;
            default -> throw new InvalidSearchException("sort", "must be one of relevance, newest, oldest");
        };
        // Every hit scores the same when there is no text, so "relevance" would be an arbitrary order.
        return sort == RELEVANCE && !hasText ? NEWEST : sort;
    }

    String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
