package org.archivist.ingest.fetch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

import crawlercommons.mimetypes.MimeTypeDetector;
import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;

/**
 * Reads a sitemap (the sitemaps.org protocol) from its bytes, as fetched (transfer encodings undone), with
 * crawler-commons: an XML {@code <urlset>} or {@code <sitemapindex>}, or a plain-text list of URLs, any of them
 * gzipped. RSS and Atom feeds, which the protocol accepts as sitemaps too, read as lists of pages.
 *
 * <p>The protocol's bounds hold: a sitemap over 50 MiB uncompressed is refused, a gzipped one as soon as it inflates
 * past that (never inflated whole), and entries after the first 50,000 are ignored. Only http and https addresses are
 * kept. A DOCTYPE is refused, so no external entity or DTD is ever loaded (XXE). Thread-safe: every call has its own
 * parser.
 */
public final class SitemapReader {

    /** The protocol's cap on a sitemap's uncompressed size, 50 MiB, as crawler-commons has it. */
    static final int MAX_BYTES = SiteMapParser.MAX_BYTES_ALLOWED;

    /** The protocol's cap on the entries of one sitemap. */
    static final int MAX_ENTRIES = 50_000;

    private final int maxBytes;

    private final int maxEntries;

    public SitemapReader() {
        this(MAX_BYTES, MAX_ENTRIES);
    }

    /** Smaller bounds, so that tests need not build 50 MiB bodies to reach them. */
    SitemapReader(int maxBytes, int maxEntries) {
        this.maxBytes = maxBytes;
        this.maxEntries = maxEntries;
    }

    /**
     * The pages or child sitemaps that {@code body} lists, in its order.
     *
     * <p>Whether the body is gzipped is told by its first two bytes (1F 8B), which every gzip stream starts with:
     * a {@code .gz} URL or a gzip Content-Type served with {@code Content-Encoding: gzip} arrives already inflated,
     * and is then read as it is. What kind of sitemap it is comes from its first bytes too ({@code <?xml},
     * {@code <urlset}, {@code http://} ...), else from {@code contentType}.
     *
     * @param contentType the response's Content-Type, parameters and all; may be null
     * @param url         the absolute http or https address the sitemap was fetched from
     * @throws SitemapReadException when the body is over the size limit, does not inflate, is neither XML nor a list
     *                              of URLs, is not well-formed, carries a DOCTYPE, or is XML of another kind
     */
    public Sitemap read(byte[] body, String contentType, String url) {
        if (!FetchableUrl.is(url)) {
            throw new IllegalArgumentException("url must be an absolute http or https address: " + url);
        }
        byte[] plain = gzipped(body) ? gunzip(body, url) : body;
        if (gzipped(plain)) {
            throw new SitemapReadException("not a sitemap: " + url + " is gzipped twice");
        }
        if (plain.length > maxBytes) {
            throw new SitemapReadException("sitemap " + url + " is " + plain.length + " bytes, over the " + maxBytes
                    + " bytes the sitemap protocol allows");
        }
        return parse(plain, contentType, url);
    }

    /**
     * Whether {@code entry} may hold anything new since the start of {@code since} (UTC): true when there is no
     * {@code since}, when the entry has no date (unknown, so the page's own date decides later), or when it was
     * modified on or after that day. For a child sitemap of an index the same holds: one not modified since then
     * cannot list a newer page.
     */
    public static boolean changedSince(SitemapEntry entry, LocalDate since) {
        return since == null || entry.lastModified() == null
                || !entry.lastModified().isBefore(since.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static boolean gzipped(byte[] body) {
        return body.length >= 2 && body[0] == (byte) 0x1f && body[1] == (byte) 0x8b;
    }

    private byte[] gunzip(byte[] body, String url) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            // One byte past the limit is enough to know it is over; the rest of a gzip bomb is never inflated.
            byte[] plain = in.readNBytes(maxBytes + 1);
            if (plain.length > maxBytes) {
                throw new SitemapReadException("gzipped sitemap " + url + " inflates to more than " + maxBytes
                        + " bytes, over what the sitemap protocol allows");
            }
            return plain;
        } catch (IOException e) {
            throw new SitemapReadException("not a sitemap: " + url + " starts as gzip but does not inflate ("
                    + e.getMessage() + ")", e);
        }
    }

