package org.archivist.ingest.archive.html;

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
    /** Chunks of one body must hold at least this share of the text of the element that holds them all. */
    private static final double CHUNK_SHARE = 0.6;
    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d+");

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
            return withChunks(semantic, body, stats);
        }
        if (best == null) {
            return stats.of(body).content > 0 ? List.of(body) : List.of();
        }
        Element article = enclosingArticle(best);
        if (article != null && stats.of(article).content <= 1.6 * bestContent) {
            return List.of(article);
        }
        List<Element> chunks = withChunks(best, body, stats);
        return chunks.size() > 1 ? chunks : withSiblings(best, stats);
    }

    /**
     * Long articles that sites cut into chunks of the same markup between ads, figures and pull quotes (several
     * {@code div.article__body} in a row): every chunk, in page order. A chunk shares the root's tag and class names
     * (numbers aside), sits outside chrome, and together the chunks must make up most of the text of the element
     * that holds them all, so that a list of teasers of the same markup is not mistaken for one.
     */
    private static List<Element> withChunks(Element root, Element body, HtmlTextStats stats) {
        String signature = classSignature(root);
        if (signature.isEmpty()) {
            return List.of(root);
        }
        List<Element> chunks = new ArrayList<>();
        for (Element candidate : body.getElementsByTag(root.normalName())) {
            if (candidate != root && (stats.of(candidate).content == 0 || !signature.equals(classSignature(candidate)))) {
                continue;
            }
            if (!chunks.isEmpty() && isInside(candidate, chunks.getLast()) || insideChrome(candidate, stats)) {
                continue;
            }
            chunks.add(candidate);
        }
        if (chunks.size() < 2) {
            return List.of(root);
        }
        int total = 0;
        for (Element chunk : chunks) {
            total += stats.of(chunk).content;
        }
        Element holder = commonAncestor(chunks);
        return holder != null && total >= CHUNK_SHARE * stats.of(holder).content ? chunks : List.of(root);
    }

    private static String classSignature(Element element) {
        String classes = element.className().strip();
        return classes.isEmpty() ? "" : DIGITS.matcher(classes).replaceAll("").toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean isInside(Element element, Element ancestor) {
        for (Element current = element.parent(); current != null; current = current.parent()) {
            if (current == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideChrome(Element element, HtmlTextStats stats) {
        for (Element current = element; current != null; current = current.parent()) {
            if (stats.of(current).chrome && !"body".equals(current.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static Element commonAncestor(List<Element> elements) {
        List<Element> path = new ArrayList<>(elements.getFirst().parents());
        for (Element other : elements.subList(1, elements.size())) {
            java.util.Set<Element> ancestors = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            ancestors.addAll(other.parents());
            path.removeIf(candidate -> !ancestors.contains(candidate));
        }
        return path.isEmpty() ? null : path.getFirst();
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
        // An <article> holding several others is a box of teasers ("you may also like"), not an article.
        List<Element> articles = new ArrayList<>();
        for (Element article : document.select("article")) {
            if (article.select("article").size() <= 2) {
                articles.add(article);
            }
        }
        return largest(articles, stats);
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
