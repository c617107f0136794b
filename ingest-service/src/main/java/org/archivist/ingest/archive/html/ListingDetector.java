package org.archivist.ingest.archive.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the posts of a listing page (blog front page, archive, news section, teaser list) from any
 * template, or decides that the page is one article. Candidate record sets come from three sources:
 * explicit markup (h-entry, schema.org {@code BlogPosting}/{@code Article} items, {@code <article>},
 * Blogger and WordPress post containers), sibling sub-trees of the same shape, each with a title and
 * its own text (the data-record idea of MDR/DEPTA), and same-level headings that cut one container
 * into dated sections. The set holding most text wins, a finer set of the same posts beats a coarser
 * one, and a guard keeps single articles whole: comments, related rails and teasers around one
 * dominant article body are not posts.
 *
 * <p>All measurements come from one post-order pass plus {@link HtmlTextStats}, so the cost is linear in
 * the size of the page.
 */
final class ListingDetector {

    /**
     * One post: its container (null for a heading section), the elements holding its text, and its
     * title element (a heading or a link; null when it has none).
     */
    record PostRecord(Element container, List<Element> elements, Element title, boolean explicit) {
    }

    /** The posts of a listing page, in page order. */
    record Listing(List<PostRecord> records) {
    }

    static final Pattern WORDPRESS_POST = Pattern.compile("(?:^|\\s)(?:post-\\d+|type-post|wp-block-post)(?:\\s|$)");
    private static final Pattern SCHEMA_POST = Pattern.compile(
            "(?i)schema\\.org/(?:BlogPosting|Article|NewsArticle|Posting|SocialMediaPosting|Report|OpinionNewsArticle"
                    + "|AnalysisNewsArticle|ReportageNewsArticle|TechArticle)\\b");
    private static final Pattern HEADING = Pattern.compile("h[1-6]");
    private static final Set<String> INLINE_TAGS = Set.of("strong", "b", "em", "i", "span", "u", "font", "small", "mark");
    private static final Pattern POST_ID = Pattern.compile("(?:^|\\s)post-(\\d+)(?:\\s|$)");
    /** Text a record may show before its title (a kicker, a date line, a category label). */
    private static final int MAX_TEXT_BEFORE_TITLE = 150;
    /** Tags that hold a post on a listing; paragraphs and inline elements never do. */
    private static final Set<String> RECORD_TAGS = Set.of("div", "article", "section", "li", "tr", "dd", "header",
            "main");
    private static final Pattern BYLINE_TEXT = Pattern.compile(
            "(?iu)^(?:by|von|par|por|door|di|автор|авторы|posted by|written by|geschrieben von|publicado por|escrito por)"
                    + "\\b[:\\s].{1,100}$");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern OG_ARTICLE = Pattern.compile("(?i)^article$");

    /** Below this many characters of its own text (title aside), a record needs a date to count. */
    private static final int MIN_OWN_TEXT = 40;
    /** A finer record set replaces a coarser one when it keeps this share of its text. */
    private static final double FINER_SHARE = 0.8;
    /** A chrome-named element holding more than this share of the page's text is a wrapper, not chrome. */
    private static final double WRAPPER_SHARE = 0.6;
    /** The records must hold this share of the page's content text. */
    private static final double MIN_COVERAGE = 0.35;

    /** Per-element facts, propagated bottom-up. */
    private static final class Info {
        /** Characters of text before this element in the page. */
        int start;
        /** Characters of text in this element outside chrome, link text included (cards often sit inside a link). */
        int visible;
        Element heading;
        Element link;
        boolean date;
        boolean byline;
    }

    private final Document document;
    private final HtmlTextStats stats;
    private final Map<Element, Info> infos = new IdentityHashMap<>();
    private final Map<String, List<Element>> explicit = new LinkedHashMap<>();
    private final List<List<PostRecord>> candidates = new ArrayList<>();
    /** Explicitly marked posts (not bare {@code <article>}s) that are inside no other. */
    private final List<Element> topExplicit = new ArrayList<>();
    /** Text outside chrome: what a reader of the page reads. */
    private int pageVisible;

