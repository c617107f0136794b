package org.archivist.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feeds given as bytes in memory: nothing is fetched. */
class FeedReaderTests {

    private static final String FEED_URL = "https://example.com/blog/feed.xml";

    private final FeedReader reader = new FeedReader();

    private List<FeedItem> read(String xml) {
        return reader.read(xml.getBytes(StandardCharsets.UTF_8), FEED_URL);
    }

    private static String rss20(String items) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel><title>Blog</title><link>https://example.com/blog/</link><description>d</description>
                """ + items + """
                  </channel>
                </rss>
                """;
    }

    private static String atom(String entries) {
        return atom("", entries);
    }

    private static String atom(String feedAttributes, String entries) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"%s>
                  <title>Blog</title><id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
                  <updated>2024-01-05T00:00:00Z</updated>
                """.formatted(feedAttributes) + entries + """
                </feed>
                """;
    }

    private static String atomEntry(String inside) {
        return """
                <entry><title>Post</title><id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
                  <updated>2024-01-03T10:00:00Z</updated>
                """ + inside + """
                </entry>
                """;
    }

    // RSS 2.0

    @Test
    void rss20ItemGivesLinkTitleDateAuthorsAndCategories() {
        List<FeedItem> items = read(rss20("""
                <item>
                  <title>  Fish &amp; chips  </title>
                  <link>https://example.com/blog/fish</link>
                  <pubDate>Tue, 02 Jan 2024 10:00:00 GMT</pubDate>
                  <dc:creator>Ann Lee</dc:creator>
                  <dc:creator>Bob Ray</dc:creator>
                  <category>Food</category>
                  <category>Travel</category>
                </item>
                """));

        assertThat(items).containsExactly(new FeedItem("https://example.com/blog/fish", "Fish & chips",
                List.of("Ann Lee", "Bob Ray"), Instant.parse("2024-01-02T10:00:00Z"), List.of("Food", "Travel")));
    }

    @Test
    void rssAuthorWrittenAsEmailAndNameGivesTheName() {
        List<FeedItem> items = read(rss20("""
                <item><link>https://example.com/a</link><author>jo@example.com (Jo Smith)</author></item>
                """));

        assertThat(items).singleElement().extracting(FeedItem::authors).isEqualTo(List.of("Jo Smith"));
    }

    @Test
    void rssAuthorAndTheSameDcCreatorAreOneAuthor() {
        List<FeedItem> items = read(rss20("""
                <item><link>https://example.com/a</link><author>jo@example.com (Jo Smith)</author>
                  <dc:creator>Jo Smith</dc:creator><dc:creator>Kim</dc:creator></item>
                """));

        assertThat(items).singleElement().extracting(FeedItem::authors).isEqualTo(List.of("Jo Smith", "Kim"));
    }

    @Test
    void blankAuthorsAndCategoriesAreDroppedAndRepeatsKeptOnceInOrder() {
        List<FeedItem> items = read(rss20("""
                <item><link>https://example.com/a</link>
                  <dc:creator>  </dc:creator><dc:creator> Ann </dc:creator><dc:creator>Ann</dc:creator>
                  <category>Food</category><category> </category><category>Art</category>
                  <dc:subject>Food</dc:subject><dc:subject>Zoo</dc:subject>
                </item>
                """));

        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.authors()).containsExactly("Ann");
            assertThat(item.categories()).containsExactly("Food", "Art", "Zoo");
        });
    }

    @Test
    void itemWithoutTitleOrDateHasNulls() {
        List<FeedItem> items = read(rss20("<item><link>https://example.com/a</link><title> </title></item>"));

        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.title()).isNull();
            assertThat(item.published()).isNull();
            assertThat(item.authors()).isEmpty();
            assertThat(item.categories()).isEmpty();
        });
    }

    @Test
    void dcDateStandsInForAMissingPubDate() {
        List<FeedItem> items = read(rss20("""
                <item><link>https://example.com/a</link><dc:date>2024-03-04T05:06:07+01:00</dc:date></item>
                """));

        assertThat(items).singleElement().extracting(FeedItem::published)
                .isEqualTo(Instant.parse("2024-03-04T04:06:07Z"));
    }

    @Test
    void relativeRssLinkResolvesAgainstTheFeedUrl() {
        List<FeedItem> items = read(rss20("""
                <item><link> posts/1 </link></item>
                <item><link>/about</link></item>
                <item><link>//cdn.example.net/x</link></item>
                """));

        assertThat(items).extracting(FeedItem::link).containsExactly("https://example.com/blog/posts/1",
                "https://example.com/about", "https://cdn.example.net/x");
    }

    @Test
    void permalinkGuidStandsInForAMissingLink() {
        List<FeedItem> items = read(rss20("<item><guid>https://example.com/p/7</guid></item>"));

        assertThat(items).extracting(FeedItem::link).containsExactly("https://example.com/p/7");
    }

    @Test
    void itemsWithoutAUsableLinkAreLeftOut() {
        List<FeedItem> items = read(rss20("""
                <item><title>no link</title></item>
                <item><title>guid, not a permalink</title><guid isPermaLink="false">https://example.com/g</guid></item>
                <item><title>mail</title><link>mailto:jo@example.com</link></item>
                <item><title>script</title><link>javascript:alert(1)</link></item>
                <item><title>file</title><link>file:///etc/passwd</link></item>
                <item><title>ftp</title><link>ftp://example.com/f</link></item>
                <item><title>blank</title><link>  </link></item>
                <item><title>bad</title><link>http://exa mple.com/x</link></item>
                <item><title>kept</title><link>http://example.com/kept</link></item>
                """));

        assertThat(items).extracting(FeedItem::title).containsExactly("kept");
    }

    @Test
    void itemsKeepFeedOrder() {
        List<FeedItem> items = read(rss20("""
                <item><link>https://example.com/3</link></item>
                <item><link>https://example.com/1</link></item>
                <item><link>https://example.com/2</link></item>
                """));

        assertThat(items).extracting(FeedItem::link).containsExactly("https://example.com/3",
                "https://example.com/1", "https://example.com/2");
    }

    // RSS 0.91, 0.92 and 1.0

    @Test
    void rss091ItemsAreRead() {
        List<FeedItem> items = read("""
                <?xml version="1.0"?>
                <rss version="0.91">
                  <channel><title>Old</title><link>http://old.example.com/</link><description>d</description>
                    <language>en-us</language>
                    <item><title>First</title><link>http://old.example.com/1.html</link><description>x</description></item>
                    <item><title>Second</title><link>http://old.example.com/2.html</link></item>
                  </channel>
                </rss>
                """);

        assertThat(items).extracting(FeedItem::link, FeedItem::title).containsExactly(
                tuple("http://old.example.com/1.html", "First"),
                tuple("http://old.example.com/2.html", "Second"));
    }

    @Test
    void rss092ItemsWithCategoriesAreRead() {
        List<FeedItem> items = read("""
                <?xml version="1.0"?>
                <rss version="0.92">
                  <channel><title>T</title><link>http://example.com/</link><description>d</description>
                    <item><title>One</title><link>http://example.com/1</link><category>Music</category></item>
                  </channel>
                </rss>
                """);

        assertThat(items).containsExactly(new FeedItem("http://example.com/1", "One", List.of(), null,
                List.of("Music")));
    }

    @Test
    void rss10RdfItemsAreReadWithDublinCore() {
        List<FeedItem> items = read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                         xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel rdf:about="https://example.com/rss">
                    <title>RDF</title><link>https://example.com/</link><description>d</description>
                    <items><rdf:Seq><rdf:li rdf:resource="https://example.com/r1"/></rdf:Seq></items>
                  </channel>
                  <item rdf:about="https://example.com/r1">
                    <title>RDF item</title><link>https://example.com/r1</link>
                    <dc:creator>Dee</dc:creator><dc:subject>Science</dc:subject>
                    <dc:date>2023-12-31T23:00:00Z</dc:date>
                  </item>
                </rdf:RDF>
                """);

        assertThat(items).containsExactly(new FeedItem("https://example.com/r1", "RDF item", List.of("Dee"),
                Instant.parse("2023-12-31T23:00:00Z"), List.of("Science")));
    }

    // Atom

    @Test
    void atomPrefersTheAlternateLinkWhereverItStands() {
        List<FeedItem> items = read(atom(atomEntry("""
                <link rel="edit" href="https://example.com/api/posts/1"/>
                <link rel="self" href="https://example.com/posts/1.atom"/>
                <link rel="enclosure" type="audio/mpeg" href="https://example.com/1.mp3"/>
                <link rel="alternate" type="text/html" href="https://example.com/posts/1"/>
                """)));

        assertThat(items).extracting(FeedItem::link).containsExactly("https://example.com/posts/1");
    }

    @Test
    void atomLinkWithoutRelIsTheAlternate() {
        List<FeedItem> items = read(atom(atomEntry("""
                <link rel="related" href="https://other.example.com/"/>
                <link href="https://example.com/posts/2"/>
                """)));

        assertThat(items).extracting(FeedItem::link).containsExactly("https://example.com/posts/2");
    }

    @Test
    void atomHtmlAlternateBeatsAnAlternateInAnotherFormat() {
        List<FeedItem> items = read(atom(atomEntry("""
                <link rel="alternate" type="application/pdf" href="https://example.com/posts/3.pdf"/>
                <link rel="alternate" type="text/html" href="https://example.com/posts/3"/>
                """)));

        assertThat(items).extracting(FeedItem::link).containsExactly("https://example.com/posts/3");
    }

    @Test
    void atomEntryWithOnlyNonPageLinksIsLeftOut() {
        List<FeedItem> items = read(atom(atomEntry("""
                <link rel="self" href="https://example.com/posts/4.atom"/>
                <link rel="edit" href="https://example.com/api/posts/4"/>
                <link rel="enclosure" href="https://example.com/4.mp3"/>
                """)));

        assertThat(items).isEmpty();
    }

    @Test
    void atomEntryWithoutAnAlternateFallsBackOnALinkThatMayBeItsPage() {
        List<FeedItem> items = read(atom(atomEntry("""
                <link rel="self" href="https://example.com/posts/5.atom"/>
                <link rel="bookmark" href="https://example.com/posts/5"/>
                """)));

        assertThat(items).extracting(FeedItem::link).containsExactly("https://example.com/posts/5");
    }

    @Test
    void atomRelativeLinksResolveAgainstTheFeedUrl() {
        List<FeedItem> items = read(atom(atomEntry("<link href=\"posts/5\"/>") + atomEntry("<link href=\"/p/6\"/>")
                + atomEntry("<link href=\"../up\"/>")));

        assertThat(items).extracting(FeedItem::link).containsExactly("https://example.com/blog/posts/5",
                "https://example.com/p/6", "https://example.com/up");
    }

    @Test
    void atomRelativeLinksResolveAgainstXmlBaseOfFeedAndEntry() {
        String entry = """
                <entry xml:base="sub/"><title>Based</title><id>urn:x:1</id><updated>2024-01-03T10:00:00Z</updated>
                  <link href="page"/>
                </entry>
                """;
        List<FeedItem> items = read(atom(" xml:base=\"https://cdn.example.org/base/index.xml\"",
                entry + atomEntry("<link href=\"top\"/>")));

        assertThat(items).extracting(FeedItem::link).containsExactly("https://cdn.example.org/base/sub/page",
                "https://cdn.example.org/base/top");
    }

    @Test
    void atomEntryWithOnlyAnUpdatedDateIsDatedByIt() {
        List<FeedItem> items = read(atom(atomEntry("<link href=\"https://example.com/u\"/>")));

        assertThat(items).singleElement().extracting(FeedItem::published)
                .isEqualTo(Instant.parse("2024-01-03T10:00:00Z"));
    }

    @Test
    void atomPublishedDateWinsOverUpdated() {
        List<FeedItem> items = read(atom(atomEntry("""
                <published>2024-01-01T08:30:00+02:00</published><link href="https://example.com/p"/>
                """)));

        assertThat(items).singleElement().extracting(FeedItem::published)
                .isEqualTo(Instant.parse("2024-01-01T06:30:00Z"));
    }

    @Test
    void atomAuthorNamesAndCategoryTermsOrLabels() {
        List<FeedItem> items = read(atom(atomEntry("""
                <link href="https://example.com/c"/>
                <author><name>Ann Lee</name><email>ann@example.com</email></author>
                <author><email>nameless@example.com</email></author>
                <author><name> </name></author>
                <author><name>Ann Lee</name></author>
                <author><name>Bo</name></author>
                <category term="tech" label="Technology"/>
                <category term="" label="Only a label"/>
                <category term="tech"/>
                <category term="  "/>
                """)));

        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.authors()).containsExactly("Ann Lee", "Bo");
            assertThat(item.categories()).containsExactly("tech", "Only a label");
        });
    }

    @Test
    void atomTitleIsStripped() {
        List<FeedItem> items = read(atom("""
                <entry><title type="text">
                    Spaced &amp; out
                  </title><id>urn:x:2</id><updated>2024-01-03T10:00:00Z</updated>
                  <link href="https://example.com/t"/></entry>
                """));

        assertThat(items).extracting(FeedItem::title).containsExactly("Spaced & out");
    }

    // Encodings

    @Test
    void iso88591DeclaredInTheXmlPrologIsDecoded() {
        String xml = """
                <?xml version="1.0" encoding="ISO-8859-1"?>
                <rss version="2.0"><channel><title>t</title><link>https://example.com/</link><description>d</description>
                  <item><title>Café in Zürich, naïve</title><link>https://example.com/cafe</link></item>
                </channel></rss>
                """;
        byte[] latin1 = xml.getBytes(StandardCharsets.ISO_8859_1);

        List<FeedItem> items = reader.read(latin1, FEED_URL);

        assertThat(items).extracting(FeedItem::title).containsExactly("Café in Zürich, naïve");
    }

    @Test
    void utf8WithByteOrderMarkIsDecoded() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] xml = rss20("<item><title>Grüße</title><link>https://example.com/g</link></item>")
                .getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[bom.length + xml.length];
        System.arraycopy(bom, 0, body, 0, bom.length);
        System.arraycopy(xml, 0, body, bom.length, xml.length);

        assertThat(reader.read(body, FEED_URL)).extracting(FeedItem::title).containsExactly("Grüße");
    }

    // Not a feed

    @Test
    void garbageIsRefusedAsNotWellFormed() {
        assertThatThrownBy(() -> read("this is not XML at all"))
                .isInstanceOf(FeedReadException.class)
                .hasMessageStartingWith("not an RSS or Atom feed: " + FEED_URL + " is not well-formed XML");
    }

    @Test
    void binaryGarbageIsRefused() {
        byte[] noise = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, (byte) 0xff, (byte) 0xfe, 1, 2, 3};

        assertThatThrownBy(() -> reader.read(noise, FEED_URL)).isInstanceOf(FeedReadException.class)
                .hasMessageStartingWith("not an RSS or Atom feed: ");
    }

    @Test
    void emptyBodyIsRefused() {
        assertThatThrownBy(() -> reader.read(new byte[0], FEED_URL)).isInstanceOf(FeedReadException.class)
                .hasMessageStartingWith("not an RSS or Atom feed: ");
    }

    @Test
    void wellFormedXmlThatIsNoFeedIsRefusedNamingTheRootsItWants() {
        assertThatThrownBy(() -> read("<html><body><p>Hello</p></body></html>"))
                .isInstanceOf(FeedReadException.class)
                .hasMessage("not an RSS or Atom feed: " + FEED_URL
                        + " is XML, but its root element is none of rss, rdf:RDF (RSS 1.0) or feed (Atom)");
    }

    @Test
    void truncatedFeedIsRefused() {
        String whole = rss20("<item><title>t</title><link>https://example.com/x</link></item>");

        assertThatThrownBy(() -> read(whole.substring(0, whole.length() / 2)))
                .isInstanceOf(FeedReadException.class).hasMessageContaining("is not well-formed XML");
    }

    @Test
    void aFeedUrlThatIsNoHttpAddressIsTheCallersMistake() {
        byte[] body = rss20("").getBytes(StandardCharsets.UTF_8);

        assertThatIllegalArgumentException().isThrownBy(() -> reader.read(body, "feed.xml"));
        assertThatIllegalArgumentException().isThrownBy(() -> reader.read(body, "file:///tmp/feed.xml"));
    }

    // XML external entities

    @Test
    void externalEntityIsNeverExpanded(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-42");
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY xxe SYSTEM "%s">]>
                <rss version="2.0"><channel><title>t</title><link>https://example.com/</link><description>d</description>
                  <item><title>&xxe;</title><link>https://example.com/x</link></item>
                </channel></rss>
                """.formatted(secret.toUri());

        assertThatThrownBy(() -> read(xml)).isInstanceOf(FeedReadException.class)
                .hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("TOP-SECRET-42");
    }

    @Test
    void etcPasswdEntityIsNeverExpanded() {
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <rss version="2.0"><channel><title>t</title><link>https://example.com/</link><description>d</description>
                  <item><title>&xxe;</title><link>https://example.com/x</link></item>
                </channel></rss>
                """;

        assertThatThrownBy(() -> read(xml)).isInstanceOf(FeedReadException.class)
                .hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("root:");
    }

    @Test
    void externalDtdIsNeverLoaded(@TempDir Path dir) throws Exception {
        Path dtd = Files.writeString(dir.resolve("evil.dtd"), "<!ENTITY leak \"FROM-THE-DTD\">");
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE rss SYSTEM "%s">
                <rss version="2.0"><channel><title>t</title><link>https://example.com/</link><description>d</description>
                  <item><title>&leak;</title><link>https://example.com/x</link></item>
                </channel></rss>
                """.formatted(dtd.toUri());

        // The DOCTYPE is blanked out unread, so the entity it would have declared stays undeclared.
        assertThatThrownBy(() -> read(xml)).isInstanceOf(FeedReadException.class)
                .hasMessageContaining("leak")
                .hasMessageNotContaining("FROM-THE-DTD");
    }

    @Test
    void anRss091FeedWithNetscapesDoctypeIsRead() {
        List<FeedItem> items = read("""
                <?xml version="1.0" encoding="ISO-8859-1"?>
                <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
                  "http://my.netscape.com/publish/formats/rss-0.91.dtd">
                <rss version="0.91"><channel><title>Old</title><link>http://old.example.com/</link>
                  <description>d</description><language>en-us</language>
                  <item><title>First</title><link>http://old.example.com/1.html</link></item>
                </channel></rss>
                """);

        assertThat(items).extracting(FeedItem::link).containsExactly("http://old.example.com/1.html");
    }

    @Test
    void internalEntityExpansionIsRefusedToo() {
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
                <rss version="2.0"><channel><title>t</title><link>https://example.com/</link><description>d</description>
                  <item><title>&b;</title><link>https://example.com/x</link></item>
                </channel></rss>
                """;

        assertThatThrownBy(() -> read(xml)).isInstanceOf(FeedReadException.class).hasMessageContaining("DOCTYPE");
    }

    // Reuse

    @Test
    void oneReaderServesManyFeedsAtOnce() {
        List<List<FeedItem>> results = IntStream.range(0, 40).parallel()
                .mapToObj(i -> read(rss20("<item><link>https://example.com/" + i + "</link></item>")))
                .toList();

        assertThat(results).hasSize(40);
        for (int i = 0; i < results.size(); i++) {
            assertThat(results.get(i)).extracting(FeedItem::link).containsExactly("https://example.com/" + i);
        }
    }
}
