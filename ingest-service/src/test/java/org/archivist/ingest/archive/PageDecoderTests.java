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
}
