package org.archivist.ingest.fetch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.DCSubject;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

import org.archivist.ingest.article.AbsoluteUrl;

/**
 * Reads the items of an RSS (0.91, 0.92, 1.0, 2.0) or Atom feed from its bytes, as fetched (transfer encodings
 * undone), with ROME. Items whose link is not an http or https address, once made absolute against the feed's
 * address (and, in Atom, its {@code xml:base}), are left out: there is no page to fetch for them.
 *
 * <p>A feed cannot make the reader open a file or a URL: ROME refuses any document with a DOCTYPE, so no external
 * entity (XXE) or DTD is ever loaded. A DOCTYPE that only names an external DTD (RSS 0.91 feeds often carry
 * Netscape's) is blanked out first: it declares nothing, and the DTD would never be read anyway; one with an internal
 * subset ({@code [...]}), where entities are declared, is refused. Thread-safe and reusable: nothing is kept between calls.
 */
public final class FeedReader {

    /** Atom link relations that name something other than the entry's own page. */
    private static final Set<String> NOT_THE_PAGE = Set.of("self", "edit", "edit-media", "enclosure", "replies",
            "license", "via", "related");

    /** An RSS 2.0 {@code <author>}, which the spec makes an email address, written {@code jo@example.com (Jo)}. */
    private static final Pattern EMAIL_AND_NAME = Pattern.compile("\\S+@\\S+\\s*\\((.+)\\)");