    private ListingDetector(Document document, HtmlTextStats stats) {
        this.document = document;
        this.stats = stats;
    }

    /** The listing on this page, or null when the page is (at most) one article. */
    static Listing detect(Document document, HtmlTextStats stats) {
        Element body = document.body();
        if (body == null) {
            return null;
        }
        ListingDetector detector = new ListingDetector(document, stats);
        detector.measure(body);
        List<PostRecord> best = detector.best();
        if (best != null && detector.isListing(best)) {
            return new Listing(best);
        }
        if (detector.topExplicit.size() == 1 && ArchiveHeader.looksLikeArchive(document)) {
            // an archive page with one post is still an archive
            PostRecord only = detector.record(detector.topExplicit.getFirst(), true);
            return only == null ? null : new Listing(List.of(only));
        }
        return null;
    }

    /**
     * Chrome by {@link HtmlChrome}, unless it holds most of the page: themes put words such as "sidebar" or
     * "footer-widgets" on the wrappers of the whole content ({@code content-sidebar-wrap}).
     */
    private boolean isChrome(Element element) {
        return stats.of(element).chrome && stats.of(element).text <= WRAPPER_SHARE * stats.of(document.body()).text;
    }

    /** The kind of explicit post markup an element carries, or null. */
    private static String explicitKind(Element element) {
        String classes = element.className();
        if (!classes.isEmpty()) {
            if (WORDPRESS_POST.matcher(classes).find()) {
                return "wordpress";
            }
            if (element.hasClass("h-entry") || element.hasClass("hentry")) {
                return "h-entry";
            }
            if (element.hasClass("post-outer")) {
                return "blogger";
            }
        }
        String type = element.attr("itemtype");
        if (!type.isEmpty() && SCHEMA_POST.matcher(type).find()) {
            return "schema";
        }
        return null;
    }

