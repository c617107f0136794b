package org.archivist.ingest.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

import org.brotli.dec.BrotliInputStream;

/**
 * Reads a response body off the wire and undoes its {@code Content-Encoding} (RFC 9110, section 8.4): {@code gzip}
 * (or {@code x-gzip}), {@code deflate} and {@code br}, stacked in any order, with {@code identity} or no header
 * meaning none. What comes off the wire and what every decoder yields are each held to the same limit, checked as
 * the bytes arrive, so a small compressed "bomb" fails after about {@code maxBytes} of work and memory, not after
 * inflating it all. (The brotli decoder also keeps its own window, up to 16 MiB as the format allows.)
 *
 * <p>The header is trusted, never sniffed: the fetcher's {@code Accept-Encoding} names only what this class decodes,
 * so a body in another coding is the server's error, and sniffing could mangle a plain body that happens to start
 * with a gzip magic number.
 */
public final class ContentDecoding {

    private static final Set<String> SUPPORTED = Set.of("gzip", "x-gzip", "deflate", "br");
    /** The largest array the JVM reliably allocates. */
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

    private ContentDecoding() {
    }

    /**
     * The decoded body. Reads {@code wire} up to its end (or the limit) and does not close it: it belongs to the
     * caller.
     *
     * @param contentEncoding the header's value, e.g. {@code "gzip"} or {@code "gzip, br"} (applied in that order, so
     *                        undone in reverse); null or empty for none
     * @param maxBytes        the most bytes taken off the wire, and the most any decoding step may yield
     * @throws FetchedBodyTooLargeException when either would pass {@code maxBytes}
     * @throws IOException                  for an unsupported coding (before anything is read), corrupt or truncated
     *                                      compressed data, or a failure of {@code wire} itself, passed on as is
     */
    public static byte[] read(InputStream wire, String contentEncoding, long maxBytes) throws IOException {
        if (maxBytes < 0 || maxBytes > MAX_ARRAY) {
            throw new IllegalArgumentException("maxBytes must be between 0 and " + MAX_ARRAY + ", not " + maxBytes);
        }
        List<String> codings = codings(contentEncoding);
        Wire source = new Wire(wire, maxBytes);
        InputStream body = source;
        for (String coding : codings.reversed()) {
            body = new Decoding(body, coding, source, maxBytes);
        }
        try (InputStream decoded = body) {
            // Each stream fails past maxBytes, so reading all of it is bounded.
            return decoded.readAllBytes();
        }
    }

    /** The codings in the order they were applied, {@code identity} left out. */
    private static List<String> codings(String contentEncoding) throws IOException {
        List<String> codings = new ArrayList<>();
        if (contentEncoding == null) {
            return codings;
        }
        for (String token : contentEncoding.split(",")) {
            String coding = token.strip().toLowerCase(Locale.ROOT);
            if (coding.isEmpty() || coding.equals("identity")) {
                continue;
            }
            if (!SUPPORTED.contains(coding)) {
                throw new IOException("Unsupported Content-Encoding '" + token.strip()
                        + "': only gzip, deflate and br are decoded.");
            }
            codings.add(coding);
        }
        return codings;
    }

    /** A stream that counts what it yields and fails the moment the count passes its limit. */
    private abstract static class Bounded extends InputStream {

        private final long limit;
        private long count;

        Bounded(long limit) {
            this.limit = limit;
        }

        abstract int readFrom(byte[] b, int off, int len) throws IOException;

