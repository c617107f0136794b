package org.archivist.ingest.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.archivist.ingest.archive.ArchivePageParser.Format;
import org.junit.jupiter.api.Test;

class PageDecoderTests {

    private final PageDecoder decoder = new PageDecoder();

    @Test
    void readsUtf8WhenNoCharsetIsGiven() {
        assertThat(decoder.decode("São Paulo – «Отчёт»".getBytes(StandardCharsets.UTF_8), null, Format.TEXT))
                .isEqualTo("São Paulo – «Отчёт»");
    }

    @Test
    void rejectsInvalidUtf8WithoutCharsetNamingTheByteOffset() {
        byte[] latin1 = "Caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> decoder.decode(latin1, null, Format.TEXT))
                .isInstanceOf(PageDecodingException.class)
                .hasMessageContaining("byte offset 3")
                .hasMessageContaining("charset")
                .extracting(e -> ((PageDecodingException) e).byteOffset()).isEqualTo(3L);
    }

    @Test
    void honoursTheCharsetParameter() {
        byte[] cp1251 = "Отчёт".getBytes(Charset.forName("windows-1251"));

        assertThat(decoder.decode(cp1251, "windows-1251", Format.TEXT)).isEqualTo("Отчёт");
    }

    @Test
    void honoursTheHtmlMetaCharset() {
        byte[] page = "<html><head><meta charset=\"iso-8859-1\"></head><body>Caf\u00e9</body></html>"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThat(decoder.decode(page, null, Format.HTML)).contains("Café");
    }

