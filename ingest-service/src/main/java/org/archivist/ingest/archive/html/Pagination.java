package org.archivist.ingest.archive.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The next page of a listing: {@code <link rel=next>}, {@code <a rel=next>}, an "Older posts" / "Next page"
 * link, or the page-number link after the current page. Absolute when the page lets relative links be
 * resolved ({@code <base>}, canonical link, {@code og:url}), else as written.
 */
final class Pagination {

    private static final Pattern NEXT_TEXT = Pattern.compile("(?iu)^[«‹←<\\s]*(?:older(?: posts| entries| articles"
            + "| stories| news)?|next(?: page| posts| entries)?|more (?:posts|stories|articles|news)|load more|previous (?:posts|entries)|ältere (?:beiträge"
            + "|einträge|artikel)|nächste seite|weiter|vorherige beiträge|entradas (?:anteriores|antiguas)"
            + "|página siguiente|siguiente|posts (?:mais )?antigos|postagens mais antigas|próxima página|próxima"
            + "|articles (?:plus anciens|précédents)|page suivante|suivant|предыдущие (?:записи|публикации)"
            + "|следующая(?: страница)?|след\\.|старые записи|более старые (?:записи|сообщения)|далее|вперёд|вперед)"
            + "[\\s»›→>]*$");
    /** A page number, after words such as "Current page" or "Page" that screen readers get. */
    private static final Pattern NUMBER = Pattern.compile("(?u)^[\\p{L} ]{0,20}?(\\d{1,5})$");

    /** Numbers that may be the current page; after this many the page is not looked at further. */
    private static final int MAX_CURRENT_CANDIDATES = 40;

    private Pagination() {
    }

    static String nextPage(Document document) {
        Element link = document.selectFirst("link[rel~=(?i)^next$][href]");
        if (link == null) {
            link = document.selectFirst("a[rel~=(?i)^next$][href]");
        }
        if (link == null) {
            link = document.selectFirst("a.blog-pager-older-link[href], a.next.page-numbers[href], .nav-previous a[href]");
        }
        if (link == null) {
            link = byText(document);
        }
        if (link == null) {
            link = afterCurrentNumber(document);
        }
        return link == null ? null : PageUrls.href(link);
    }

    private static Element byText(Document document) {
        for (Element anchor : document.select("a[href]")) {
            String text = HtmlBodyWalker.normalize(anchor.text());
            if (text.isEmpty()) {
                text = HtmlBodyWalker.normalize(anchor.attr("aria-label") + " " + anchor.attr("title"));
            }
            if (!text.isEmpty() && text.length() <= 40 && NEXT_TEXT.matcher(text).matches() && !isAnchor(anchor)) {
                return anchor;
            }
        }
        return null;
    }

    /** Page numbers "1 [2] 3 4": the link whose number follows the current page's. */
    private static Element afterCurrentNumber(Document document) {
        int examined = 0;
        for (Element current : document.select("[aria-current=page], [class*=current], .active, strong, em")) {
            if (current.childrenSize() > 2) {
                continue;
            }
            Matcher number = NUMBER.matcher(HtmlBodyWalker.normalize(current.text()));
            if (!number.matches() || current.selectFirst("a[href]") != null && !"a".equals(current.normalName())) {
                continue;
            }
            if (++examined > MAX_CURRENT_CANDIDATES) {
                return null;
            }
            int next = Integer.parseInt(number.group(1)) + 1;
            Element scope = current.parent();
            for (int level = 0; level < 3 && scope != null; level++, scope = scope.parent()) {
                for (Element anchor : scope.select("a[href]")) {
                    Matcher label = NUMBER.matcher(HtmlBodyWalker.normalize(anchor.text()));
                    if (label.matches() && Integer.parseInt(label.group(1)) == next && !isAnchor(anchor)) {
                        return anchor;
                    }
                }
            }
        }
        return null;
    }

    private static boolean isAnchor(Element anchor) {
        String href = anchor.attr("href").strip();
        return href.startsWith("#") || href.startsWith("javascript:");
    }
}