    private void measure(Element body) {
        Deque<Element> chromeOpen = new ArrayDeque<>();
        Map<String, Integer> kindDepth = new LinkedHashMap<>();
        Deque<String> kinds = new ArrayDeque<>();
        int[] explicitOpen = {0};
        int[] seen = {0};
        int[] linkDepth = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element element) {
                    Info created = new Info();
                    created.start = seen[0];
                    infos.put(element, created);
                    if ("a".equals(element.normalName())) {
                        linkDepth[0]++;
                    }
                    if (isChrome(element) && element != body) {
                        chromeOpen.push(element);
                    }
                    String kind = chromeOpen.isEmpty() ? explicitKind(element) : null;
                    if (kind == null && chromeOpen.isEmpty() && "article".equals(element.normalName())) {
                        kind = "article";
                    }
                    kinds.push(kind == null ? "" : kind);
                    if (kind != null && !"article".equals(kind) && explicitOpen[0]++ == 0) {
                        topExplicit.add(element);
                    }
                    if (kind != null) {
                        int level = kindDepth.merge(kind, 1, Integer::sum) - 1;
                        explicit.computeIfAbsent(kind + ":" + level, key -> new ArrayList<>()).add(element);
                    }
                } else if (node instanceof TextNode text && node.parent() instanceof Element parent) {
                    String value = text.getWholeText();
                    int length = HtmlTextStats.nonWhitespace(value);
                    seen[0] += length;
                    if (chromeOpen.isEmpty()) {
                        pageVisible += length;
                        Info info = infos.get(parent);
                        if (info != null) {
                            info.visible += length;
                        }
                    }
                    if (value.length() <= 160 && !text.isBlank()) {
                        Info info = infos.get(parent);
                        if (info != null) {
                            String line = HtmlBodyWalker.normalize(value);
                            info.date |= HtmlDates.fromText(line) != null;
                            info.byline |= BYLINE_TEXT.matcher(line).matches();
                        }
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element element)) {
                    return;
                }
                if ("a".equals(element.normalName())) {
                    linkDepth[0]--;
                }
                String kind = kinds.pop();
                if (!kind.isEmpty()) {
                    kindDepth.merge(kind, -1, Integer::sum);
                    if (!"article".equals(kind)) {
                        explicitOpen[0]--;
                    }
                }
                Info info = infos.get(element);
                String tag = element.normalName();
                boolean chrome = !chromeOpen.isEmpty() && chromeOpen.peek() == element;
                if ("time".equals(tag) || element.hasAttr("datetime") || "datePublished".equals(element.attr("itemprop"))
                        || element.hasClass("dt-published")) {
                    info.date = true;
                }
                if (element.hasClass("p-author") || "author".equals(element.attr("itemprop"))
                        || "author".equals(element.attr("rel"))) {
                    info.byline = true;
                }
                if (!chrome && chromeOpen.isEmpty()) {
                    if (HEADING.matcher(tag).matches() && info.heading == null) {
                        int length = stats.of(element).text;
                        if (length >= 3 && length <= 300) {
                            info.heading = element;
                        }
                    }
                    if ("a".equals(tag) && isTitleLink(element)) {
                        info.link = element;
                    }
                    findGroups(element);
                }
                Element parent = element.parent();
                Info up = parent == null ? null : infos.get(parent);
                if (up != null) {
                    if (!chrome) {
                        up.visible += info.visible;
                    }
                    up.date |= info.date;
                    up.byline |= info.byline;
                    if (!chrome && chromeOpen.isEmpty()) {
                        if (up.heading == null) {
                            up.heading = info.heading;
                        }
                        if (up.link == null) {
                            up.link = info.link;
                        }
                    }
                }
                if (chrome) {
                    chromeOpen.pop();
                }
            }
        }, body);
        for (List<Element> group : explicit.values()) {
            if (group.size() >= 2 && distinctPostIds(group)) {
                List<PostRecord> records = new ArrayList<>();
                for (Element element : group) {
                    PostRecord record = record(element, true);
                    if (record != null) {
                        records.add(record);
                    }
                }
                addCandidate(records, group.size());
            }
        }
    }

    /** False when two containers carry one WordPress post id: one post shown twice (a "you may like" box). */
    private static boolean distinctPostIds(List<Element> group) {
        Set<String> ids = new HashSet<>();
        for (Element element : group) {
            Matcher id = POST_ID.matcher(element.className());
            if (id.find() && !ids.add(id.group(1))) {
                return false;
            }
        }
        return true;
    }

    /** A link that can stand for a post's title: a few words, not "Read more", not an in-page anchor. */
    private boolean isTitleLink(Element link) {
        String href = link.attr("href").strip();
        if (href.isEmpty() || href.startsWith("#") || href.startsWith("javascript:") || href.startsWith("mailto:")) {
            return false;
        }
        int length = stats.of(link).text;
        if (length < 12 || length > 300) {
            return false;
        }
        // a link inside running text is a citation, not a title
        Element parent = link.parent();
        for (int level = 0; level < 3 && parent != null; level++, parent = parent.parent()) {
            if (stats.of(parent).directText * 2 > length) {
                return false;
            }
            if (!INLINE_TAGS.contains(parent.normalName())) {
                break;
            }
        }
        String text = HtmlBodyWalker.normalize(link.text());
        return text.indexOf(' ') > 0 && !Teasers.isTeaserLink(text) && !"tag".equals(link.attr("rel"))
                && !link.attr("rel").contains("category");
    }

    /** Groups among the children of one element: same-shape siblings, and heading sections. */
    private void findGroups(Element parent) {
        if (parent.childrenSize() < 2) {
            return;
        }
        Map<String, List<Element>> shapes = new LinkedHashMap<>();
        Map<String, Integer> headingLevels = new LinkedHashMap<>();
        for (Element child : parent.children()) {
            if (isChrome(child)) {
                continue;
            }
            String tag = child.normalName();
            if (HEADING.matcher(tag).matches()) {
                headingLevels.merge(tag, 1, Integer::sum);
            } else if (RECORD_TAGS.contains(tag)) {
                shapes.computeIfAbsent(signature(child), key -> new ArrayList<>()).add(child);
            }
        }
        for (List<Element> siblings : shapes.values()) {
            if (siblings.size() >= 2) {
                List<PostRecord> records = new ArrayList<>();
                for (Element sibling : siblings) {
                    PostRecord record = record(sibling, false);
                    if (record != null) {
                        records.add(record);
                    }
                }
                addCandidate(records, siblings.size());
            }
        }
        for (Map.Entry<String, Integer> level : headingLevels.entrySet()) {
            if (level.getValue() >= 2) {
                sections(parent, level.getKey());
            }
        }
    }

    /** A record set counts when at least two members qualify and they are most of the group. */
    private void addCandidate(List<PostRecord> records, int groupSize) {
        if (records.size() >= 2 && records.size() * 10 >= groupSize * 6) {
            candidates.add(records);
        }
    }

    /** Tag and first class, with digits dropped, so that {@code post-12} and {@code post-13} have one shape. */
    private static String signature(Element element) {
        String classes = element.className().strip();
        String first = classes.isEmpty() ? "" : classes.split("\\s+")[0].toLowerCase(Locale.ROOT);
        return element.normalName() + "." + DIGITS.matcher(first).replaceAll("#");
    }

    private PostRecord record(Element element, boolean explicitMarkup) {
        Info info = infos.get(element);
        if (info == null || isChrome(element)) {
            return null;
        }
        Element title = info.heading != null ? info.heading : info.link;
        if (title == null) {
            return null;
        }
        Info titleInfo = infos.get(title);
        if (titleInfo == null || titleInfo.start - info.start > MAX_TEXT_BEFORE_TITLE) {
            return null; // a post starts with its title; a heading deep inside is a section or a related link
        }
        int own = stats.of(element).content - stats.of(title).content;
        boolean permalink = info.heading == null || titleLink(info.heading, element) != null;
        // a post titled by a bare link (no heading) needs more than the link: markup, a date or a byline
        boolean signal = explicitMarkup || info.date || info.byline || permalink && info.heading != null;
        if (!signal || own < MIN_OWN_TEXT && !(info.date && permalink)) {
            return null;
        }
        return new PostRecord(element, List.of(element), title, explicitMarkup);
    }

    /** The link of a title heading: inside it, or around it (a few levels up, never above {@code record}). */
    static Element titleLink(Element heading, Element record) {
        if (heading == null) {
            return null;
        }
        if ("a".equals(heading.normalName())) {
            return heading;
        }
        Element inside = heading.selectFirst("a[href]");
        if (inside != null) {
            return inside;
        }
        Element current = heading.parent();
        for (int level = 0; level < 4 && current != null && current != record; level++, current = current.parent()) {
            if ("a".equals(current.normalName()) && current.hasAttr("href")) {
                return current;
            }
        }
        return null;
    }

    /** Sections of {@code parent} that start at each heading of one level: title, then date or byline, then text. */
    private void sections(Element parent, String level) {
        List<PostRecord> records = new ArrayList<>();
        int sectionCount = 0;
        Element heading = null;
        List<Element> members = new ArrayList<>();
        for (Element child : parent.children()) {
            String tag = child.normalName();
            boolean boundary = HEADING.matcher(tag).matches() && tag.compareTo(level) <= 0;
            if (boundary) {
                if (heading != null) {
                    sectionCount++;
                    addSection(records, heading, members);
                }
                heading = tag.equals(level) ? child : null;
                members = new ArrayList<>();
            } else if (heading != null && !isChrome(child)) {
                members.add(child);
            }
        }
        if (heading != null) {
            sectionCount++;
            addSection(records, heading, members);
        }
        addCandidate(records, sectionCount);
    }

    private void addSection(List<PostRecord> records, Element heading, List<Element> members) {
        if (members.isEmpty() || stats.of(heading).text > 300) {
            return;
        }
        boolean dated = false;
        int own = 0;
        for (int i = 0; i < members.size(); i++) {
            Info info = infos.get(members.get(i));
            if (i < 3 && info != null && (info.date || info.byline)) {
                dated = true;
            }
            own += stats.of(members.get(i)).content;
        }
        if (dated && own >= MIN_OWN_TEXT) {
            List<Element> elements = new ArrayList<>();
            elements.add(heading);
            elements.addAll(members);
            records.add(new PostRecord(null, List.copyOf(elements), heading, false));
        }
    }

    /**
     * The candidate set holding most text; a set of smaller records inside it that keeps most of that
     * text wins (Blogger's day groups hold posts, and a day may have two).
     */
    private List<PostRecord> best() {
        List<PostRecord> best = null;
        int bestSize = 0;
        for (List<PostRecord> records : candidates) {
            int size = size(records);
            if (size > bestSize || size == bestSize && best != null && records.size() > best.size()) {
                best = records;
                bestSize = size;
            }
        }
        if (best == null) {
            return null;
        }
        List<PostRecord> finer = best;
        for (List<PostRecord> records : candidates) {
            if (records.size() > finer.size() && size(records) >= FINER_SHARE * bestSize && inside(records, best)) {
                finer = records;
            }
        }
        return finer;
    }

    /** True when every record of {@code inner} lies inside some record of {@code outer}; one walk up per record. */
    private static boolean inside(List<PostRecord> inner, List<PostRecord> outer) {
        Set<Element> containers = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PostRecord record : outer) {
            if (record.container() != null) {
                containers.add(record.container());
            }
        }
        for (PostRecord record : inner) {
            boolean found = false;
            for (Element current = record.elements().getFirst().parent(); current != null && !found;
                    current = current.parent()) {
                found = containers.contains(current);
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static boolean isInside(Element element, Element ancestor) {
        for (Element current = element; current != null; current = current.parent()) {
            if (current == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The text a record set shows, links included. */
    private int size(List<PostRecord> records) {
        int size = 0;
        for (PostRecord record : records) {
            for (Element element : record.elements()) {
                size += infos.get(element).visible;
            }
        }
        return size;
    }

    private int content(PostRecord record) {
        int size = 0;
        for (Element element : record.elements()) {
            size += stats.of(element).content;
        }
        return size;
    }

    /**
     * The guard that keeps one article whole: the records must hold a fair share of the page's text,
     * none may be the page itself (its permalink is the canonical URL), and no single record may dominate
     * the others (an article body followed by short teasers or comments).
     */
    private boolean isListing(List<PostRecord> records) {
        if (size(records) < MIN_COVERAGE * pageVisible) {
            return false;
        }
        Element main = document.selectFirst("main, [role=main]");
        if (main != null && records.stream().anyMatch(record -> !isInside(record.elements().getFirst(), main))) {
            return false;
        }
        String canonical = PageUrls.canonical(document);
        if (canonical != null) {
            for (PostRecord record : records) {
                Element link = titleLink(record.title(), record.container());
                if (link != null && PageUrls.sameAddress(link.absUrl("href"), canonical)) {
                    return false;
                }
            }
        }
        List<Integer> sizes = records.stream().map(this::content).sorted().toList();
        int largest = sizes.getLast();
        int second = sizes.get(sizes.size() - 2);
        int total = sizes.stream().mapToInt(Integer::intValue).sum();
        boolean articlePage = isArticlePage();
        double dominant = articlePage ? 0.5 : 0.7;
        return !(largest >= dominant * total && second < 0.25 * largest);
    }

    /** The page says it is one article (OpenGraph type, or WordPress's body class for single posts). */
    private boolean isArticlePage() {
        Element type = document.selectFirst("meta[property=og:type]");
        if (type != null && OG_ARTICLE.matcher(type.attr("content").strip()).matches()) {
            return true;
        }
        Element body = document.body();
        return body.hasClass("single") || body.hasClass("single-post");
    }
}
