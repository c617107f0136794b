package org.archivist.ingest.archive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Picks the element(s) holding an article's body on a page from any site. Semantic markup first
 * ({@code [itemprop=articleBody]}, body classes such as {@code .entry-content} or {@code .article-body},
 * then the {@code <article>} holding most text), a Readability-style paragraph score as the fallback
 * and as a check on the markup: a marked-up element holding much less text than the best-scored
 * one is a teaser or a wrapper, not the body.
 */
final class MainContentExtractor {

    /** A semantic candidate must hold at least this share of the best-scored element's text. */
    private static final double SEMANTIC_SHARE = 0.5;

    private MainContentExtractor() {
    }

    static List<Element> roots(Document document, HtmlTextStats stats) {
        Element body = document.body();
        if (body == null) {
            return List.of();
        }
        Element best = bestScored(stats);
        int bestContent = best == null ? 0 : stats.of(best).content;
        Element semantic = semantic(document, stats);
        if (semantic != null && stats.of(semantic).content >= SEMANTIC_SHARE * bestContent) {
            return List.of(semantic);
        }
        if (best == null) {
            return stats.of(body).content > 0 ? List.of(body) : List.of();
        }
        Element article = enclosingArticle(best);
        if (article != null && stats.of(article).content <= 1.6 * bestContent) {
            return List.of(article);
        }
        return withSiblings(best, stats);
    }

    private static Element semantic(Document document, HtmlTextStats stats) {
        Element chosen = largest(document.select("[itemprop=articleBody]"), stats);
        if (chosen != null) {
            return chosen;
        }
        List<Element> bodies = new ArrayList<>();
        for (Element element : document.body().getAllElements()) {
            if (HtmlChrome.isBodyClass(element)) {
                bodies.add(element);
            }
        }
        chosen = largest(bodies, stats);
        if (chosen != null) {
            return chosen;
        }
        return largest(document.select("article"), stats);
    }

    private static Element largest(List<Element> candidates, HtmlTextStats stats) {
        return candidates.stream().filter(element -> !stats.of(element).chrome && stats.of(element).content > 0)
                .max(Comparator.comparingInt(element -> stats.of(element).content)).orElse(null);
    }

    private static Element bestScored(HtmlTextStats stats) {
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, HtmlTextStats.Stats> entry : stats.all().entrySet()) {
            HtmlTextStats.Stats candidate = entry.getValue();
            if (candidate.chrome || candidate.score <= 0) {
                continue;
            }
            double score = candidate.score * (1 - candidate.linkDensity());
            if (score > bestScore) {
                bestScore = score;
                best = entry.getKey();
            }
        }
        return best;
    }

    private static Element enclosingArticle(Element element) {
        Element current = element;
        for (int level = 0; level < 4 && current != null; level++) {
            if ("article".equals(current.normalName()) || "main".equals(current.normalName())) {
                return current;
            }
            current = current.parent();
        }
        return null;
    }

    /** The best element plus siblings that read as more of the same body (Readability's sibling join). */
    private static List<Element> withSiblings(Element best, HtmlTextStats stats) {
        Element parent = best.parent();
        if (parent == null) {
            return List.of(best);
        }
        double threshold = Math.max(10, stats.of(best).score * 0.2);
        List<Element> roots = new ArrayList<>();
        for (Element sibling : parent.children()) {
            HtmlTextStats.Stats own = stats.of(sibling);
            boolean paragraph = "p".equals(sibling.normalName()) && own.content >= 80 && own.linkDensity() < 0.25;
            if (sibling == best || !own.chrome && (own.score * (1 - own.linkDensity()) >= threshold || paragraph)) {
                roots.add(sibling);
            }
        }
        return roots;
    }
}
