package org.archivist.bench.index;

import java.util.ArrayList;
import java.util.List;

import org.archivist.contract.Citation;
import org.archivist.contract.CitationKeys;
import org.archivist.contract.EnrichedArticle;
import org.archivist.contract.FootnoteLink;

/**
 * An article's index-only citation keys ({@code url:…}, {@code title:…}), made with the shared rule as
 * query-service's {@code MatchKeys} makes them (without its loose titles). Computed once before measuring: every
 * way of writing the document stores the same keys, so their cost is no part of the comparison.
 *
 * @param targets  the article's own keys
 * @param linkKeys per footnote link, in order, its citation's keys
 */
record IndexKeys(List<String> targets, List<List<String>> linkKeys) {

    static IndexKeys of(EnrichedArticle article) {
        List<List<String>> links = new ArrayList<>();
        for (FootnoteLink link : article.footnoteLinks()) {
            Citation citation = link.citation();
            links.add(citation == null ? List.of() : keys(citation.url(), citation.title()));
        }
        return new IndexKeys(keys(article.url(), article.title()), links);
    }

    private static List<String> keys(String url, String title) {
        List<String> keys = new ArrayList<>(2);
        String address = CitationKeys.normalizeUrl(url);
        if (address != null) {
            keys.add("url:" + address.replaceFirst("^https?://", ""));
        }
        String normalized = CitationKeys.normalizeTitle(title);
        if (normalized != null && normalized.contains(" ")) {
            keys.add("title:" + normalized);
        }
        return List.copyOf(keys);
    }
}
