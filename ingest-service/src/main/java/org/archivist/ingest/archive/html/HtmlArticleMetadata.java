package org.archivist.ingest.archive.html;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.parser.Parser;
import org.archivist.ingest.archive.text.BylineParser;

/**
 * The metadata of a single-article page, each field from the most reliable source that has it:
 * JSON-LD, then OpenGraph and {@code article:*} meta tags, then schema.org microdata, then plain
 * {@code <meta>} tags, then the visible markup (h1, {@code <time>}, byline), then the URL. The title is
 * the post's own headline, never the site's name; authors and visible dates come only from the
 * article's own markup ({@link ArticleScope}), never from related posts, comments or sidebars.
 */
record HtmlArticleMetadata(String title, LocalDate publishedAt, List<String> authors, String url,
        List<String> categories, List<String> tags, String language) {

    private static final Pattern TITLE_SEPARATORS = Pattern.compile("\\s+[|–—:·•»-]\\s+|\\s+::\\s+");
    private static final Pattern ENTITY = Pattern.compile("&(?:#\\d{2,6}|#x[0-9a-fA-F]{2,5}|[a-zA-Z]{2,8});");
    private static final List<String> DATE_META = List.of("article:published_time", "article:published",
            "datepublished", "og:published_time", "og:article:published_time", "pubdate", "publishdate",
            "publish-date", "publish_date", "publication_date", "date", "dc.date", "dc.date.issued",
            "dc.date.created", "dcterms.created", "dcterms.issued", "dcterms.date", "sailthru.date",
            "parsely-pub-date", "article.published", "article_date_original", "cxenseparse:recs:publishtime",
            "citation_publication_date", "citation_date", "pdate", "displaydate", "datecreated");
    private static final List<String> MODIFIED_META = List.of("article:modified_time", "article:modified",
            "og:updated_time", "datemodified", "last-modified", "dcterms.modified");
    private static final String BYLINE_SELECTOR = ".byline, [class*=byline], [data-component*=byline], "
            + "[data-testid*=byline], .author-name, .article-author, .by-author, .post-author, .entry-author, "
            + ".author, [class*=author-name], [class*=authorname]";

    static HtmlArticleMetadata read(Document document, List<Element> contentRoots) {
        Map<String, List<String>> meta = metaTags(document);
        JsonLdMetadata jsonLd = JsonLdMetadata.from(document);
        String url = url(document, meta, jsonLd);
        SiteNames site = SiteNames.of(document, meta, jsonLd, url);
        String title = title(document, meta, jsonLd, site);
        Element titleElement = titleElement(document, title, site);
        ArticleScope scope = ArticleScope.of(contentRoots, titleElement);
        List<String> nearTitle = nearTitle(titleElement);
        return new HtmlArticleMetadata(
                title,
                publishedAt(document, meta, jsonLd, scope, nearTitle, url),
                authors(document, meta, jsonLd, scope, nearTitle, site),
                url,
                firstNonEmpty(jsonLd.sections(), meta.getOrDefault("article:section", List.of()),
                        linkTexts(document, "a[rel~=category]")),
                firstNonEmpty(jsonLd.keywords(), meta.getOrDefault("article:tag", List.of()),
                        linkTexts(document, "a[rel=tag]")),
                language(document, meta, jsonLd));
    }

    /** Names in one author string: "By Jane Doe and John Roe" gives both names, "https://…" none. */
    static List<String> splitNames(String value) {
        return AuthorNames.of(value);
    }

    private static String title(Document document, Map<String, List<String>> meta, JsonLdMetadata jsonLd,
            SiteNames site) {
        List<String> headings = document.select("h1").stream().limit(10).map(h1 -> text(h1.text()))
                .filter(text -> !text.isEmpty() && text.length() <= 300 && !site.is(text)).toList();
        String documentTitle = text(document.title());
        String candidate = null;
        for (String value : new String[] {jsonLd.headline(), first(meta, "og:title"),
                itempropValue(document, "headline"), first(meta, "twitter:title")}) {
            String text = site.strip(text(value));
            if (!text.isEmpty() && !site.is(text)) {
                candidate = text;
                break;
            }
        }
        if (candidate == null) {
            candidate = fallbackTitle(headings, site.strip(documentTitle), site);
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
            String text = text(element.text());
            if (!text.isEmpty() && text.length() < candidate.length() && !site.is(text) && confirms(text, candidate)) {
                return text;
            }
        }
        return candidate;
    }

    /** Without a declared headline: the first h1 that is not the site's logo, else the {@code <title>} without the site's name. */
    private static String fallbackTitle(List<String> headings, String documentTitle, SiteNames site) {
        if (!headings.isEmpty()) {
            return headings.getFirst();
        }
        return documentTitle.isEmpty() || site.is(documentTitle) ? null : documentTitle;
    }

    /** Headline-looking elements other than h1, for pages that mark their headline with a class or an h2. */
    private static List<Element> titleLike(Document document) {
        return document.select("h2, h3, [class*=title], [class*=headline], [itemprop=headline]").stream()
                .filter(element -> element.childrenSize() <= 3 && element.textNodes().size() <= 3).limit(60).toList();
    }

    /**
     * The element showing the title on the page, whose neighbours usually hold the dateline and byline;
     * when no element shows the title exactly (og:title and h1 worded differently), the first h1 that is
     * not the site's logo.
     */
    private static Element titleElement(Document document, String title, SiteNames site) {
        if (title == null) {
            return null;
        }
        Elements headings = document.select("h1");
        for (Element h1 : headings) {
            if (title.equals(text(h1.text()))) {
                return h1;
            }
        }
        for (Element element : titleLike(document)) {
            if (title.equals(text(element.text()))) {
                return element;
            }
        }
        return headings.stream().filter(h1 -> !text(h1.text()).isEmpty() && !site.is(text(h1.text()))).findFirst()
                .orElse(null);
    }

    /** Short texts right after the title element: "Posted 9 April 2007 by Geoff Tanner". */
    private static List<String> nearTitle(Element titleElement) {
        Element element = titleElement;
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
            ArticleScope scope, List<String> nearTitle, String url) {
        if (jsonLd.publishedAt() != null) {
            return jsonLd.publishedAt();
        }
        LocalDate fromMeta = metaDate(meta, DATE_META);
        if (fromMeta != null) {
            return fromMeta;
        }
        for (Element element : scope.select(document, "[itemprop~=(?i)^datePublished$], [itemprop~=(?i)datePublished\\s],"
                + " abbr.published[title], time[pubdate], [property=article:published_time]")) {
            LocalDate date = HtmlDates.fromIso(firstNonBlank(element.attr("datetime"), element.attr("content"),
                    element.attr("title")));
            if (date == null) {
                date = HtmlDates.fromText(element.text());
            }
            if (date != null) {
                return date;
            }
        }
        for (Element time : scope.select(document, "time[datetime]")) {
            String classes = HtmlBodyWalker.lower(time.className() + " " + time.parent().className());
            if (!classes.contains("updated") && !classes.contains("modified")) {
                LocalDate date = HtmlDates.fromIso(time.attr("datetime"));
                if (date != null) {
                    return date;
                }
            }
        }
        LocalDate fromUrl = HtmlDates.fromUrl(url);
        if (fromUrl != null) {
            return fromUrl;
        }
        for (String text : nearTitle) {
            LocalDate date = HtmlDates.fromText(text);
            if (date != null) {
                return date;
            }
        }
        for (Element element : scope.select(document, "time, .published, .entry-date, .post-date, .article-date, "
                + ".date, .dateline, .timestamp, .byline, [class*=publish], [class*=posted-on], [class*=post-meta],"
                + " [class*=entry-meta], [class*=article-meta], [class*=story-meta]")) {
            if (element.childrenSize() <= 12) {
                LocalDate date = HtmlDates.fromText(text(element.text()));
                if (date != null) {
                    return date;
                }
            }
        }
        if (jsonLd.modifiedAt() != null) {
            return jsonLd.modifiedAt();
        }
        return metaDate(meta, MODIFIED_META);
    }

    private static LocalDate metaDate(Map<String, List<String>> meta, List<String> keys) {
        for (String key : keys) {
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
        return null;
    }

    private static List<String> authors(Document document, Map<String, List<String>> meta, JsonLdMetadata jsonLd,
            ArticleScope scope, List<String> nearTitle, SiteNames site) {
        List<String> fromJsonLd = notSite(jsonLd.authors(), site);
        if (!fromJsonLd.isEmpty()) {
            if (jsonLd.authorsAreOrganizations()) {
                List<String> people = bylineNames(document, scope, site);
                if (!people.isEmpty()) {
                    return people;
                }
            }
            return fromJsonLd;
        }
        List<String> microdata = new ArrayList<>();
        for (Element author : scope.select(document, "[itemprop~=(?i)^author$]")) {
            Element name = author.selectFirst("[itemprop=name]");
            Element source = name == null ? author : name;
            String value = firstNonBlank(source.attr("content"), source.text());
            microdata.addAll(AuthorNames.of(value));
        }
        microdata = notSite(microdata, site);
        if (!microdata.isEmpty()) {
            return microdata;
        }
        for (String key : List.of("article:author", "author", "dc.creator", "parsely-author", "sailthru.author",
                "citation_author")) {
            List<String> names = notSite(meta.getOrDefault(key, List.of()).stream()
                    .map(value -> "citation_author".equals(key) ? invertSurnameFirst(value) : value)
                    .flatMap(value -> AuthorNames.of(value).stream()).toList(), site);
            if (!names.isEmpty()) {
                return names;
            }
        }
        List<String> byline = bylineNames(document, scope, site);
        if (!byline.isEmpty()) {
            return byline;
        }
        for (String text : nearTitle) {
            List<String> names = List.of();
            if (startsWithBy(text)) {
                names = AuthorNames.of(text);
            } else {
                // a theme's header line: "Posted 9 April 2007 by Geoff Tanner"
                BylineParser.Byline header = BylineParser.header(text);
                if (header != null) {
                    names = header.authors().stream().flatMap(name -> AuthorNames.of(name).stream()).toList();
                }
            }
            names = notSite(names, site);
            if (!names.isEmpty()) {
                return names;
            }
        }
        return List.of();
    }

    /** Names from the article's visible byline: author links, or the first "By …" text inside a byline element. */
    private static List<String> bylineNames(Document document, ArticleScope scope, SiteNames site) {
        List<String> linked = notSite(scope.select(document, "a[rel~=(?i)^author$]").stream()
                .flatMap(link -> AuthorNames.of(link.text()).stream()).toList(), site);
        if (!linked.isEmpty()) {
            return linked;
        }
        for (Element byline : scope.select(document, BYLINE_SELECTOR).stream().limit(20).toList()) {
            String shortest = null;
            for (Element part : byline.getAllElements().stream().limit(50).toList()) {
                String text = HtmlBodyWalker.normalize(part.text());
                if (text.length() <= 100 && startsWithBy(text) && (shortest == null || text.length() < shortest.length())) {
                    shortest = text;
                }
            }
            if (shortest != null) {
                List<String> names = notSite(AuthorNames.of(shortest), site);
                if (!names.isEmpty()) {
                    return names;
                }
            }
            String text = HtmlBodyWalker.normalize(byline.text());
            if (text.length() <= 60 && !byline.hasClass("byline")) {
                List<String> names = notSite(AuthorNames.of(text), site);
                if (!names.isEmpty()) {
                    return names;
                }
            }
        }
        return List.of();
    }

    private static boolean startsWithBy(String text) {
        return !text.equals(AuthorNames.withoutPrefix(text));
    }

    /** The names that are people or outlets other than the site itself ("BBC News" on bbc.com credits no one). */
    private static List<String> notSite(List<String> names, SiteNames site) {
        return names.stream().filter(name -> !site.is(name)).distinct().toList();
    }

    /** "Okonkwo, Adaeze" (citation meta tags put the surname first) as "Adaeze Okonkwo". */
    private static String invertSurnameFirst(String value) {
        String[] parts = value.split(",");
        return parts.length == 2 ? parts[1].strip() + " " + parts[0].strip() : value;
    }

    /** The canonical link, else og:url, else the JSON-LD url: absolute http(s) only, relative ones resolved against og:url. */
    private static String url(Document document, Map<String, List<String>> meta, JsonLdMetadata jsonLd) {
        Element canonical = document.selectFirst("link[rel~=(?i)^canonical$][href]");
        String fromLink = canonical == null ? null : canonical.attr("href").strip();
        String ogUrl = absolute(first(meta, "og:url"), null);
        String base = ogUrl != null ? ogUrl : absolute(jsonLd.url(), null);
        for (String candidate : new String[] {absolute(fromLink, base), ogUrl, absolute(jsonLd.url(), null)}) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }

    private static String absolute(String value, String base) {
        if (value == null || value.isBlank() || value.length() > 2000 || value.chars().anyMatch(Character::isWhitespace)) {
            return null;
        }
        String lower = HtmlBodyWalker.lower(value);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return value.length() > 8 && value.indexOf('.', 8) > 0 ? value : null;
        }
        if (base == null || lower.contains(":") && lower.indexOf(':') < Math.max(lower.indexOf('/'), 1)) {
            return null;
        }
        try {
            String resolved = URI.create(base).resolve(value.startsWith("//") ? "https:" + value : value).toString();
            return resolved.startsWith("http") ? resolved : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The page's declared language: html lang, then Content-Language, og:locale, JSON-LD inLanguage. */
    private static String language(Document document, Map<String, List<String>> meta, JsonLdMetadata jsonLd) {
        Element html = document.selectFirst("html");
        List<String> declared = new ArrayList<>();
        if (html != null) {
            declared.add(html.attr("lang"));
            declared.add(html.attr("xml:lang"));
        }
        Element httpEquiv = document.selectFirst("meta[http-equiv~=(?i)^content-language$][content]");
        declared.add(httpEquiv == null ? null : httpEquiv.attr("content"));
        declared.add(first(meta, "og:locale"));
        declared.add(jsonLd.language());
        declared.add(first(meta, "inlanguage"));
        declared.add(first(meta, "language"));
        declared.add(first(meta, "dc.language"));
        for (String value : declared) {
            String tag = LanguageTags.normalise(value);
            if (tag != null) {
                return tag;
            }
        }
        return null;
    }

    private static Map<String, List<String>> metaTags(Document document) {
        Map<String, List<String>> tags = new LinkedHashMap<>();
        for (Element meta : document.select("meta[content]")) {
            String content = HtmlBodyWalker.normalize(meta.attr("content"));
            String key = firstNonBlank(meta.attr("property"), meta.attr("name"));
            if (content.isEmpty()) {
                continue;
            }
            if (key != null) {
                tags.computeIfAbsent(key.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(content);
            }
            // itemprop may name several properties at once: itemprop="datePublished dateCreated"
            for (String property : meta.attr("itemprop").split("\\s+")) {
                if (!property.isEmpty()) {
                    tags.computeIfAbsent(property.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(content);
                }
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

    /** Normalised text; entities left encoded by a double-escaping CMS ("&amp;#8217;") are decoded once more. */
    private static String text(String value) {
        if (value == null) {
            return "";
        }
        String text = HtmlBodyWalker.normalize(value);
        if (text.indexOf('&') >= 0 && ENTITY.matcher(text).find()) {
            text = HtmlBodyWalker.normalize(Parser.unescapeEntities(text, false));
        }
        return text;
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
