package org.archivist.ingest.archive.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The article described by a page's JSON-LD ({@code NewsArticle}, {@code Article}, {@code BlogPosting}
 * and kin), also when it sits in an {@code @graph} array and names its author by {@code @id}.
 * Also reads the site's own names (publisher, {@code WebSite}) and the language, which pages put on the
 * article or the page node. Real pages carry sloppy JSON (trailing commas, raw newlines in strings), so the reader is lenient;
 * a block that still fails to parse is ignored.
 */
record JsonLdMetadata(String headline, LocalDate publishedAt, LocalDate modifiedAt, List<String> authors,
        boolean authorsAreOrganizations, String url, List<String> sections, List<String> keywords,
        List<String> siteNames, String language) {

    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "blogposting", "report",
            "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle",
            "reviewnewsarticle", "askpublicnewsarticle", "livebloposting", "liveblogposting", "scholarlyarticle",
            "techarticle", "socialmediaposting", "posting");

    private static final int MAX_DEPTH = 12;

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();

    static JsonLdMetadata from(Document document) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : document.select("script[type]")) {
            if (!script.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
                continue;
            }
            try {
                String json = script.data().strip();
                if (json.startsWith("<!--")) {
                    json = json.substring(4, json.lastIndexOf("-->") > 4 ? json.lastIndexOf("-->") : json.length());
                }
                collect(MAPPER.readTree(json), nodes, 0);
            } catch (JacksonException | IllegalArgumentException e) {
                // a broken block says nothing; other blocks and the meta tags still count
            }
        }
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode node : nodes) {
            String id = node.path("@id").asString("");
            if (!id.isEmpty()) {
                byId.putIfAbsent(id, node);
            }
        }
        JsonNode article = nodes.stream().filter(node -> isType(node, ARTICLE_TYPES))
                .filter(node -> !text(node.get("headline")).isEmpty() || !text(node.get("name")).isEmpty())
                .findFirst().orElse(null);
        List<String> siteNames = siteNames(nodes, article, byId);
        String language = language(nodes, article);
        if (article == null) {
            return new JsonLdMetadata(null, null, null, List.of(), false, null, List.of(), List.of(), siteNames,
                    language);
        }
        String headline = text(article.get("headline"));
        LocalDate published = HtmlDates.fromIso(text(article.get("datePublished")));
        if (published == null) {
            published = HtmlDates.fromIso(text(article.get("dateCreated")));
        }
        String url = text(article.get("url"));
        if (url.isEmpty()) {
            JsonNode page = article.get("mainEntityOfPage");
            url = page != null && page.isObject() ? text(page.get("@id")) : text(page);
        }
        return new JsonLdMetadata(headline.isEmpty() ? text(article.get("name")) : headline, published,
                HtmlDates.fromIso(text(article.get("dateModified"))), names(article.get("author"), byId),
                organizationsOnly(article.get("author"), byId), url.isEmpty() ? null : url,
                strings(article.get("articleSection")), strings(article.get("keywords")), siteNames, language);
    }

    /** The site's own names (publisher, WebSite), which a title or an author must not be. */
    private static List<String> siteNames(List<JsonNode> nodes, JsonNode article, Map<String, JsonNode> byId) {
        List<String> names = new ArrayList<>();
        if (article != null) {
            JsonNode publisher = resolve(first(article.get("publisher")), byId);
            if (publisher != null) {
                names.add(text(publisher.get("name")));
                names.add(text(publisher.get("alternateName")));
            }
        }
        for (JsonNode node : nodes) {
            if (isType(node, Set.of("website"))) {
                names.add(text(node.get("name")));
                names.add(text(node.get("alternateName")));
            }
        }
        return names.stream().filter(name -> !name.isEmpty()).distinct().toList();
    }

    /** The article's inLanguage, else the page's or the site's. */
    private static String language(List<JsonNode> nodes, JsonNode article) {
        if (article != null && !text(article.get("inLanguage")).isEmpty()) {
            return text(article.get("inLanguage"));
        }
        for (JsonNode node : nodes) {
            String language = text(node.get("inLanguage"));
            if (!language.isEmpty() && isType(node, Set.of("webpage", "website", "article", "newsarticle",
                    "blogposting"))) {
                return language;
            }
        }
        return null;
    }

    private static void collect(JsonNode node, List<JsonNode> into, int depth) {
        if (node == null || depth > MAX_DEPTH) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode item : node.values()) {
                collect(item, into, depth + 1);
            }
        } else if (node.isObject()) {
            into.add(node);
            collect(node.get("@graph"), into, depth + 1);
            JsonNode main = node.get("mainEntity");
            if (main != null && main.isObject()) {
                collect(main, into, depth + 1);
            }
        }
    }

    private static boolean isType(JsonNode node, Set<String> types) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode each : type.values()) {
                if (types.contains(HtmlBodyWalker.lower(text(each)))) {
                    return true;
                }
            }
            return false;
        }
        return types.contains(HtmlBodyWalker.lower(text(type)));
    }

    /** A node named by {@code @id} only, looked up in the page's other nodes. */
    private static JsonNode resolve(JsonNode node, Map<String, JsonNode> byId) {
        if (node == null || !node.isObject()) {
            return null;
        }
        if (text(node.get("name")).isEmpty() && byId.containsKey(text(node.get("@id")))) {
            return byId.get(text(node.get("@id")));
        }
        return node;
    }

    private static JsonNode first(JsonNode node) {
        return node != null && node.isArray() ? (node.isEmpty() ? null : node.get(0)) : node;
    }

    private static List<String> names(JsonNode author, Map<String, JsonNode> byId) {
        List<String> names = new ArrayList<>();
        if (author == null) {
            return names;
        }
        List<JsonNode> entries = author.isArray() ? List.copyOf(author.values()) : List.of(author);
        for (JsonNode entry : entries) {
            if (entry.isString()) {
                names.addAll(AuthorNames.of(entry.asString()));
                continue;
            }
            JsonNode person = resolve(entry, byId);
            if (person == null) {
                continue;
            }
            String name = text(person.get("name"));
            if (name.isEmpty()) {
                name = (text(person.get("givenName")) + " " + text(person.get("familyName"))).strip();
            }
            names.addAll(AuthorNames.of(name));
        }
        return names.stream().distinct().toList();
    }

    /** True when every author is typed as an organisation (a newsroom byline stands in for the writer). */
    private static boolean organizationsOnly(JsonNode author, Map<String, JsonNode> byId) {
        if (author == null) {
            return false;
        }
        List<JsonNode> entries = author.isArray() ? List.copyOf(author.values()) : List.of(author);
        return !entries.isEmpty() && entries.stream().map(entry -> resolve(entry, byId)).allMatch(entry -> entry != null
                && HtmlBodyWalker.lower(text(entry.get("@type"))).contains("organization"));
    }

    private static List<String> strings(JsonNode node) {
        if (node == null) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        if (node.isArray()) {
            node.values().forEach(item -> values.add(text(item)));
        } else {
            for (String part : text(node).split(",")) {
                values.add(part);
            }
        }
        return values.stream().map(HtmlBodyWalker::normalize).filter(value -> !value.isEmpty()).distinct().toList();
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return "";
        }
        if (node.isArray()) {
            return node.isEmpty() ? "" : text(node.get(0));
        }
        if (node.isObject()) {
            return "";
        }
        return HtmlBodyWalker.normalize(node.asString(""));
    }
}
