package org.archivist.ingest.archive;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns the bytes of a page into text. Both methods take the charset from, in order: a byte-order mark, the
 * {@code Content-Type} charset parameter, then, for HTML, a {@code <meta charset>} or
 * {@code <meta http-equiv="Content-Type" content="...; charset=...">} near the top of the page. They differ in what
 * happens when that is missing or wrong, because they differ in who can fix it:
 * <ul>
 * <li>{@link #decode} is for posted pages. The poster can resend with the right charset, so it is strict: with no
 * charset the page must be valid UTF-8 (guessing another charset would silently garble the text), and bytes that are
 * not valid in the charset, or an unknown charset name, fail with the byte offset.
 * <li>{@link #decodeFetched} is for pages fetched from the web, which nobody here can fix. It is lenient: an unknown
 * charset name falls through to the next source; with none declared, valid UTF-8 stays UTF-8, otherwise the charset
 * is guessed from the bytes, else windows-1252 (the HTML standard's default for unlabelled Western pages); and bytes
 * that do not decode become U+FFFD, since one bad byte on someone else's site should not lose the whole page.
 * </ul>
 * Both refuse a body with a NUL byte (outside UTF-16), which is binary, not a page.
 */
public final class PageDecoder {

    /**
     * How far into an HTML page to look for a {@code <meta charset>}. The HTML standard's pre-scan stops at 1024
     * bytes, but real pages put long comments, scripts or link tags first and declare their charset later in the
     * head; the first declaration in the head, within this many bytes, counts.
     */
    private static final int HEAD_SNIFF_BYTES = 64 * 1024;
    /** Also finds the charset in an {@code http-equiv} meta's {@code content}, which sits inside the same tag. */
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]{1,40})", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Enough for the detector to make up its mind on a page; it looks no further once sure. */
    private static final int GUESS_CHUNK = 4096;

    /** How a page is decoded: strictly for one that was posted, leniently for one that was fetched. */
    private enum Reading {
        POSTED, FETCHED
    }

    /** Decodes a posted page strictly: a charset that does not fit fails with the byte offset. */
    public String decode(byte[] body, String declaredCharset, ArchivePageParser.Format format) {
        return decode(body, declaredCharset, format, Reading.POSTED);
    }

    /** Decodes a fetched page leniently, guessing the charset when none is declared; fails only on a NUL byte. */
    public String decodeFetched(byte[] body, String declaredCharset, ArchivePageParser.Format format) {
        return decode(body, declaredCharset, format, Reading.FETCHED);
    }

    private static String decode(byte[] body, String declaredCharset, ArchivePageParser.Format format, Reading reading) {
        int nul = indexOf(body, (byte) 0);
        if (nul >= 0 && !hasUtf16Bom(body) && !isUtf16(declaredCharset)) {
            throw new PageDecodingException("The body has a NUL byte at byte offset " + nul
                    + ": this is not a text page. Send text/plain or text/html.", nul);
        }
        if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
            return text(StandardCharsets.UTF_8, body, 3, "UTF-8 (from its byte-order mark)", reading);
        }
        if (hasUtf16Bom(body)) {
            Charset utf16 = body[0] == (byte) 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            return text(utf16, body, 2, utf16.name() + " (from its byte-order mark)", reading);
        }
        if (declaredCharset != null && !declaredCharset.isBlank()) {
            Optional<Charset> charset = charset(declaredCharset.strip(), reading);
            if (charset.isPresent()) {
                return text(charset.get(), body, 0, charset.get().name() + " (from the Content-Type charset)", reading);
            }
        }
        if (format == ArchivePageParser.Format.HTML) {
            Optional<Charset> charset = metaCharset(body).flatMap(name -> charset(name, reading));
            if (charset.isPresent()) {
                Charset meta = charset.get();
                // The meta was found by reading the bytes as ASCII, so a page that says UTF-16 there is not: the HTML
                // standard reads it as UTF-8. Posted pages keep their strict reading, which reports the mismatch.
                if (reading == Reading.FETCHED && meta.name().startsWith("UTF-16")) {
                    meta = StandardCharsets.UTF_8;
                }
                return text(meta, body, 0, meta.name() + " (from the page's <meta charset>)", reading);
            }
        }
        if (reading == Reading.POSTED) {
            return strict(StandardCharsets.UTF_8, body, 0, "UTF-8 (no charset was given)");
        }
        return validUtf8(body).orElseGet(() -> new String(body, guess(body)));
    }

    /** The first charset named by a meta tag in the head, if any. */
    private static Optional<String> metaCharset(byte[] body) {
        // ISO-8859-1 maps every byte to one char, so offsets in the string are byte offsets.
        String head = new String(body, 0, Math.min(body.length, HEAD_SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        int headEnd = head.toLowerCase(Locale.ROOT).indexOf("</head");
        Matcher meta = META_CHARSET.matcher(head).region(0, headEnd < 0 ? head.length() : headEnd);
        return meta.find() ? Optional.of(meta.group(1)) : Optional.empty();
    }

    private static String text(Charset charset, byte[] body, int skip, String what, Reading reading) {
        return reading == Reading.POSTED
                ? strict(charset, body, skip, what)
                : new String(body, skip, body.length - skip, charset); // malformed input becomes U+FFFD
    }

    private static String strict(Charset charset, byte[] body, int skip, String what) {
        ByteBuffer in = ByteBuffer.wrap(body, skip, body.length - skip);
        try {
            return reporting(charset).decode(in).toString();
        } catch (CharacterCodingException e) {
            int offset = in.position();
            throw new PageDecodingException("The body is not valid " + what + " at byte offset " + offset
                    + ". Send the page's charset, e.g. Content-Type: text/plain; charset=windows-1252.", offset);
        }
    }

    private static Optional<String> validUtf8(byte[] body) {
        try {
            return Optional.of(reporting(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(body)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static CharsetDecoder reporting(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The detector's guess for a body that is not UTF-8, else windows-1252. */
    private static Charset guess(byte[] body) {
        UniversalDetector detector = new UniversalDetector();
        for (int start = 0; start < body.length && !detector.isDone(); start += GUESS_CHUNK) {
            detector.handleData(body, start, Math.min(GUESS_CHUNK, body.length - start));
        }
        detector.dataEnd();
        String guess = detector.getDetectedCharset();
        return guess == null ? WINDOWS_1252 : charset(guess, Reading.FETCHED).orElse(WINDOWS_1252);
    }

    /** The named charset; for a posted page an unknown name fails, for a fetched one it is empty. */
    private static Optional<Charset> charset(String name, Reading reading) {
        Charset charset;
        try {
            charset = Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            if (reading == Reading.POSTED) {
                throw new PageDecodingException("Unknown charset '" + name
                        + "'. Use a name such as UTF-8, ISO-8859-1 or windows-1251.", -1);
            }
            return Optional.empty();
        }
        // Browsers read pages labelled Latin-1 or ASCII as windows-1252 (WHATWG Encoding Standard), and such pages
        // use its curly quotes and dashes; a posted page keeps the charset its poster named.
        if (reading == Reading.FETCHED
                && (charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII))) {
            return Optional.of(WINDOWS_1252);
        }
        return Optional.of(charset);
    }

    private static boolean hasUtf16Bom(byte[] body) {
        return startsWith(body, 0xFE, 0xFF) || startsWith(body, 0xFF, 0xFE);
    }

    private static boolean isUtf16(String charset) {
        return charset != null && charset.strip().toUpperCase(Locale.ROOT).startsWith("UTF-16");
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
