package org.archivist.ingest.archive.html;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The names a site calls itself ({@code og:site_name}, the JSON-LD publisher and {@code WebSite}, the
 * logo or site-title text, the host name), so a title or an author that is only the site's name can be
 * told apart from the post's own. Names compare by their letters and digits alone, so "SpaceNews.com",
 * "spacenews" and "Space News" are one name.
 */
final class SiteNames {

    /** A title's site part after or before a separator: "Post title | Site", "Site: Post title". */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|–—·•»:-]\\s+|\\s+::\\s+|\\s*\\|\\s*|:\\s+");
    private static final Pattern DOMAIN_SUFFIX = Pattern.compile(
            "(?i)\\.(?:com|org|net|info|biz|co|io|news|ru|de|fr|es|it|br|in|uk|au|ca|kr|jp)(?:\\.[a-z]{2})?$");
    private static final Set<String> GENERIC_HOST_LABELS = Set.of("www", "blog", "blogs", "news", "amp", "m",
            "mobile", "hosted", "web");
    private static final String LOGO_SELECTOR = ".site-title, .site-name, #site-title, #site-name, "
            + ".logo, #logo, .navbar-brand, .site-branding, [class*=site-title], [class*=site-name], a[rel=home], "
            + "a[href=/] h1, h1 a[href=/]";

    private final Set<String> keys = new LinkedHashSet<>();

    private SiteNames() {
    }

    static SiteNames of(Document document, Map<String, List<String>> meta, JsonLdMetadata jsonLd, String url) {
        SiteNames names = new SiteNames();
        // application-name and app-link tags are left out: some sites put the headline there
        for (String key : List.of("og:site_name", "twitter:site")) {
            meta.getOrDefault(key, List.of()).forEach(names::add);
        }
        jsonLd.siteNames().forEach(names::add);
        for (Element logo : document.select(LOGO_SELECTOR).stream().limit(8).toList()) {
            String text = HtmlBodyWalker.normalize(logo.text());
            if (text.length() <= 60) {
                names.add(text);
            }
            Element image = logo.selectFirst("img[alt]");
            if (image != null) {
                names.add(image.attr("alt"));
            }
        }
        names.addHost(url);
        return names;
    }

    /** Names given directly, for callers that know them (and tests). */
    static SiteNames of(String... names) {
        SiteNames site = new SiteNames();
        for (String name : names) {
            site.add(name);
        }
        return site;
    }

    /** Whether the text is nothing but one of the site's names. */
    boolean is(String text) {
        String key = key(text);
        return !key.isEmpty() && keys.contains(key);
    }

    /**
     * The title without a site-name part at its end or start ("Post | Site", "Site: Post"); the title as
     * it was when neither end is a site name, so a headline with a dash or colon of its own stays whole.
     */
    String strip(String title) {
        if (title == null) {
            return null;
        }
        String result = title;
        for (int pass = 0; pass < 2; pass++) {
            String before = result;
            Matcher separator = SEPARATOR.matcher(result);
            int lastStart = -1;
            int lastEnd = -1;
            int firstStart = -1;
            int firstEnd = -1;
            while (separator.find()) {
                if (firstStart < 0) {
                    firstStart = separator.start();
                    firstEnd = separator.end();
                }
                lastStart = separator.start();
                lastEnd = separator.end();
            }
            if (lastStart > 0 && is(result.substring(lastEnd)) && !result.substring(0, lastStart).isBlank()) {
                result = result.substring(0, lastStart).strip();
            } else if (firstStart > 0 && is(result.substring(0, firstStart))
                    && !result.substring(firstEnd).isBlank()) {
                result = result.substring(firstEnd).strip();
            }
            if (result.equals(before)) {
                break;
            }
        }
        return result;
    }

    private void add(String name) {
        if (name == null) {
            return;
        }
        String text = HtmlBodyWalker.normalize(name);
        if (text.startsWith("@")) {
            text = text.substring(1);
        }
        String key = key(text);
        if (key.length() >= 2) {
            keys.add(key);
        }
    }

    /** The host's distinctive labels: "blog.givewell.org" gives "givewell", "spacenews.com" "spacenews". */
    private void addHost(String url) {
        if (url == null) {
            return;
        }
        String host;
        try {
            host = URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return;
        }
        if (host == null) {
            return;
        }
        String[] labels = DOMAIN_SUFFIX.matcher(host.toLowerCase(Locale.ROOT)).replaceFirst("").split("\\.");
        for (String label : labels) {
            if (label.length() >= 4 && !GENERIC_HOST_LABELS.contains(label)) {
                add(label);
            }
        }
    }

    private static String key(String text) {
        if (text == null) {
            return "";
        }
        String lower = DOMAIN_SUFFIX.matcher(HtmlBodyWalker.normalize(text).toLowerCase(Locale.ROOT)).replaceFirst("");
        StringBuilder key = new StringBuilder(lower.length());
        lower.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
        return key.toString();
    }
}
