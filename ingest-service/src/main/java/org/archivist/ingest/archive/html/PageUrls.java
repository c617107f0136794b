package org.archivist.ingest.archive.html;

import java.util.Locale;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The page's own address (canonical link, else {@code og:url}), used as the base of relative links. */
final class PageUrls {

    private PageUrls() {
    }

    /** The canonical address the page gives itself, when it is absolute http(s); else null. */
    static String canonical(Document document) {
        Element canonical = document.selectFirst("link[rel=canonical][href]");
        if (canonical != null && isAbsolute(canonical.attr("href").strip())) {
            return canonical.attr("href").strip();
        }
        Element og = document.selectFirst("meta[property=og:url][content]");
        if (og != null && isAbsolute(og.attr("content").strip())) {
            return og.attr("content").strip();
        }
        return null;
    }

    /**
     * Gives the document a base URI so that {@code absUrl} resolves relative links: a {@code <base href>}
     * already did when it was absolute; otherwise the canonical address is the page's address.
     */
    static void resolveAgainstCanonical(Document document) {
        if (isAbsolute(document.baseUri())) {
            return;
        }
        String canonical = canonical(document);
        if (canonical != null) {
            document.setBaseUri(canonical);
        }
    }

    /** The link's target, absolute when the page lets it be resolved, else as written; null when empty. */
    static String href(Element link) {
        String absolute = link.absUrl("href");
        String href = absolute.isEmpty() ? link.attr("href").strip() : absolute;
        return href.isEmpty() ? null : href;
    }

    static boolean isAbsolute(String url) {
        String lower = url == null ? "" : url.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** One address written two ways: scheme, "www.", trailing slash and fragment aside. */
    static boolean sameAddress(String a, String b) {
        return a != null && b != null && !a.isEmpty() && key(a).equals(key(b));
    }

    private static String key(String url) {
        String key = url.strip().toLowerCase(Locale.ROOT);
        int fragment = key.indexOf('#');
        if (fragment >= 0) {
            key = key.substring(0, fragment);
        }
        key = key.replaceFirst("^https?://(?:www\\.)?", "");
        while (key.endsWith("/")) {
            key = key.substring(0, key.length() - 1);
        }
        return key;
    }
}