    /**
     * The items of the feed in {@code body}, in feed order.
     *
     * @param feedUrl the absolute http or https address the feed was fetched from; relative links resolve against it
     * @throws FeedReadException when {@code body} is not well-formed XML, carries a DOCTYPE, or is not RSS or Atom
     */
    public List<FeedItem> read(byte[] body, String feedUrl) {
        if (!FetchableUrl.is(feedUrl)) {
            throw new IllegalArgumentException("feedUrl must be an absolute http or https address: " + feedUrl);
        }
        SyndFeed feed = parse(body, feedUrl);
        String feedBase = feed.originalWireFeed() instanceof Feed atom ? rebase(feedUrl, atom.getXmlBase()) : feedUrl;
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            String link = link(entry, feedBase);
            if (link != null) {
                items.add(new FeedItem(link, title(entry), authors(entry), published(entry), categories(entry)));
            }
        }
        return List.copyOf(items);
    }

    /** How far into a feed its DOCTYPE may be: after the XML declaration and perhaps a comment. */
    private static final int DOCTYPE_WITHIN = 2048;
    private static final Pattern EXTERNAL_DOCTYPE = Pattern.compile("<!DOCTYPE[^\\[>]*>");

    /** The body with a DOCTYPE that has no internal subset replaced by spaces (same length, same offsets). */
    static byte[] withoutExternalDoctype(byte[] body) {
        // ISO-8859-1 maps each byte to one char, so string offsets are byte offsets; UTF-16 feeds do not match.
        String head = new String(body, 0, Math.min(body.length, DOCTYPE_WITHIN), StandardCharsets.ISO_8859_1);
        var doctype = EXTERNAL_DOCTYPE.matcher(head);
        if (!doctype.find()) {
            return body;
        }
        byte[] copy = body.clone();
        Arrays.fill(copy, doctype.start(), doctype.end(), (byte) ' ');
        return copy;
    }

    private static SyndFeed parse(byte[] body, String feedUrl) {
        SyndFeedInput input = new SyndFeedInput();
        // ROME's default, set here so that it stays off: with no DOCTYPE there is no entity to expand (XXE).
        input.setAllowDoctypes(false);
        // Atom's raw hrefs and xml:base live only on the wire entries.
        input.setPreserveWireFeed(true);
        // XmlReader picks the encoding from the byte order mark or the XML prolog, as the XML spec says.
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(withoutExternalDoctype(body)))) {
            return input.build(reader);
        } catch (IllegalArgumentException e) {
            throw new FeedReadException("not an RSS or Atom feed: " + feedUrl
                    + " is XML, but its root element is none of rss, rdf:RDF (RSS 1.0) or feed (Atom)", e);
        } catch (FeedException e) {
            throw new FeedReadException("not an RSS or Atom feed: " + feedUrl + " is not well-formed XML ("
                    + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new FeedReadException("not an RSS or Atom feed: " + feedUrl + " could not be decoded as XML ("
                    + e.getMessage() + ")", e);
        }
    }

    private static String link(SyndEntry entry, String feedBase) {
        if (entry.getWireEntry() instanceof Entry atom) {
            String base = rebase(feedBase, atom.getXmlBase());
            String alternate = atomLink(atom.getAlternateLinks(), base, false);
            return alternate != null ? alternate : atomLink(atom.getOtherLinks(), base, true);
        }
        String link = entry.getLink();
        return link == null ? null : httpUrl(AbsoluteUrl.resolve(feedBase, link.strip()));
    }

    /**
     * The first usable link: among alternates one of HTML type (or none given) comes first, since an entry may also
     * have alternates in other formats; among other links, only those that could be the entry's page.
     */
    private static String atomLink(List<Link> links, String base, boolean others) {
        String fallback = null;
        for (Link link : links) {
            if (others && link.getRel() != null && NOT_THE_PAGE.contains(link.getRel().toLowerCase(Locale.ROOT))) {
                continue;
            }
            String url = link.getHref() == null ? null : httpUrl(AbsoluteUrl.resolve(base, link.getHref().strip()));
            if (url != null) {
                if (link.getType() == null || link.getType().toLowerCase(Locale.ROOT).contains("html")) {
                    return url;
                }
                fallback = fallback == null ? url : fallback;
            }
        }
        return fallback;
    }

    /** {@code base} moved by an {@code xml:base}, which may itself be relative; unchanged when there is none. */
    private static String rebase(String base, String xmlBase) {
        return xmlBase == null || xmlBase.isBlank() ? base : AbsoluteUrl.resolve(base, xmlBase.strip());
    }

    /** {@code url} when it may be fetched; null otherwise. */
    private static String httpUrl(String url) {
        return FetchableUrl.is(url) ? url : null;
    }

    private static String title(SyndEntry entry) {
        String title = entry.getTitle();
        return title == null || title.isBlank() ? null : title.strip();
    }

    private static List<String> authors(SyndEntry entry) {
        Set<String> names = new LinkedHashSet<>();
        for (SyndPerson person : entry.getAuthors()) {
            add(names, person.getName());
        }
        // RSS <author> and dc:creator both end up as Dublin Core creators in ROME.
        add(names, personName(entry.getAuthor()));
        DCModule dc = (DCModule) entry.getModule(DCModule.URI);
        if (dc != null) {
            for (String creator : dc.getCreators()) {
                add(names, personName(creator));
            }
        }
        return List.copyOf(names);
    }

    /** The name in {@code jo@example.com (Jo Smith)}; anything else as it is. */
    private static String personName(String author) {
        if (author == null) {
            return null;
        }
        Matcher matcher = EMAIL_AND_NAME.matcher(author.strip());
        return matcher.matches() ? matcher.group(1) : author;
    }

    private static Instant published(SyndEntry entry) {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return date == null ? null : date.toInstant();
    }

    private static List<String> categories(SyndEntry entry) {
        Set<String> terms = new LinkedHashSet<>();
        for (SyndCategory category : entry.getCategories()) {
            // Atom's term is the category; its label only a display form, used when a feed leaves the term blank.
            String name = category.getName();
            add(terms, name == null || name.isBlank() ? category.getLabel() : name);
        }
        DCModule dc = (DCModule) entry.getModule(DCModule.URI);
        if (dc != null) {
            for (DCSubject subject : dc.getSubjects()) {
                add(terms, subject.getValue());
            }
        }
        return List.copyOf(terms);
    }

    private static void add(Set<String> values, String value) {
        if (value != null && !value.isBlank()) {
            values.add(value.strip());
        }
    }
}
