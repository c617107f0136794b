package org.archivist.ingest.archive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The metadata of a single-article page, each field from the most reliable source that has it:
 * JSON-LD, then OpenGraph and {@code article:*} meta tags, then schema.org microdata, then plain
 * {@code <meta>} tags, then the visible markup (h1, {@code <time>}, byline).
 */
record HtmlArticleMetadata(String title, LocalDate publishedAt, List<String> authors, String url,
        List<String> categories, List<String> tags) {

    private static final Pattern BY_PREFIX = Pattern.compile(
            "(?iu)^(?:by|von|par|por|door|автор|авторы|текст|written by|words by|reporting by)\\s*:?\\s+");
    private static final Pattern NAME_SEPARATORS = Pattern.compile("(?iu)\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bet\\b"
            + "|\\by\\b|\\bи\\b|\\|)\\s*");
    private static final Pattern BY_NAME = Pattern.compile(
            "(?u)\\b(?:by|By|BY|von|par|por)\\s+(\\p{Lu}[\\p{L}'.-]+(?:\\s+\\p{Lu}[\\p{L}'.-]+){0,3})");
    private static final Pattern TITLE_SEPARATORS = Pattern.compile("\\s+[|–—:·•»-]\\s+|\\s+::\\s+");
    private static final List<String> DATE_META = List.of("article:published_time", "datepublished",
            "og:published_time", "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date",
            "dc.date.issued", "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date",
            "article.published", "cxenseparse:recs:publishtime", "citation_publication_date", "citation_date");

    static HtmlArticleMetadata read(Document document, List<Element> contentRoots) {
        Map<String, List<String>> meta = metaTags(document);
        JsonLdMetadata jsonLd = JsonLdMetadata.from(document);
        String title = title(document, meta, jsonLd);
        List<String> nearTitle = nearTitle(document, title);
        return new HtmlArticleMetadata(
                title,
                publishedAt(document, meta, jsonLd, contentRoots, nearTitle),
                authors(document, meta, jsonLd, nearTitle),
                url(document, meta, jsonLd),
                firstNonEmpty(jsonLd.sections(), meta.getOrDefault("article:section", List.of()),
                        linkTexts(document, "a[rel~=category]")),
                firstNonEmpty(jsonLd.keywords(), meta.getOrDefault("article:tag", List.of()),
                        linkTexts(document, "a[rel=tag]")));
    }

    /** Names in one author string: "By Jane Doe and John Roe" gives both names, "https://…" none. */
    static List<String> splitNames(String value) {
        String text = HtmlBodyWalker.normalize(value == null ? "" : value);
        if (text.isEmpty() || text.startsWith("http") || text.length() > 200) {
            return List.of();
        }
        text = BY_PREFIX.matcher(text).replaceFirst("");
        List<String> names = new ArrayList<>();
        for (String part : NAME_SEPARATORS.split(text)) {
            String name = part.strip();
            if (!name.isEmpty() && name.length() <= 60 && name.chars().anyMatch(Character::isLetter)
                    && HtmlDates.fromText(name) == null && name.split(" ").length <= 6) {
                names.add(name);
            }
        }
        return names.stream().distinct().toList();
    }

    private static String title(Document document, Map<String, List<String>> meta, JsonLdMetadata jsonLd) {
        List<String> headings = document.select("h1").stream().limit(10).map(h1 -> HtmlBodyWalker.normalize(h1.text()))
                .filter(text -> !text.isEmpty() && text.length() <= 300).toList();
        String microdata = itempropValue(document, "headline");
        String candidate = firstNonBlank(jsonLd.headline(), first(meta, "og:title"), microdata,
                first(meta, "twitter:title"));
        if (candidate == null) {
            String fallbackHeading = headings.isEmpty() ? null : headings.getFirst();
            candidate = firstNonBlank(fallbackHeading, HtmlBodyWalker.normalize(document.title()));
        }
        if (candidate == null || candidate.isEmpty()) {
            return null;
        }
        for (String heading : headings) {
            if (confirms(heading, candidate)) {
                return heading;
            }
        }
        for (Element element : titleLike(document)) {
            String text = HtmlBodyWalker.normalize(element.text());
            if (!text.isEmpty() && text.length() < candidate.length() && confirms(text, candidate)) {
                return text;
            }
        }
        return candidate;
    }

    /** Headline-looking elements other than h1, for pages that mark their headline with a class or an h2. */
    private static List<Element> titleLike(Document document) {
        return document.select("h2, h3, [class*=title], [class*=headline], [itemprop=headline]").stream()
                .filter(element -> element.childrenSize() <= 3 && element.textNodes().size() <= 3).limit(60).toList();
    }

    /** The element showing the title on the page, whose neighbours usually hold the dateline and byline. */
    private static Element titleElement(Document document, String title) {
        if (title == null) {
            return null;
        }
        for (Element h1 : document.select("h1")) {
            if (title.equals(HtmlBodyWalker.normalize(h1.text()))) {
                return h1;
            }
        }
        for (Element element : titleLike(document)) {
            if (title.equals(HtmlBodyWalker.normalize(element.text()))) {
                return element;
            }
        }
        return null;
    }

    /** Short texts right after the title element: "Posted 9 April 2007 by Geoff Tanner". */
    private static List<String> nearTitle(Document document, String title) {
        Element element = titleElement(document, title);
        List<String> texts = new ArrayList<>();
        for (int level = 0; level < 2 && element != null; level++) {
            Element sibling = element.nextElementSibling();
            for (int i = 0; i < 3 && sibling != null; i++, sibling = sibling.nextElementSibling()) {
                String text = HtmlBodyWalker.normalize(sibling.text());
                if (!text.isEmpty() && text.length() <= 200) {
                    texts.add(text);
                }
            }
            element = element.parent();
        }
        return texts;
    }

    /** True when the h1 is the candidate title without a site-name part, or the full text of a cut headline. */
    private static boolean confirms(String heading, String candidate) {
        if (heading.equals(candidate)) {
            return true;
        }
        String cut = candidate.endsWith("…") ? candidate.substring(0, candidate.length() - 1).strip()
                : candidate.endsWith("...") ? candidate.substring(0, candidate.length() - 3).strip() : null;
        if (cut != null && cut.length() >= 20 && heading.startsWith(cut)) {
            return true;
        }
        if (candidate.startsWith(heading)) {
            return TITLE_SEPARATORS.matcher(candidate.substring(heading.length())).lookingAt();
        }
        if (candidate.endsWith(heading)) {
            String before = candidate.substring(0, candidate.length() - heading.length());
            return TITLE_SEPARATORS.matcher(before).find() && TITLE_SEPARATORS.matcher(before).results()
                    .anyMatch(match -> match.end() == before.length());
        }
        return false;
    }

    private static LocalDate publishedAt(Document document, Map<String, List<String>> meta, JsonLdMetadata jsonLd,
            List<Element> contentRoots, List<String> nearTitle) {
        if (jsonLd.publishedAt() != null) {
            return jsonLd.publishedAt();
        }
        for (String key : DATE_META) {
            for (String value : meta.getOrDefault(key, List.of())) {
                LocalDate date = HtmlDates.fromIso(value);
                if (date == null) {
                    date = HtmlDates.fromText(value);
                }
                if (date != null) {
                    return date;
                }
            }
        }
        for (Element element : document.select("[itemprop=datePublished], abbr.published[title]")) {
            LocalDate date = HtmlDates.fromIso(firstNonBlank(element.attr("datetime"), element.attr("content"),
                    element.attr("title")));
            if (date == null) {
                date = HtmlDates.fromText(element.text());
            }
            if (date != null) {
                return date;
            }
        }
        List<Element> times = new ArrayList<>();
        for (Element root : contentRoots) {
            Element article = root.closest("article");
            times.addAll((article == null ? root : article).select("time[datetime]"));
        }
        times.addAll(document.select("time[datetime]"));
        for (Element time : times) {
            String classes = time.className().toLowerCase(Locale.ROOT);
            if (!classes.contains("updated") && !classes.contains("modified")) {
                LocalDate date = HtmlDates.fromIso(time.attr("datetime"));
                if (date != null) {
                    return date;
                }
            }
        }
        for (String text : nearTitle) {
            LocalDate date = HtmlDates.fromText(text);
            if (date != null) {
                return date;
            }
        }
        for (Element element : document.select("time, .published, .entry-date, .post-date, .article-date, .date, "
                + ".dateline, .timestamp, .byline")) {
            LocalDate date = HtmlDates.fromText(element.text());
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private static List<String> authors(Document document, Map<String, List<String>> meta, JsonLdMetadata jsonLd,
            List<String> nearTitle) {
        if (!jsonLd.authors().isEmpty()) {
            if (jsonLd.authorsAreOrganizations()) {
                List<String> people = bylineNames(document);
                if (!people.isEmpty()) {
                    return people;
                }
            }
            return jsonLd.authors();
        }
        List<String> microdata = new ArrayList<>();
        for (Element author : document.select("[itemprop=author]")) {
            Element name = author.selectFirst("[itemprop=name]");
            Element source = name == null ? author : name;
            String value = firstNonBlank(source.attr("content"), source.text());
            microdata.addAll(splitNames(value));
        }
        if (!microdata.isEmpty()) {
            return microdata.stream().distinct().toList();
        }
        for (String key : List.of("article:author", "author", "dc.creator", "parsely-author", "sailthru.author",
                "citation_author")) {
            List<String> names = meta.getOrDefault(key, List.of()).stream()
                    .map(value -> "citation_author".equals(key) ? invertSurnameFirst(value) : value)
                    .flatMap(value -> splitNames(value).stream()).distinct().toList();
            if (!names.isEmpty()) {
                return names;
            }
        }
        List<String> byline = bylineNames(document);
        if (!byline.isEmpty()) {
            return byline;
        }
        for (String text : nearTitle) {
            Matcher by = BY_NAME.matcher(text);
            if (by.find()) {
                return splitNames(by.group(1));
            }
        }
        return List.of();
    }

    /** Names from the visible byline: author links, or the first "By …" text inside a byline element. */
    private static List<String> bylineNames(Document document) {
        List<String> linked = document.select("a[rel=author]").stream()
                .flatMap(link -> splitNames(link.text()).stream()).distinct().toList();
        if (!linked.isEmpty()) {
            return linked;
        }
        for (Element byline : document.select(".byline, [class*=byline], [data-component*=byline], "
                + "[data-testid*=byline], .author-name, .article-author, .by-author, .author").stream().limit(20).toList()) {
            String shortest = null;
            for (Element part : byline.getAllElements()) {
                String text = HtmlBodyWalker.normalize(part.text());
                if (text.length() <= 100 && BY_PREFIX.matcher(text).lookingAt()
                        && (shortest == null || text.length() < shortest.length())) {
                    shortest = text;
                }
            }
            if (shortest != null) {
                List<String> names = splitNames(shortest.replaceAll("(?iu)\\s*[|·•—–-]\\s+.*$", ""));
                if (!names.isEmpty()) {
                    return names;
                }
            }
            String text = byline.text();
            if (text.length() <= 60 && !byline.hasClass("byline")) {
                List<String> names = splitNames(text);
                if (!names.isEmpty()) {
                    return names;
                }
            }
        }
        return List.of();
    }

    /** "Okonkwo, Adaeze" (citation meta tags put the surname first) as "Adaeze Okonkwo". */
    private static String invertSurnameFirst(String value) {
        String[] parts = value.split(",");
        return parts.length == 2 ? parts[1].strip() + " " + parts[0].strip() : value;
    }

    private static String url(Document document, Map<String, List<String>> meta, JsonLdMetadata jsonLd) {
        Element canonical = document.selectFirst("link[rel=canonical][href]");
        String fromLink = canonical == null ? null : canonical.attr("href").strip();
        for (String candidate : new String[] {fromLink, first(meta, "og:url"), jsonLd.url()}) {
            if (candidate != null && (candidate.startsWith("http://") || candidate.startsWith("https://"))) {
                return candidate;
            }
        }
        return null;
    }

    private static Map<String, List<String>> metaTags(Document document) {
        Map<String, List<String>> tags = new LinkedHashMap<>();
        for (Element meta : document.select("meta[content]")) {
            String key = firstNonBlank(meta.attr("property"), meta.attr("name"), meta.attr("itemprop"));
            String content = HtmlBodyWalker.normalize(meta.attr("content"));
            if (key != null && !content.isEmpty()) {
                tags.computeIfAbsent(key.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(content);
            }
        }
        return tags;
    }

    private static String itempropValue(Document document, String property) {
        Element element = document.selectFirst("[itemprop=" + property + "]");
        if (element == null) {
            return null;
        }
        return firstNonBlank(element.attr("content"), HtmlBodyWalker.normalize(element.text()));
    }

    private static List<String> linkTexts(Document document, String selector) {
        return document.select(selector).stream().map(link -> HtmlBodyWalker.normalize(link.text()))
                .filter(text -> !text.isEmpty()).distinct().toList();
    }

    private static String first(Map<String, List<String>> meta, String key) {
        List<String> values = meta.get(key);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    @SafeVarargs
    private static List<String> firstNonEmpty(List<String>... lists) {
        for (List<String> list : lists) {
            if (!list.isEmpty()) {
                return list;
            }
        }
        return List.of();
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
