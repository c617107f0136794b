package org.archivist.ingest.archive;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a posted page into text. The charset comes from, in order: a byte-order mark,
 * the request's {@code charset} parameter, an HTML {@code <meta charset>} near the top of the page,
 * else UTF-8, which must then be valid: guessing another charset would silently garble the text.
 */
public final class PageDecoder {

    /**
     * How far into an HTML page to look for a {@code <meta charset>}. The HTML standard's pre-scan stops at 1024
     * bytes, but real pages put long comments, scripts or link tags first and declare their charset later in the
     * head; the first declaration in the head, within this many bytes, counts.
     */
    private static final int HEAD_SNIFF_BYTES = 64 * 1024;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]{1,40})", Pattern.CASE_INSENSITIVE);

    public String decode(byte[] body, String declaredCharset, ArchivePageParser.Format format) {
        int nul = indexOf(body, (byte) 0);
        if (nul >= 0 && !hasUtf16Bom(body) && !isUtf16(declaredCharset)) {
            throw new PageDecodingException("The body has a NUL byte at byte offset " + nul
                    + ": this is not a text page. Send text/plain or text/html.", nul);
        }
        if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
            return strict(StandardCharsets.UTF_8, body, 3, "UTF-8 (from its byte-order mark)");
        }
        if (hasUtf16Bom(body)) {
            Charset utf16 = body[0] == (byte) 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            return strict(utf16, body, 2, utf16.name() + " (from its byte-order mark)");
        }
        if (declaredCharset != null && !declaredCharset.isBlank()) {
            Charset charset = charset(declaredCharset.strip());
            return strict(charset, body, 0, charset.name() + " (from the Content-Type charset)");
        }
        if (format == ArchivePageParser.Format.HTML) {
            // ISO-8859-1 maps every byte to one char, so offsets in the string are byte offsets.
            String head = new String(body, 0, Math.min(body.length, HEAD_SNIFF_BYTES), StandardCharsets.ISO_8859_1);
            int headEnd = head.toLowerCase(java.util.Locale.ROOT).indexOf("</head");
            Matcher meta = META_CHARSET.matcher(head).region(0, headEnd < 0 ? head.length() : headEnd);
            if (meta.find()) {
                Charset charset = charset(meta.group(1));
                return strict(charset, body, 0, charset.name() + " (from the page's <meta charset>)");
            }
        }
        return strict(StandardCharsets.UTF_8, body, 0, "UTF-8 (no charset was given)");
    }

    private static String strict(Charset charset, byte[] body, int skip, String what) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body, skip, body.length - skip);
        try {
            CharBuffer out = decoder.decode(in);
            return out.toString();
        } catch (CharacterCodingException e) {
            int offset = in.position();
            throw new PageDecodingException("The body is not valid " + what + " at byte offset " + offset
                    + ". Send the page's charset, e.g. Content-Type: text/plain; charset=windows-1252.", offset);
        }
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new PageDecodingException("Unknown charset '" + name + "'. Use a name such as UTF-8, ISO-8859-1 or windows-1251.", -1);
        }
    }

    private static boolean hasUtf16Bom(byte[] body) {
        return startsWith(body, 0xFE, 0xFF) || startsWith(body, 0xFF, 0xFE);
    }

    private static boolean isUtf16(String charset) {
        return charset != null && charset.strip().toUpperCase(java.util.Locale.ROOT).startsWith("UTF-16");
    }

    private static boolean startsWith(byte[] body, int... prefix) {
        if (body.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((body[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] body, byte value) {
        for (int i = 0; i < body.length; i++) {
            if (body[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
