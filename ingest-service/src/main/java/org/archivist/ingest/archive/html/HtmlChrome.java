package org.archivist.ingest.archive.html;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * Recognises page chrome: elements that are never article text (menus, share bars, related lists,
 * comments, cookie banners, newsletter boxes, ads, bylines) by tag, ARIA role and class or id words.
 * Only the element's own attributes are looked at, so a check costs the same at any depth.
 */
final class HtmlChrome {

    /** Tags whose content is never article text wherever they appear below the content root. */
    private static final Set<String> DROPPED_TAGS = Set.of("script", "style", "noscript", "template", "iframe",
            "svg", "canvas", "nav", "aside", "footer", "button", "input", "select", "option", "textarea",
            "label", "dialog", "object", "embed", "map", "head", "link", "meta", "title", "menu", "math");

    private static final Set<String> CHROME_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "search", "dialog", "alertdialog", "menu", "menubar", "toolbar", "tablist");

    /** Whole words of class and id values that mark chrome ({@link ClassWords} says what "whole" means). */
    private static final ClassWords NEGATIVE = new ClassWords(List.of(
            "nav", "navbar", "navigation", "menu", "menus", "breadcrumb", "breadcrumbs", "skip-link", "site-header",
            "site-footer", "masthead", "header-bar", "footer", "toolbar", "logo", "site-title", "site-name", "brand",
            "search", "searchform",
            "share", "shares", "sharing", "sharebar", "share-bar", "social", "social-links", "sharedaddy", "addthis",
            "follow-us",
            "related", "related-posts", "related-articles", "recommended", "recommendations", "recirc", "more-stories",
            "read-next", "most-read", "most-popular", "popular", "trending", "also-read", "read-more", "more-link",
            "next-post", "prev-post", "pagination", "post-navigation", "nav-links", "jump-link", "toc",
            // "commentary" is an opinion column, not a comment section: whole words only
            "comment", "comments", "comment-list", "comment-respond", "commentlist", "disqus", "respond", "replies",
            "cookie", "cookies", "cookie-banner", "consent", "gdpr", "cmp",
            "newsletter", "subscribe", "subscription", "signup", "sign-up", "paywall", "register-wall", "promo",
            "promoted", "promotion",
            "advert", "adverts", "advertisement", "ad", "ads", "adslot", "ad-slot", "adunit", "dfp", "banner",
            "sponsored", "sponsor", "outbrain", "taboola", "publi", "publicidad", "werbung", "anzeige", "reklama",
            "publicite",
            "sidebar", "aside", "widget", "widgets", "widget-area", "popup", "modal", "overlay",
            // An embedded tweet (blockquote.twitter-tweet) is text the article quotes, and stays.
            "instagram-media", "tiktok-embed", "embed",
            "tags", "tag-list", "tag-links", "tags-links", "cat-links", "entry-categories", "entry-tags", "post-tags",
            "topics-list",
            "byline", "bylines", "author-bio", "author-box", "about-author", "meta", "entry-meta", "post-meta",
            "article-meta", "entry-utility", "entry-footer", "dateline", "timestamp", "publish-date", "print",
            "screen-reader-text", "sr-only", "visually-hidden",
            "pullquote", "pull-quote", "caption", "wp-caption", "credit", "credits"));

    /** Headings that introduce related-content lists rather than the article's own sections. */
    private static final Pattern RELATED_HEADING = Pattern.compile("(?iu)^(?:related(?: \\w+)?|more (?:on|from|in) .{0,60}"
            + "|more stories|most (?:read|popular|viewed)|trending|recommended(?: for you)?|you (?:may|might) also like.{0,30}"
            + "|see also|also read|read (?:more|next)|читайте также|по теме|новости по теме|популярное|lire aussi"
            + "|sur le même sujet|à lire aussi|noticias relacionadas|lo más leído|te puede interesar|mehr zum thema"
            + "|das könnte sie auch interessieren|weitere artikel|leia (?:também|mais)|veja (?:também|mais)"
            + "|(?:posts|artigos|notícias|matérias) relacionad[oa]s|(?:você|voce) (?:também )?pode gostar.{0,10}"
            + "|potrebbe interessarti.{0,10}|articoli correlati|leggi anche|gerelateerde artikelen|lees ook)\\s*[:.…]*$");
    private static final Set<String> SECTION_HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");

    /** The part of {@link #NEGATIVE} that {@link Level#STRUCTURE} keeps: comments and related-content lists. */
    private static final ClassWords DISCUSSION = new ClassWords(List.of(
            "comment", "comments", "comment-list", "comment-respond", "commentlist", "disqus", "respond", "replies",
            "related", "related-posts", "related-articles", "recommended", "recommendations", "more-stories",
            "read-next"));

    /** Class words that mark the article body itself; they win over a negative word on the same element. */
    private static final ClassWords BODY = new ClassWords(List.of("article-body", "articlebody", "article-content",
            "article-text", "entry-content", "post-content", "post-body", "story-body", "story-content", "body-text",
            "rich-text"));

    private HtmlChrome() {
    }

    /**
     * How much to trust a page's class and id names. Pages whose builders name every layout box "widget" or
     * "overlay" lose their body under {@link #CLASS_WORDS}; the extractor then retries with {@link #STRUCTURE}
     * alone, as Readability retries without its "unlikely candidate" rule.
     */
    enum Level {
        /** Tags, ARIA roles, hidden elements, and class or id words. */
        CLASS_WORDS,
        /**
         * Tags, ARIA roles, hidden elements, and only the class or id words of comment sections and related-content
         * lists: the blocks that can hold more running text than a short article itself.
         */
        STRUCTURE
    }

    /** What an element is to the extractor. */
    enum Kind {
        CONTENT,
        /** Chrome by a class or id word only: too often a layout wrapper for its descendants to be chrome too. */
        CHROME,
        /** Chrome by tag, role, visibility, a related-content heading, or a comment or related section's name. */
        CHROME_WITH_DESCENDANTS
    }

    /** Whether {@code element} is chrome at {@code level}, and whether what it holds is chrome too. */
    static Kind kind(Element element, Level level) {
        String tag = element.normalName();
        if ("body".equals(tag) || "html".equals(tag)) {
            // Sites put their whole theme in the body's classes ("navigation-border-thin …"): never chrome.
            return Kind.CONTENT;
        }
        if (DROPPED_TAGS.contains(tag) || isHidden(element) || "form".equals(tag) && !isPageWrapper(element)) {
            return Kind.CHROME_WITH_DESCENDANTS;
        }
        String role = element.attr("role").toLowerCase(Locale.ROOT);
        if (!role.isEmpty() && CHROME_ROLES.contains(role) || opensWithRelatedHeading(element)) {
            return Kind.CHROME_WITH_DESCENDANTS;
        }
        String words = classAndId(element);
        if (words.isEmpty() || "articleBody".equals(element.attr("itemprop")) || BODY.foundIn(words)) {
            return Kind.CONTENT;
        }
        if (DISCUSSION.foundIn(words)) {
            return Kind.CHROME_WITH_DESCENDANTS;
        }
        return level == Level.CLASS_WORDS && NEGATIVE.foundIn(words) ? Kind.CHROME : Kind.CONTENT;
    }

    /**
     * ASP.NET WebForms and some CMSs wrap the whole page in one form: that form is the page, not a search box or
     * a comment form. HTML forbids nested forms, so looking inside each form costs linear time over the page.
     */
    private static boolean isPageWrapper(Element form) {
        return form.selectFirst("h1, article, main") != null;
    }

    /** True for a heading text such as "Related stories", "You may also like", "Leia também". */
    static boolean isRelatedHeading(String text) {
        return RELATED_HEADING.matcher(text).matches();
    }

    /**
     * A box whose first child is a "You may also like" heading holds teasers, whatever its class says. Only a
     * heading's own parent looks at it, so each heading's text is read once.
     */
    private static boolean opensWithRelatedHeading(Element element) {
        Element first = element.firstElementChild();
        return first != null && SECTION_HEADINGS.contains(first.normalName())
                && isRelatedHeading(HtmlBodyWalker.normalize(first.text()));
    }

    /** True for an element that declares itself the article body by class name. */
    static boolean isBodyClass(Element element) {
        if ("body".equals(element.normalName()) || "html".equals(element.normalName())) {
            // <body id="article_body"> names the page, not the article's text block.
            return false;
        }
        String words = classAndId(element);
        return !words.isEmpty() && BODY.foundIn(words);
    }

    static boolean isHidden(Element element) {
        if (element.hasAttr("hidden") || "true".equals(element.attr("aria-hidden"))) {
            return true;
        }
        String style = element.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String compact = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return compact.contains("display:none") || compact.contains("visibility:hidden");
    }

    private static String classAndId(Element element) {
        String classes = element.attr("class");
        String id = element.attr("id");
        if (classes.isEmpty() && id.isEmpty()) {
            return "";
        }
        // BEM names ("article__body") read as their hyphenated forms: ClassWords joins words across both.
        return (classes + " " + id).toLowerCase(Locale.ROOT);
    }
}
