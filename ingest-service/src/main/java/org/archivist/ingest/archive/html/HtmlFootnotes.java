package org.archivist.ingest.archive.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.archivist.contract.Footnote;
import org.jsoup.nodes.Element;

/**
 * Finds the footnote lists of an article body: {@code .footnotes} sections, {@code <ol>} lists that
 * {@code <sup>} markers link to, and lists under a "Notes" / "References" heading, and reads them
 * as numbered notes with their text kept verbatim.
 */
final class HtmlFootnotes {

    private static final String CONTAINER_SELECTOR = "ol.footnotes, .footnotes, .footnote-list, .footnotes-list,"
            + " #footnotes, .endnotes, .reflist, ol.references, .wp-block-footnotes, [role=doc-endnotes], ol.notes";

    static final Pattern NOTES_HEADING = Pattern.compile(
            "(?iu)^(notes|footnotes|endnotes|references|sources|notes and references|citations|примечания|сноски"
                    + "|источники|notas|referencias|anmerkungen|fußnoten|quellen|références)\\s*:?$");

    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(?:\\[(\\d{1,3})\\]|(\\d{1,3})[.)]\\s|\\^)\\s*");
    /** A note that starts with its number and a space, as when the number is the back-link ("2 Fall counts…"). */
    private static final Pattern BARE_NUMBER = Pattern.compile("^\\s*(\\d{1,3})\\s+\\S");
    private static final Pattern MARKER_TEXT = Pattern.compile("^\\s*\\[?(\\d{1,3})\\]?\\s*$");
    private static final Pattern BACKLINK = Pattern.compile("\\s*[↩⤴︎\\x{FE0E}\\x{FE0F}]+\\s*");

    /** The footnote containers of a body and the headings that introduce them (both left out of the text). */
    record Found(Set<Element> containers, Set<Element> headings) {

        boolean isEmpty() {
            return containers.isEmpty();
        }
    }

    private HtmlFootnotes() {
    }

    static Found find(List<Element> roots, HtmlDocumentLinks links) {
        Set<Element> containers = new LinkedHashSet<>();
        Set<Element> headings = new LinkedHashSet<>();
        for (Element root : roots) {
            containers.addAll(root.select(CONTAINER_SELECTOR));
            for (Element heading : root.select("h2, h3, h4, h5, h6, p")) {
                if (heading.textNodes().size() + heading.childrenSize() <= 3
                        && NOTES_HEADING.matcher(heading.text()).matches()) {
                    Element next = heading.nextElementSibling();
                    if (next != null && isList(next)) {
                        containers.add(next);
                        headings.add(heading);
                    }
                }
            }
            for (Element link : root.select("a[href^=#]")) {
                if (!isMarker(link)) {
                    continue;
                }
                Element target = links.byId(link.attr("href").substring(1));
                if (target != null && links.position(target) < links.position(link)) {
                    // a link to an earlier element is a note's back-link to its marker, not a marker
                    continue;
                }
                Element container = target == null ? null : containerOf(target);
                if (container != null && !isInside(link, container)) {
                    containers.add(container);
                }
            }
        }
        containers.removeIf(container -> hasAncestorIn(container, containers));
        return new Found(containers, headings);
    }

    /** True for a link or sup that reads as a footnote number. */
    static boolean isMarker(Element element) {
        String tag = element.normalName();
        String text = element.text();
        if (!MARKER_TEXT.matcher(text).matches()) {
            return false;
        }
        if ("sup".equals(tag)) {
            return true;
        }
        Element parent = element.parent();
        String href = element.attr("href");
        return (parent != null && "sup".equals(parent.normalName())) || text.contains("[")
                || element.className().contains("footnote") || href.startsWith("#fn") || href.startsWith("#note")
                || href.startsWith("#ref") || href.startsWith("#cite");
    }

    /** The marker text of a footnote reference ("[3]"), or null when the text holds no number. */
    static String markerText(Element element) {
        Matcher matcher = MARKER_TEXT.matcher(element.text());
        return matcher.matches() ? "[" + Integer.parseInt(matcher.group(1)) + "]" : null;
    }

    static List<Footnote> read(Found found) {
        List<Footnote> notes = new ArrayList<>();
        for (Element container : found.containers()) {
            List<Element> items = items(container);
            int next = container.hasAttr("start") ? parseOr(container.attr("start"), 1) : 1;
            for (Element item : items) {
                item.select("a.footnote-backref, a.footnote-back, a[href^=#fnref], a[href^=#ref-], a[rev=footnote],"
                        + " .mw-cite-backlink").remove();
                String text = BACKLINK.matcher(item.text()).replaceAll(" ").strip();
                int number = next;
                Matcher leading = LEADING_NUMBER.matcher(text);
                Matcher bare = BARE_NUMBER.matcher(text);
                if (leading.lookingAt()) {
                    String digits = leading.group(1) != null ? leading.group(1) : leading.group(2);
                    if (digits != null) {
                        number = Integer.parseInt(digits);
                    }
                    text = text.substring(leading.end()).strip();
                } else if (!isList(container) && bare.lookingAt()) {
                    number = Integer.parseInt(bare.group(1));
                    text = text.substring(bare.end(1)).strip();
                }
                if (!text.isEmpty()) {
                    notes.add(new Footnote(number, text));
                }
                next = number + 1;
            }
        }
        return notes;
    }

    private static List<Element> items(Element container) {
        if (isList(container)) {
            return container.children().stream().filter(child -> "li".equals(child.normalName())).toList();
        }
        Element list = container.selectFirst("ol, ul");
        if (list != null) {
            return list.children().stream().filter(child -> "li".equals(child.normalName())).toList();
        }
        if (LEADING_NUMBER.matcher(container.text()).find() && container.children().isEmpty()
                || BARE_NUMBER.matcher(container.text()).find()) {
            return List.of(container);
        }
        return container.children().stream().filter(child -> LEADING_NUMBER.matcher(child.text()).find()).toList();
    }

    private static Element containerOf(Element target) {
        if ("a".equals(target.normalName()) || "span".equals(target.normalName()) || "sup".equals(target.normalName())) {
            // the anchor is the note's own back-link number: the note is the block around it
            Element parent = target.parent();
            if (parent == null) {
                return null;
            }
            return "li".equals(parent.normalName()) ? containerOf(parent) : parent;
        }
        Element item = "li".equals(target.normalName()) ? target : target.parent();
        if (item != null && "li".equals(item.normalName()) && item.parent() != null) {
            return item.parent();
        }
        return "p".equals(target.normalName()) || "div".equals(target.normalName()) ? target : null;
    }

    private static boolean isList(Element element) {
        return "ol".equals(element.normalName()) || "ul".equals(element.normalName());
    }

    private static boolean isInside(Element element, Element container) {
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            if (parent == container) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasAncestorIn(Element element, Set<Element> candidates) {
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            if (candidates.contains(parent)) {
                return true;
            }
        }
        return false;
    }

    private static int parseOr(String value, int fallback) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
