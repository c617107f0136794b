package org.archivist.bench.parsing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.archivist.bench.fixtures.Fixtures;
import org.archivist.bench.fixtures.Fixtures.Fixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Builds archive pages of a chosen size out of the ingest-service's own fixtures, so that a 10 MB page has the
 * same mix of posts, footnotes, bylines and chrome as the small pages the parsers are tested on. Deterministic:
 * the same size always gives the same page.
 */
public final class Pages {

    private static final Pattern POST_CLASS = Pattern.compile("(?:^|\\s)post-(\\d+)(?:\\s|$)");
    private static final String FRAME = "archives/twentytwentyone-tag-archive.html";
    private static final String ARTICLE = "articles/yoast-graph-news.html";

    private Pages() {
    }

    /**
     * A plain-text archive page of at least {@code bytes} bytes (UTF-8): the conformance text pages, each with its
     * header, posts and sidebar, one after another as a scraper that saved several archive pages into one file
     * would give them, cycling until the size is reached.
     */
    public static String text(int bytes) {
        List<Fixture> pages = Fixtures.under("text", ".txt");
        StringBuilder page = new StringBuilder(bytes + 8192);
        int size = 0;
        for (int i = 0; size < bytes; i++) {
            String next = pages.get(i % pages.size()).text().strip() + "\n\n";
            page.append(next);
            size += utf8Length(next);
        }
        return page.toString();
    }

    /**
     * An HTML archive page of at least {@code bytes} bytes (UTF-8): a Twenty Twenty-One tag archive (head, menus,
     * sidebar, footer) whose post list holds copies of every post container of the HTML fixtures, in turn, each
     * copy with a post number of its own, as a long archive page saved in one piece would.
     */
    public static String html(int bytes) {
        List<Element> posts = new ArrayList<>();
        Document frame = null;
        for (Fixture fixture : Fixtures.under("html", ".html")) {
            Document document = Jsoup.parse(fixture.text());
            // The markup as the site served it, not re-indented: sizes then add up and the page stays realistic.
            document.outputSettings().prettyPrint(false);
            if (fixture.name().endsWith(FRAME)) {
                frame = document;
            }
            for (Element element : document.body().getAllElements()) {
                if (isPost(element) && !isInsidePost(element) && !element.tagName().equals("li")) {
                    posts.add(element);
                }
            }
        }
        if (frame == null || posts.isEmpty()) {
            throw new IllegalStateException("The HTML fixtures lack " + FRAME + " or post containers");
        }
        List<Element> framePosts = frame.body().getAllElements().stream().filter(Pages::isPost).toList();
        Element list = framePosts.getFirst().parent();
        Element after = framePosts.getLast().nextElementSibling();
        framePosts.forEach(Element::remove);
        int chrome = utf8Length(frame.outerHtml());
        int size = chrome;
        for (int i = 0; size < bytes; i++) {
            Element copy = posts.get(i % posts.size()).clone();
            renumber(copy, 100_000 + i);
            if (after != null) {
                after.before(copy);
            } else {
                list.appendChild(copy);
            }
            size += utf8Length(copy.outerHtml()) + 1;
        }
        return frame.outerHtml();
    }

    /**
     * A single-article HTML page of at least {@code bytes} bytes (UTF-8): a news site's article fixture (head with
     * JSON-LD, menus, share bar, comments) whose body paragraphs repeat until the size is reached, as a very long
     * article would. It goes through single-article extraction, where the listing pages above do not.
     */
    public static String article(int bytes) {
        Fixture fixture = Fixtures.under("html", ".html").stream().filter(f -> f.name().endsWith(ARTICLE)).findFirst()
                .orElseThrow(() -> new IllegalStateException("The HTML fixtures lack " + ARTICLE));
        Document document = Jsoup.parse(fixture.text());
        document.outputSettings().prettyPrint(false);
        Element content = document.selectFirst(".entry-content");
        if (content == null) {
            throw new IllegalStateException(ARTICLE + " has no .entry-content");
        }
        List<Element> paragraphs = content.select("> p").stream().map(Element::clone).toList();
        int size = utf8Length(document.outerHtml());
        for (int i = 0; size < bytes; i++) {
            Element copy = paragraphs.get(i % paragraphs.size()).clone();
            content.appendChild(copy);
            size += utf8Length(copy.outerHtml());
        }
        return document.outerHtml();
    }

    /** The size of a page as it arrives over HTTP. */
    public static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static boolean isPost(Element element) {
        return POST_CLASS.matcher(element.className()).find();
    }

    private static boolean isInsidePost(Element element) {
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            if (isPost(parent)) {
                return true;
            }
        }
        return false;
    }

    private static void renumber(Element post, int number) {
        post.attr("class", POST_CLASS.matcher(post.className()).replaceFirst(" post-" + number + " ").strip());
        if (post.hasAttr("id")) {
            post.attr("id", "post-" + number);
        }
    }
}