    private Sitemap parse(byte[] plain, String contentType, String url) {
        String type = mediaType(plain, contentType);
        if (type == null) {
            throw new SitemapReadException("not a sitemap: " + url + " is neither XML nor a plain-text list of URLs"
                    + (contentType == null ? "" : " (Content-Type " + contentType + ")"));
        }
        // Not strict: strict mode drops every URL outside the sitemap's own directory, but a sitemap kept under
        // /sitemaps/ may rightly list pages anywhere on its site.
        SiteMapParser parser = new SiteMapParser(false);
        parser.enableExtension(Extension.NEWS);
        parser.setURLFilter(new Admission(maxEntries));
        AbstractSiteMap parsed;
        try {
            parsed = parser.parseSiteMap(type, plain, toUrl(url));
        } catch (UnknownFormatException | IOException e) {
            String cause = e.getCause() == null ? "" : ": " + e.getCause().getMessage();
            throw new SitemapReadException("not a sitemap: " + url + " (" + e.getMessage() + cause + ")", e);
        }
        if (parsed instanceof SiteMapIndex index) {
            List<SitemapEntry> sitemaps = new ArrayList<>();
            for (AbstractSiteMap child : index.getSitemaps()) {
                sitemaps.add(new SitemapEntry(child.getUrl().toString(), instant(child.getLastModified())));
            }
            return new Sitemap.Index(sitemaps);
        }
        List<SitemapEntry> entries = new ArrayList<>();
        for (SiteMapURL page : ((SiteMap) parsed).getSiteMapUrls()) {
            entries.add(new SitemapEntry(page.getUrl().toString(), lastModified(page)));
        }
        return new Sitemap.Urls(entries);
    }

    /**
     * The kind the first bytes show; else the declared one if crawler-commons reads it (XML or plain text), since a
     * server's label is less reliable than the bytes; else null.
     */
    private static String mediaType(byte[] plain, String contentType) {
        MimeTypeDetector detector = new MimeTypeDetector();
        String detected = detector.detect(plain);
        if (detected != null) {
            return detected;
        }
        if (contentType == null) {
            return null;
        }
        String declared = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return detector.isXml(declared) || detector.isText(declared) ? declared : null;
    }

    /** The lastmod, else a Google News entry's publication date, else null. */
    private static Instant lastModified(SiteMapURL page) {
        if (page.getLastModified() != null) {
            return page.getLastModified().toInstant();
        }
        ExtensionMetadata[] news = page.getAttributesForExtension(Extension.NEWS);
        if (news != null) {
            for (ExtensionMetadata metadata : news) {
                if (metadata instanceof NewsAttributes article && article.getPublicationDateTime() != null) {
                    return article.getPublicationDateTime().toInstant();
                }
            }
        }
        return null;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static URL toUrl(String url) {
        try {
            return URI.create(url).toURL();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalArgumentException("url must be an absolute http or https address: " + url, e);
        }
    }

    /**
     * The URL filter crawler-commons runs on every address before it builds an entry: only http and https addresses
     * get in, and only the first {@code max}, so a huge sitemap never costs more than that many entries. Each parse
     * has its own, as it counts.
     */
    private static final class Admission implements Function<String, String> {

        private final int max;

        private int admitted;

        Admission(int max) {
            this.max = max;
        }

        @Override
        public String apply(String url) {
            String candidate = url.strip();
            if (admitted >= max || !FetchableUrl.is(candidate)) {
                return null;
            }
            admitted++;
            return candidate;
        }
    }
}
