package org.archivist.ingest.archive.html;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text measurements of every element of a document, gathered in one post-order pass so that no
 * later step needs to call {@code text()} on ancestors (which would be quadratic on deep pages).
 * Counts are of non-whitespace characters.
 */
final class HtmlTextStats {

    /** Blocks that hold running text; their content feeds the score of their parent and grandparent. */
    static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "blockquote", "h2", "h3", "h4", "h5", "h6");

    private static final int MIN_PARAGRAPH = 25;

    /** Measurements of one element. */
    static final class Stats {
        int text;
        int linkText;
        /** Text outside links and outside chrome descendants. */
        int content;
        /** Text of text nodes that are direct children (a div used as a paragraph). */
        int directText;
        /** Readability-style weight of the paragraphs this element holds. */
        double score;
        boolean chrome;
        /** Chrome that descendants inherit. */
        boolean inherited;

        double linkDensity() {
            return text == 0 ? 0 : (double) linkText / text;
        }
    }

    private final Map<Element, Stats> stats = new IdentityHashMap<>();
    private int maxDepth;

    private final HtmlChrome.Level level;

    private HtmlTextStats(HtmlChrome.Level level) {
        this.level = level;
    }

    static HtmlTextStats measure(Element root) {
        return measure(root, HtmlChrome.Level.CLASS_WORDS);
    }

    static HtmlTextStats measure(Element root, HtmlChrome.Level level) {
        HtmlTextStats result = new HtmlTextStats(level);
        result.walk(root);
        return result;
    }

    Stats of(Element element) {
        Stats found = stats.get(element);
        return found == null ? new Stats() : found;
    }

    int maxDepth() {
        return maxDepth;
    }

    /** The elements with a positive score, for picking the content root. */
    Map<Element, Stats> all() {
        return stats;
    }

    private void walk(Element root) {
        Deque<Stats> open = new ArrayDeque<>();
        int[] linkDepth = {0};
        /*
         * Everything inside structural chrome and comment or related sections is chrome too: a comment's own content
         * div must never win as the article. Chrome by other class words ("sidebar" in "content-sidebar-wrap") is
         * too often a layout wrapper for its descendants to inherit it.
         */
        int[] chromeDepth = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element element) {
                    Stats own = new Stats();
                    HtmlChrome.Kind kind = chromeDepth[0] > 0 ? HtmlChrome.Kind.CHROME_WITH_DESCENDANTS
                            : HtmlChrome.kind(element, level);
                    own.chrome = kind != HtmlChrome.Kind.CONTENT;
                    own.inherited = kind == HtmlChrome.Kind.CHROME_WITH_DESCENDANTS;
                    if (own.inherited) {
                        chromeDepth[0]++;
                    }
                    stats.put(element, own);
                    open.push(own);
                    maxDepth = Math.max(maxDepth, depth);
                    if ("a".equals(element.normalName())) {
                        linkDepth[0]++;
                    }
                } else if (node instanceof TextNode textNode && !open.isEmpty()) {
                    int length = nonWhitespace(textNode.getWholeText());
                    Stats top = open.peek();
                    top.text += length;
                    top.directText += length;
                    if (linkDepth[0] > 0) {
                        top.linkText += length;
                    } else {
                        top.content += length;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element element)) {
                    return;
                }
                Stats own = open.pop();
                if (own.inherited) {
                    chromeDepth[0]--;
                }
                if ("a".equals(element.normalName())) {
                    linkDepth[0]--;
                }
                if (!own.chrome) {
                    boolean paragraph = PARAGRAPH_TAGS.contains(element.normalName());
                    int weighed = paragraph ? own.content : own.directText;
                    if (weighed >= MIN_PARAGRAPH) {
                        double points = 1 + Math.min(weighed / 100.0, 3);
                        Element parent = element.parent();
                        if (paragraph) {
                            credit(parent, points);
                            credit(parent == null ? null : parent.parent(), points / 2);
                        } else {
                            own.score += points;
                            credit(parent, points / 2);
                        }
                    }
                }
                Stats parent = open.peek();
                if (parent != null) {
                    parent.text += own.text;
                    parent.linkText += own.linkText;
                    if (!own.chrome) {
                        parent.content += own.content;
                    }
                }
            }
        }, root);
    }

    private void credit(Element element, double points) {
        if (element != null) {
            Stats target = stats.get(element);
            if (target != null) {
                target.score += points;
            }
        }
    }

    static int nonWhitespace(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\u00a0') {
                count++;
            }
        }
        return count;
    }
}
