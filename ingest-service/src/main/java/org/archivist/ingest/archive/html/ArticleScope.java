package org.archivist.ingest.archive.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The part of a page that belongs to the article itself: its content roots, the {@code <article>} around
 * them and the header that holds the title, minus what sits inside them but is about other things
 * (comments, related-post lists, sidebars and widgets, share bars). Bylines and dates are read only here,
 * so the author of a related post or a comment never becomes the article's.
 */
final class ArticleScope {

    private static final int MAX_CANDIDATES = 60;
    private static final Set<String> EXCLUDED_TAGS = Set.of("aside", "nav");
    /** A title and body that meet only here share no article container. */
    private static final Set<String> PAGE_TAGS = Set.of("body", "html");
    private static final List<String> EXCLUDED_NAMES = List.of("comment", "related", "sidebar", "widget",
            "recommend", "popular", "trending", "most-read", "mostread", "more-stories", "more-from", "read-more",
            "readmore", "also-read", "newsletter", "site-footer", "page-footer", "global-footer", "promo",
            "teaser", "share", "next-post", "prev-post", "previous-post", "post-navigation");

    private final Set<Element> roots = Collections.newSetFromMap(new IdentityHashMap<>());

    private ArticleScope(List<Element> contentRoots, Element title) {
        for (Element root : contentRoots) {
            roots.add(root);
            Element article = root.closest("article");
            if (article != null && !excluded(article)) {
                roots.add(article);
            }
            Element common = title == null ? null : commonAncestor(title, root);
            if (common != null && !PAGE_TAGS.contains(common.normalName())) {
                roots.add(common);
            }
        }
        // the title's header and the block around it, where pages that keep headline and body apart put the byline
        Element header = title == null ? null : title.parent();
        for (int level = 0; level < 2 && header != null && !PAGE_TAGS.contains(header.normalName()); level++) {
            if (!excluded(header)) {
                roots.add(header);
            }
            header = header.parent();
        }
    }

    /** The scope of the article whose body is in {@code contentRoots} and whose title is {@code title} (may be null). */
    static ArticleScope of(List<Element> contentRoots, Element title) {
        return new ArticleScope(contentRoots, title);
    }

    /** The elements matching {@code css} that belong to the article, in document order (at most a few dozen). */
    List<Element> select(Document document, String css) {
        List<Element> found = new ArrayList<>();
        for (Element element : document.select(css)) {
            if (contains(element)) {
                found.add(element);
                if (found.size() == MAX_CANDIDATES) {
                    break;
                }
            }
        }
        return found;
    }

    /** Whether the element lies inside the article and inside nothing about other things on the way up. */
    boolean contains(Element element) {
        for (Element at = element; at != null; at = at.parent()) {
            if (roots.contains(at)) {
                return true;
            }
            if (excluded(at)) {
                return false;
            }
        }
        return false;
    }

    private static boolean excluded(Element element) {
        if (EXCLUDED_TAGS.contains(element.normalName())) {
            return true;
        }
        String names = HtmlBodyWalker.lower(element.className() + " " + element.id());
        if (names.isBlank()) {
            return false;
        }
        for (String name : EXCLUDED_NAMES) {
            if (names.contains(name)) {
                return true;
            }
        }
        return "footer".equals(element.id());
    }

    /** The nearest element holding both; linear in the depth of the two. */
    private static Element commonAncestor(Element a, Element b) {
        Set<Element> above = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element at = a; at != null; at = at.parent()) {
            above.add(at);
        }
        for (Element at = b; at != null; at = at.parent()) {
            if (above.contains(at)) {
                return at;
            }
        }
        return null;
    }
}
