package org.archivist.ingest.archive.html;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The in-page link targets of one document: elements by id, and document positions of the elements
 * with an id or a link. Built once per document, on first use, and shared by all its posts: building
 * it per post made archive pages cost posts × page size.
 */
final class HtmlDocumentLinks {

    private final Document document;
    private Map<String, Element> ids;
    private Map<Element, Integer> order;

    HtmlDocumentLinks(Document document) {
        this.document = document;
    }

    /** The first element with this id, or null. */
    Element byId(String id) {
        if (ids == null) {
            ids = new HashMap<>();
            for (Element element : document.select("[id]")) {
                ids.putIfAbsent(element.id(), element);
            }
        }
        return ids.get(id);
    }

    /** The document position of an element with an id or a link; 0 for any other. */
    int position(Element element) {
        if (order == null) {
            order = new IdentityHashMap<>();
            int position = 0;
            for (Element each : document.getAllElements()) {
                position++;
                if (each.hasAttr("id") || each.hasAttr("href")) {
                    order.put(each, position);
                }
            }
        }
        return order.getOrDefault(element, 0);
    }
}