        abstract FetchedBodyTooLargeException tooLarge(long limit);

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            // Asking for at most one byte past the limit is enough to tell that it was passed.
            int n = readFrom(b, off, (int) Math.min(len, limit - count + 1));
            if (n > 0) {
                count += n;
                if (count > limit) {
                    throw tooLarge(limit);
                }
            }
            return n;
        }
    }

    /** The body as sent. Remembers its own failure, so that decoders that wrap it cannot disguise it. */
    private static final class Wire extends Bounded {

        private final InputStream in;
        private IOException failure;

        Wire(InputStream in, long limit) {
            super(limit);
            this.in = in;
        }

        @Override
        int readFrom(byte[] b, int off, int len) throws IOException {
            try {
                return in.read(b, off, len);
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        @Override
        FetchedBodyTooLargeException tooLarge(long limit) {
            return new FetchedBodyTooLargeException(limit, "The fetched body, as sent,");
        }

        @Override
        public int available() throws IOException {
            return in.available();
        }

        @Override
        public void close() {
            // The wire belongs to the caller.
        }
    }

    /** The output of one decoder, opened on the first read so that reading a corrupt header fails like the rest. */
    private static final class Decoding extends Bounded {

        private final InputStream source;
        private final String coding;
        private final Wire wire;
        private InputStream decoder;
        private Inflater inflater;

        Decoding(InputStream source, String coding, Wire wire, long limit) {
            super(limit);
            this.source = source;
            this.coding = coding;
            this.wire = wire;
        }

        @Override
        int readFrom(byte[] b, int off, int len) throws IOException {
            try {
                if (decoder == null) {
                    decoder = open();
                }
                return decoder.read(b, off, len);
            } catch (IOException e) {
                throw explained(e);
            }
        }

        private InputStream open() throws IOException {
            PushbackInputStream in = new PushbackInputStream(source, 2);
            byte[] head = in.readNBytes(2);
            in.unread(head);
            if (head.length == 0) {
                // Servers send an empty body with a Content-Encoding (on redirects, for one); there is nothing to undo.
                return InputStream.nullInputStream();
            }
            return switch (coding) {
                case "gzip", "x-gzip" -> new GZIPInputStream(in);
                // RFC 9110 means zlib-wrapped, but some servers send raw deflate; a zlib header tells them apart.
                case "deflate" -> new InflaterInputStream(in, inflater = new Inflater(!isZlibHeader(head)));
                case "br" -> new BrotliInputStream(in);
                default -> throw new IllegalStateException(coding);
            };
        }

        /** RFC 1950: compression method 8 with a window of at most 32 KiB, and a header checksum. */
        private static boolean isZlibHeader(byte[] head) {
            if (head.length < 2) {
                return false;
            }
            int cmf = head[0] & 0xFF;
            int flg = head[1] & 0xFF;
            return (cmf & 0x0F) == 8 && (cmf >> 4) <= 7 && ((cmf << 8) | flg) % 31 == 0;
        }

        /**
         * The failure to report. Some decoders (brotli) wrap what their source threw; the limit, a lower decoder's
         * verdict or the wire's own failure is dug out and passed on as is; anything else is this coding's data.
         */
        private IOException explained(IOException e) {
            Set<Throwable> seen = new HashSet<>();
            for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
                if (t instanceof FetchedBodyTooLargeException || t instanceof CorruptBodyException) {
                    return (IOException) t;
                }
                if (t == wire.failure) {
                    return wire.failure;
                }
            }
            return new CorruptBodyException("The fetched body is not valid " + coding + " data (corrupt or truncated): "
                    + e.getMessage(), e);
        }

        @Override
        FetchedBodyTooLargeException tooLarge(long limit) {
            return new FetchedBodyTooLargeException(limit, "The fetched body, once decoded from " + coding + ",");
        }

        @Override
        public int available() throws IOException {
            return decoder == null ? 0 : decoder.available();
        }

        @Override
        public void close() throws IOException {
            try {
                if (decoder != null) {
                    decoder.close();
                }
                source.close();
            } finally {
                // An Inflater handed to InflaterInputStream is not ended by it, and holds native memory until it is.
                if (inflater != null) {
                    inflater.end();
                }
            }
        }
    }

    /** Marks a decoder's verdict so that the decoders above it pass it on instead of blaming their own data. */
    private static final class CorruptBodyException extends IOException {

        CorruptBodyException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