    @Test
    void findsAMetaCharsetThatStraddlesTheFirstKilobyte() {
        String filler = "<!-- " + "x".repeat(1010) + " -->";
        byte[] page = ("<html><head>" + filler + "<meta charset=\"windows-1252\"></head><body>Caf\u00e9 \u2013 bar</body>")
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));

        assertThat(decoder.decode(page, null, Format.HTML)).contains("Café – bar");
    }

    @Test
    void ignoresCharsetWordsAfterTheHead() {
        byte[] page = "<html><head><title>t</title></head><body><meta charset=\"iso-8859-1\">S\u00e3o</body>"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(decoder.decode(page, null, Format.HTML)).contains("São");
    }

    @Test
    void charsetParameterWinsOverTheMetaCharset() {
        byte[] page = "<meta charset=\"iso-8859-1\"><p>São</p>".getBytes(StandardCharsets.UTF_8);

        assertThat(decoder.decode(page, "utf-8", Format.HTML)).contains("São");
    }

    @Test
    void byteOrderMarkDecidesAndIsDropped() {
        byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i' };
        byte[] utf16 = "\uFEFFHi".getBytes(StandardCharsets.UTF_16LE);

        assertThat(decoder.decode(bom, "iso-8859-1", Format.TEXT)).isEqualTo("Hi");
        assertThat(decoder.decode(utf16, null, Format.TEXT)).isEqualTo("Hi");
    }

    @Test
    void rejectsNulBytesAsNotText() {
        byte[] binary = { 'P', 'K', 3, 4, 0, 0, 1 };

        assertThatThrownBy(() -> decoder.decode(binary, null, Format.TEXT))
                .isInstanceOf(PageDecodingException.class)
                .hasMessageContaining("NUL byte at byte offset 4");
    }

    @Test
    void rejectsAnUnknownCharsetByName() {
        assertThatThrownBy(() -> decoder.decode("x".getBytes(StandardCharsets.UTF_8), "klingon-8", Format.TEXT))
                .isInstanceOf(PageDecodingException.class)
                .hasMessageContaining("Unknown charset 'klingon-8'");
    }

    @Test
    void findsTheCharsetOfAnHttpEquivMeta() {
        byte[] page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
                + "</head><body>Отчёт</body></html>").getBytes(Charset.forName("windows-1251"));

        assertThat(decoder.decode(page, null, Format.HTML)).contains("Отчёт");
        assertThat(decoder.decodeFetched(page, null, Format.HTML)).contains("Отчёт");
    }

    @Test
    void findsTheCharsetOfAnHttpEquivMetaWithItsContentFirst() {
        byte[] page = ("<head><META CONTENT='text/html;charset=KOI8-R' HTTP-EQUIV='content-type'></head>Отчёт")
                .getBytes(Charset.forName("KOI8-R"));

        assertThat(decoder.decode(page, null, Format.HTML)).contains("Отчёт");
        assertThat(decoder.decodeFetched(page, null, Format.HTML)).contains("Отчёт");
    }

    // decodeFetched: pages from the web, which nobody here can fix.

    private static final String RUSSIAN = """
            <html><head><title>Новости</title></head><body>
            <p>Вчера в городском совете прошло очередное заседание, на котором депутаты обсудили бюджет на следующий год.
            Глава администрации рассказал о планах по ремонту дорог и строительству новой школы в северном районе.
            Жители, пришедшие на встречу, задавали вопросы о тарифах на отопление и о работе общественного транспорта.
            По словам председателя, окончательное решение будет принято после публичных слушаний в конце месяца.</p>
            </body></html>""";

    @Test
    void guessesWindows1251ForAnUndeclaredRussianPage() {
        byte[] page = RUSSIAN.getBytes(Charset.forName("windows-1251"));

        assertThat(decoder.decodeFetched(page, null, Format.HTML)).isEqualTo(RUSSIAN);
    }

    @Test
    void guessesKoi8rForAnUndeclaredRussianPage() {
        byte[] page = RUSSIAN.getBytes(Charset.forName("KOI8-R"));

        assertThat(decoder.decodeFetched(page, null, Format.HTML)).isEqualTo(RUSSIAN);
    }

    @Test
    void readsAnUndeclaredWesternPageAsWindows1252() {
        String text = "<html><body><p>Le caf\u00e9 de la gare a rouvert \u2013 \u201cenfin\u201d, disent les habitu\u00e9s."
                + " M\u00fcller aus M\u00fcnchen tr\u00e4umt von einer gr\u00fc\u00dferen K\u00fcche.</p></body></html>";
        byte[] page = text.getBytes(Charset.forName("windows-1252"));

        assertThat(decoder.decodeFetched(page, null, Format.HTML)).isEqualTo(text);
    }

    @Test
    void readsAFewUndeclaredWesternBytesAsWindows1252() {
        byte[] page = "Caf\u00e9 \u00fcber".getBytes(Charset.forName("windows-1252"));

        assertThat(decoder.decodeFetched(page, null, Format.TEXT)).isEqualTo("Café über");
    }

    @Test
    void fallsBackToWindows1252WhenTheDetectorHasNoAnswer() {
        // Too little text for the detector to name a charset; the euro sign and dash are where 1252 differs from Latin-1.
        byte[] page = "Stra\u00dfe \u2013 5 \u20ac".getBytes(Charset.forName("windows-1252"));

        assertThat(decoder.decodeFetched(page, null, Format.TEXT)).isEqualTo("Straße – 5 €");
    }

    @Test
    void keepsUndeclaredValidUtf8AsUtf8() {
        String text = "<p>São Paulo – «Отчёт» – café</p>";

        assertThat(decoder.decodeFetched(text.getBytes(StandardCharsets.UTF_8), null, Format.HTML)).isEqualTo(text);
    }

    @Test
    void aDeclaredCharsetWinsOverTheGuess() {
        // These bytes read as Russian in windows-1251; the server says KOI8-R, and it is believed.
        byte[] page = RUSSIAN.getBytes(Charset.forName("windows-1251"));

        assertThat(decoder.decodeFetched(page, "KOI8-R", Format.HTML))
                .isEqualTo(new String(page, Charset.forName("KOI8-R")))
                .isNotEqualTo(RUSSIAN);
    }

    @Test
    void aMetaCharsetWinsOverTheGuessWhenFetched() {
        byte[] page = "<html><head><meta charset=\"iso-8859-5\"></head><body>Отчёт</body></html>"
                .getBytes(Charset.forName("ISO-8859-5"));

        assertThat(decoder.decodeFetched(page, null, Format.HTML)).contains("Отчёт");
    }

    @Test
    void theContentTypeCharsetWinsOverTheMetaCharsetWhenFetched() {
        byte[] page = "<meta charset=\"iso-8859-1\"><p>São</p>".getBytes(StandardCharsets.UTF_8);

        assertThat(decoder.decodeFetched(page, "utf-8", Format.HTML)).contains("São");
    }

    @Test
    void aByteOrderMarkDecidesWhenFetchedToo() {
        byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i' };
        byte[] utf16 = "\uFEFFHi".getBytes(StandardCharsets.UTF_16BE);

        assertThat(decoder.decodeFetched(bom, "windows-1251", Format.TEXT)).isEqualTo("Hi");
        assertThat(decoder.decodeFetched(utf16, null, Format.TEXT)).isEqualTo("Hi");
    }

    @Test
    void badBytesInAFetchedPageBecomeReplacementCharactersButFailAPostedOne() {
        byte[] page = "<p>caf\u00e9 \u2013 ok</p>".getBytes(StandardCharsets.UTF_8);
        page[6] = (byte) 0xFF; // the first byte of é

        assertThat(decoder.decodeFetched(page, "utf-8", Format.HTML)).isEqualTo("<p>caf\uFFFD\uFFFD \u2013 ok</p>");
        assertThatThrownBy(() -> decoder.decode(page, "utf-8", Format.HTML))
                .isInstanceOf(PageDecodingException.class)
                .hasMessageContaining("byte offset 6");
    }

    @Test
    void anUnknownDeclaredCharsetFallsThroughToTheMetaCharset() {
        byte[] page = "<head><meta charset=\"windows-1251\"></head>Отчёт".getBytes(Charset.forName("windows-1251"));

        assertThat(decoder.decodeFetched(page, "klingon-8", Format.HTML)).contains("Отчёт");
    }

    @Test
    void anUnknownDeclaredCharsetFallsThroughToUtf8() {
        assertThat(decoder.decodeFetched("São".getBytes(StandardCharsets.UTF_8), "klingon-8", Format.TEXT))
                .isEqualTo("São");
    }

    @Test
    void anUnknownMetaCharsetFallsThroughToTheGuess() {
        String text = "<head><meta charset=\"x-martian\"></head>" + RUSSIAN;
        byte[] page = text.getBytes(Charset.forName("windows-1251"));

        assertThat(decoder.decodeFetched(page, null, Format.HTML)).isEqualTo(text);
        assertThatThrownBy(() -> decoder.decode(page, null, Format.HTML))
                .hasMessageContaining("Unknown charset 'x-martian'");
    }

    @Test
    void aFetchedPageLabelledLatin1IsReadAsWindows1252LikeBrowsersDo() {
        byte[] page = { (byte) 0x93, 'H', 'i', (byte) 0x94 };

        assertThat(decoder.decodeFetched(page, "iso-8859-1", Format.TEXT)).isEqualTo("\u201cHi\u201d");
        assertThat(decoder.decode(page, "iso-8859-1", Format.TEXT)).isEqualTo("\u0093Hi\u0094");
    }

    @Test
    void aFetchedPageWhoseMetaSaysUtf16IsReadAsUtf8() {
        byte[] page = "<head><meta charset=\"utf-16\"></head>São".getBytes(StandardCharsets.UTF_8);

        assertThat(decoder.decodeFetched(page, null, Format.HTML)).endsWith("São");
    }

    @Test
    void rejectsNulBytesWhenFetchedToo() {
        byte[] binary = { 'P', 'K', 3, 4, 0, 0, 1 };

        assertThatThrownBy(() -> decoder.decodeFetched(binary, null, Format.TEXT))
                .isInstanceOf(PageDecodingException.class)
                .hasMessageContaining("NUL byte at byte offset 4");
    }
}
