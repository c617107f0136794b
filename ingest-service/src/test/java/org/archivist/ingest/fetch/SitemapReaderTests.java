package org.archivist.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Sitemaps given as bytes in memory: nothing is fetched. */
class SitemapReaderTests {

    private static final String SITEMAP_URL = "https://example.com/sitemaps/posts.xml";

    private final SitemapReader reader = new SitemapReader();

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String urlset(String urls) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                """ + urls + """
                </urlset>
                """;
    }

    private static String index(String sitemaps) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                """ + sitemaps + """
                </sitemapindex>
                """;
    }

    private static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(plain);
        }
        return out.toByteArray();
    }

    private Sitemap.Urls readUrls(String xml) {
        return (Sitemap.Urls) reader.read(utf8(xml), "application/xml", SITEMAP_URL);
    }

    private static SitemapEntry entry(String url, String lastModified) {
        return new SitemapEntry(url, lastModified == null ? null : Instant.parse(lastModified));
    }

    // URL sets

    @Test
    void urlsetGivesPagesInOrderWithAndWithoutLastmod() {
        Sitemap sitemap = reader.read(utf8(urlset("""
                <url><loc>https://example.com/b</loc><lastmod>2024-05-01</lastmod></url>
                <url><loc>https://example.com/a</loc></url>
                <url><loc>
                    https://example.com/c
                  </loc><lastmod>2024-05-02T10:15:30Z</lastmod><changefreq>daily</changefreq></url>
                """)), "text/xml; charset=UTF-8", SITEMAP_URL);

        assertThat(sitemap).isEqualTo(new Sitemap.Urls(List.of(
                entry("https://example.com/b", "2024-05-01T00:00:00Z"),
                entry("https://example.com/a", null),
                entry("https://example.com/c", "2024-05-02T10:15:30Z"))));
    }

    @ParameterizedTest
    @CsvSource({
            "2024-05-01, 2024-05-01T00:00:00Z",
            "2024-05-01T10:15:30Z, 2024-05-01T10:15:30Z",
            "2024-05-01T10:15:30+02:00, 2024-05-01T08:15:30Z",
            "2024-05-01T10:15:30-05:00, 2024-05-01T15:15:30Z",
            "2024-05-01T10:15+02:00, 2024-05-01T08:15:00Z",
            "2024-05-01T10:15:30.45+01:00, 2024-05-01T09:15:30.450Z",
            "2024-05, 2024-05-01T00:00:00Z",
            "2024, 2024-01-01T00:00:00Z"})
    void w3cDatetimeFormsOfLastmodAreRead(String lastmod, String expected) {
        Sitemap.Urls urls = readUrls(urlset(
                "<url><loc>https://example.com/p</loc><lastmod>" + lastmod + "</lastmod></url>"));

        assertThat(urls.entries()).singleElement().extracting(SitemapEntry::lastModified)
                .isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "01/05/2024", "  "})
    void unreadableLastmodCountsAsUnknown(String lastmod) {
        Sitemap.Urls urls = readUrls(urlset(
                "<url><loc>https://example.com/p</loc><lastmod>" + lastmod + "</lastmod></url>"));

        assertThat(urls.entries()).containsExactly(entry("https://example.com/p", null));
    }

    @Test
    void pagesOutsideTheSitemapsDirectoryAreKept() {
        Sitemap.Urls urls = readUrls(urlset("""
                <url><loc>https://example.com/2024/05/post</loc></url>
                <url><loc>https://example.com/sitemaps/inside</loc></url>
                """));

        assertThat(urls.entries()).extracting(SitemapEntry::url)
                .containsExactly("https://example.com/2024/05/post", "https://example.com/sitemaps/inside");
    }

    @Test
    void onlyHttpAndHttpsAddressesAreKept() {
        Sitemap.Urls urls = readUrls(urlset("""
                <url><loc>ftp://example.com/file</loc></url>
                <url><loc>file:///etc/passwd</loc></url>
                <url><loc>javascript:alert(1)</loc></url>
                <url><loc>/relative/page</loc></url>
                <url><loc>http://example.com/plain</loc></url>
                <url><loc>https://example.com/secure</loc></url>
                """));

        assertThat(urls.entries()).extracting(SitemapEntry::url)
                .containsExactly("http://example.com/plain", "https://example.com/secure");
    }

    @Test
    void emptyUrlsetHasNoEntries() {
        assertThat(readUrls(urlset(""))).isEqualTo(new Sitemap.Urls(List.of()));
    }

    @Test
    void googleNewsPublicationDateStandsInForAMissingLastmod() {
        Sitemap.Urls urls = readUrls("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
                  <url><loc>https://example.com/news/1</loc>
                    <news:news><news:publication><news:name>Daily</news:name><news:language>en</news:language>
                      </news:publication><news:publication_date>2024-06-01T12:00:00+02:00</news:publication_date>
                      <news:title>One</news:title></news:news></url>
                  <url><loc>https://example.com/news/2</loc><lastmod>2024-06-03</lastmod>
                    <news:news><news:publication><news:name>Daily</news:name><news:language>en</news:language>
                      </news:publication><news:publication_date>2024-06-02</news:publication_date>
                      <news:title>Two</news:title></news:news></url>
                </urlset>
                """);

        assertThat(urls.entries()).containsExactly(entry("https://example.com/news/1", "2024-06-01T10:00:00Z"),
                entry("https://example.com/news/2", "2024-06-03T00:00:00Z"));
    }

    @Test
    void entriesAfterTheCapAreIgnoredAndOnlyFetchableOnesCount() {
        SitemapReader capped = new SitemapReader(SitemapReader.MAX_BYTES, 3);
        String urls = IntStream.range(0, 6).mapToObj(i -> "<url><loc>https://example.com/" + i + "</loc></url>")
                .collect(Collectors.joining("\n", "<url><loc>ftp://example.com/x</loc></url>\n", ""));

        Sitemap sitemap = capped.read(utf8(urlset(urls)), "application/xml", SITEMAP_URL);

        assertThat(((Sitemap.Urls) sitemap).entries()).extracting(SitemapEntry::url)
                .containsExactly("https://example.com/0", "https://example.com/1", "https://example.com/2");
    }

    @Test
    void theDefaultCapIsTheProtocols50000() {
        String urls = IntStream.range(0, 50_002).mapToObj(i -> "<url><loc>https://example.com/" + i + "</loc></url>")
                .collect(Collectors.joining("\n"));

        Sitemap.Urls read = readUrls(urlset(urls));

        assertThat(read.entries()).hasSize(50_000).last().extracting(SitemapEntry::url)
                .isEqualTo("https://example.com/49999");
    }

    // Indexes

    @Test
    void indexGivesItsChildSitemaps() {
        Sitemap sitemap = reader.read(utf8(index("""
                <sitemap><loc>https://example.com/sitemaps/posts-1.xml.gz</loc><lastmod>2024-04-30T08:00:00+00:00</lastmod></sitemap>
                <sitemap><loc>https://example.com/sitemaps/pages.xml</loc></sitemap>
                """)), "application/xml", "https://example.com/sitemap_index.xml");

        assertThat(sitemap).isEqualTo(new Sitemap.Index(List.of(
                entry("https://example.com/sitemaps/posts-1.xml.gz", "2024-04-30T08:00:00Z"),
                entry("https://example.com/sitemaps/pages.xml", null))));
    }

    @Test
    void indexChildrenThatAreNoHttpAddressesAreLeftOut() {
        Sitemap sitemap = reader.read(utf8(index("""
                <sitemap><loc>file:///etc/sitemap.xml</loc></sitemap>
                <sitemap><loc>https://example.com/s.xml</loc></sitemap>
                """)), "application/xml", SITEMAP_URL);

        assertThat(((Sitemap.Index) sitemap).sitemaps()).extracting(SitemapEntry::url)
                .containsExactly("https://example.com/s.xml");
    }

    @Test
    void indexChildrenUnchangedSinceADayAreSkippedWithChangedSince() {
        Sitemap.Index index = (Sitemap.Index) reader.read(utf8(index("""
                <sitemap><loc>https://example.com/old.xml</loc><lastmod>2023-01-01</lastmod></sitemap>
                <sitemap><loc>https://example.com/new.xml</loc><lastmod>2024-06-01</lastmod></sitemap>
                <sitemap><loc>https://example.com/undated.xml</loc></sitemap>
                """)), "application/xml", SITEMAP_URL);

        assertThat(index.sitemaps()).filteredOn(child -> SitemapReader.changedSince(child, LocalDate.of(2024, 1, 1)))
                .extracting(SitemapEntry::url)
                .containsExactly("https://example.com/new.xml", "https://example.com/undated.xml");
    }

    // Gzip

    @ParameterizedTest
    @ValueSource(strings = {"application/x-gzip", "application/gzip", "application/octet-stream", "text/xml"})
    void gzippedUrlsetIsInflatedWhateverItsContentType(String contentType) throws IOException {
        byte[] body = gzip(utf8(urlset("<url><loc>https://example.com/z</loc><lastmod>2024-01-02</lastmod></url>")));

        Sitemap sitemap = reader.read(body, contentType, "https://example.com/sitemap.xml.gz");

        assertThat(sitemap).isEqualTo(new Sitemap.Urls(List.of(entry("https://example.com/z", "2024-01-02T00:00:00Z"))));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = "")
    void gzippedBodyIsRecognisedByItsMagicBytesAlone(String contentType) throws IOException {
        byte[] body = gzip(utf8(index("<sitemap><loc>https://example.com/s1.xml</loc></sitemap>")));

        Sitemap sitemap = reader.read(body, contentType, "https://example.com/sitemap");

        assertThat(sitemap).isEqualTo(new Sitemap.Index(List.of(entry("https://example.com/s1.xml", null))));
    }

    @Test
    void gzippedTextSitemapIsRead() throws IOException {
        byte[] body = gzip(utf8("https://example.com/t1\nhttps://example.com/t2\n"));

        Sitemap sitemap = reader.read(body, "application/gzip", "https://example.com/sitemap.txt.gz");

        assertThat(sitemap).isEqualTo(new Sitemap.Urls(List.of(entry("https://example.com/t1", null),
                entry("https://example.com/t2", null))));
    }

    @Test
    void aGzNameOrTypeWhoseBodyCameInflatedIsReadAsItIs() {
        byte[] inflated = utf8(urlset("<url><loc>https://example.com/already</loc></url>"));

        Sitemap sitemap = reader.read(inflated, "application/x-gzip", "https://example.com/sitemap.xml.gz");

        assertThat(sitemap).isEqualTo(new Sitemap.Urls(List.of(entry("https://example.com/already", null))));
    }

    @Test
    void gzipBombIsRefusedPastTheProtocolsFiftyMebibytesWithoutInflatingTheRest() throws IOException {
        // One gzip member of 16 MiB of spaces, repeated: 1,000 members inflate to 16 GiB, which a reader that
        // inflated everything before checking could not even hold in an array.
        byte[] spaces = new byte[16 << 20];
        Arrays.fill(spaces, (byte) ' ');
        byte[] member = gzip(spaces);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(gzip(utf8("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">")));
        for (int i = 0; i < 1_000; i++) {
            out.write(member);
        }
        byte[] bomb = out.toByteArray();
        assertThat(bomb.length).as("compressed size").isLessThan(32 << 20);

        assertThatThrownBy(() -> reader.read(bomb, "application/x-gzip", "https://example.com/sitemap.xml.gz"))
                .isInstanceOf(SitemapReadException.class)
                .hasMessage("gzipped sitemap https://example.com/sitemap.xml.gz inflates to more than 52428800 bytes, "
                        + "over what the sitemap protocol allows");
    }

    @Test
    void gzippedSitemapExactlyAtTheLimitIsRead() throws IOException {
        byte[] plain = utf8(urlset("<url><loc>https://example.com/edge</loc></url>"));
        SitemapReader atLimit = new SitemapReader(plain.length, SitemapReader.MAX_ENTRIES);
        SitemapReader oneShort = new SitemapReader(plain.length - 1, SitemapReader.MAX_ENTRIES);

        assertThat(atLimit.read(gzip(plain), null, SITEMAP_URL))
                .isEqualTo(new Sitemap.Urls(List.of(entry("https://example.com/edge", null))));
        assertThatThrownBy(() -> oneShort.read(gzip(plain), null, SITEMAP_URL))
                .isInstanceOf(SitemapReadException.class).hasMessageContaining("inflates to more than");
    }

    @Test
    void plainSitemapOverTheLimitIsRefused() {
        byte[] plain = utf8(urlset("<url><loc>https://example.com/big</loc></url>"));
        SitemapReader small = new SitemapReader(plain.length - 1, SitemapReader.MAX_ENTRIES);

        assertThatThrownBy(() -> small.read(plain, "application/xml", SITEMAP_URL))
                .isInstanceOf(SitemapReadException.class)
                .hasMessage("sitemap " + SITEMAP_URL + " is " + plain.length + " bytes, over the "
                        + (plain.length - 1) + " bytes the sitemap protocol allows");
    }

    @Test
    void corruptGzipIsRefused() {
        byte[] corrupt = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 'n', 'o', 't', ' ', 'd', 'e', 'f', 'l', 'a', 't', 'e'};

        assertThatThrownBy(() -> reader.read(corrupt, "application/gzip", SITEMAP_URL))
                .isInstanceOf(SitemapReadException.class)
                .hasMessageStartingWith("not a sitemap: " + SITEMAP_URL + " starts as gzip but does not inflate");
    }

    @Test
    void truncatedGzipIsRefused() throws IOException {
        byte[] whole = gzip(utf8(urlset("<url><loc>https://example.com/cut</loc></url>")));
        byte[] cut = Arrays.copyOf(whole, whole.length / 2);

        assertThatThrownBy(() -> reader.read(cut, "application/gzip", SITEMAP_URL))
                .isInstanceOf(SitemapReadException.class).hasMessageContaining("does not inflate");
    }

    @Test
    void gzipInsideGzipIsRefused() throws IOException {
        byte[] twice = gzip(gzip(utf8(urlset("<url><loc>https://example.com/twice</loc></url>"))));

        assertThatThrownBy(() -> reader.read(twice, "application/gzip", SITEMAP_URL))
                .isInstanceOf(SitemapReadException.class).hasMessage("not a sitemap: " + SITEMAP_URL
                        + " is gzipped twice");
    }

    // Plain text

    @Test
    void textSitemapGivesOneUrlPerLine() {
        byte[] body = utf8("https://example.com/one\r\n\n   https://example.com/two  \nnot a url\n"
                + "ftp://example.com/three\nhttp://example.com/four");

        Sitemap sitemap = reader.read(body, "text/plain; charset=utf-8", "https://example.com/sitemap.txt");

        assertThat(sitemap).isEqualTo(new Sitemap.Urls(List.of(entry("https://example.com/one", null),
                entry("https://example.com/two", null), entry("http://example.com/four", null))));
    }

    @Test
    void textSitemapIsRecognisedWithoutAContentType() {
        Sitemap sitemap = reader.read(utf8("https://example.com/x\n"), null, "https://example.com/sitemap.txt");

        assertThat(sitemap).isEqualTo(new Sitemap.Urls(List.of(entry("https://example.com/x", null))));
    }

    @Test
    void xmlServedAsTextIsReadAsXml() {
        Sitemap sitemap = reader.read(utf8(urlset("<url><loc>https://example.com/mislabelled</loc></url>")),
                "text/plain", SITEMAP_URL);

        assertThat(sitemap).isEqualTo(new Sitemap.Urls(List.of(entry("https://example.com/mislabelled", null))));
    }

    // Not a sitemap

    @Test
    void garbageIsRefused() {
        assertThatThrownBy(() -> reader.read(utf8("this is no sitemap"), "application/octet-stream", SITEMAP_URL))
                .isInstanceOf(SitemapReadException.class)
                .hasMessage("not a sitemap: " + SITEMAP_URL + " is neither XML nor a plain-text list of URLs "
                        + "(Content-Type application/octet-stream)");
    }

    @Test
    void anHtmlPageIsRefused() {
        assertThatThrownBy(() -> reader.read(utf8("<!doctype html><html><body>Not found</body></html>"),
                "text/html; charset=utf-8", SITEMAP_URL))
                .isInstanceOf(SitemapReadException.class)
                .hasMessageStartingWith("not a sitemap: " + SITEMAP_URL + " is neither XML nor");
    }

    @Test
    void xmlOfAnotherKindIsRefused() {
        assertThatThrownBy(() -> reader.read(utf8("<?xml version=\"1.0\"?><catalog><book/></catalog>"),
                "application/xml", SITEMAP_URL))
                .isInstanceOf(SitemapReadException.class)
                .hasMessageStartingWith("not a sitemap: " + SITEMAP_URL + " (");
    }

    @Test
    void malformedXmlIsRefused() {
        String whole = urlset("<url><loc>https://example.com/a</loc></url><url><loc>https://example.com/b</loc></url>");

        assertThatThrownBy(() -> reader.read(utf8(whole.substring(0, whole.length() - 30)), "application/xml",
                SITEMAP_URL)).isInstanceOf(SitemapReadException.class).hasMessageStartingWith("not a sitemap: ");
    }

    @Test
    void emptyBodyIsRefused() {
        assertThatThrownBy(() -> reader.read(new byte[0], "application/xml", SITEMAP_URL))
                .isInstanceOf(SitemapReadException.class).hasMessageStartingWith("not a sitemap: ");
    }

    @Test
    void aSitemapUrlThatIsNoHttpAddressIsTheCallersMistake() {
        byte[] body = utf8(urlset(""));

        assertThatIllegalArgumentException().isThrownBy(() -> reader.read(body, "application/xml", "sitemap.xml"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> reader.read(body, "application/xml", "file:///srv/sitemap.xml"));
    }

    // XML external entities

    @Test
    void externalEntityIsNeverExpanded(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "https://example.com/TOP-SECRET-42");
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE urlset [<!ENTITY xxe SYSTEM "%s">]>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>&xxe;</loc></url>
                </urlset>
                """.formatted(secret.toUri());

        assertThatThrownBy(() -> reader.read(utf8(xml), "application/xml", SITEMAP_URL))
                .isInstanceOf(SitemapReadException.class)
                .hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("TOP-SECRET-42");
    }

    @Test
    void etcPasswdEntityIsNeverExpandedInAGzippedSitemapEither() throws IOException {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>https://example.com/&xxe;</loc></url>
                </urlset>
                """;
        byte[] body = gzip(utf8(xml));

        assertThatThrownBy(() -> reader.read(body, "application/gzip", SITEMAP_URL))
                .isInstanceOf(SitemapReadException.class)
                .hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("root:");
    }

    @Test
    void externalDtdIsNeverLoaded(@TempDir Path dir) throws IOException {
        Path dtd = Files.writeString(dir.resolve("evil.dtd"), "<!ENTITY leak \"https://example.com/FROM-THE-DTD\">");
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE urlset SYSTEM "%s">
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>&leak;</loc></url></urlset>
                """.formatted(dtd.toUri());

        assertThatThrownBy(() -> reader.read(utf8(xml), "application/xml", SITEMAP_URL))
                .isInstanceOf(SitemapReadException.class)
                .hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("FROM-THE-DTD");
    }

    // changedSince

    @Test
    void everythingHasChangedSinceNoDate() {
        assertThat(SitemapReader.changedSince(entry("https://example.com/a", "2000-01-01T00:00:00Z"), null)).isTrue();
    }

    @Test
    void anUndatedEntryMightHaveChanged() {
        assertThat(SitemapReader.changedSince(entry("https://example.com/a", null), LocalDate.of(2024, 5, 1)))
                .isTrue();
    }

    @ParameterizedTest
    @CsvSource({
            "2024-05-01T00:00:00Z, true",
            "2024-05-01T23:59:59Z, true",
            "2024-06-15T12:00:00Z, true",
            "2024-04-30T23:59:59.999Z, false",
            "2023-05-01T00:00:00Z, false"})
    void aDatedEntryHasChangedFromTheStartOfTheDayInUtc(String lastModified, boolean changed) {
        SitemapEntry dated = entry("https://example.com/a", lastModified);

        assertThat(SitemapReader.changedSince(dated, LocalDate.of(2024, 5, 1))).isEqualTo(changed);
    }

    @Test
    void aLocalMidnightEastOfUtcIsStillTheDayBefore() {
        // 2024-05-01T01:00+02:00 is 2024-04-30T23:00Z.
        Sitemap.Urls urls = readUrls(urlset(
                "<url><loc>https://example.com/p</loc><lastmod>2024-05-01T01:00:00+02:00</lastmod></url>"));

        assertThat(SitemapReader.changedSince(urls.entries().getFirst(), LocalDate.of(2024, 5, 1))).isFalse();
    }

    // Reuse

    @Test
    void oneReaderServesManySitemapsAtOnce() {
        List<Sitemap> results = IntStream.range(0, 40).parallel()
                .mapToObj(i -> reader.read(utf8(urlset("<url><loc>https://example.com/" + i + "</loc></url>")),
                        "application/xml", SITEMAP_URL))
                .toList();

        for (int i = 0; i < results.size(); i++) {
            assertThat(results.get(i)).isEqualTo(new Sitemap.Urls(List.of(entry("https://example.com/" + i, null))));
        }
    }
}
