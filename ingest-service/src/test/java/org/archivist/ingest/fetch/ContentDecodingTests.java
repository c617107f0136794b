package org.archivist.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bodies built in memory; the wire is a byte array. */
class ContentDecodingTests {

    private static final long MiB = 1024 * 1024;
    private static final byte[] PAGE = ("<html><head><title>Отчёт</title></head><body>"
            + "<p>São Paulo, 3 March: the council met again. ".repeat(40) + "</p></body></html>")
            .getBytes(StandardCharsets.UTF_8);

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "identity", " Identity "})
    void noEncodingReturnsTheBodyAsSent(String contentEncoding) throws IOException {
        assertThat(ContentDecoding.read(wire(PAGE), contentEncoding, MiB)).isEqualTo(PAGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gzip", "x-gzip", "GZIP", " gzip "})
    void undoesGzip(String contentEncoding) throws IOException {
        assertThat(ContentDecoding.read(wire(gzip(PAGE)), contentEncoding, MiB)).isEqualTo(PAGE);
    }

    @Test
    void undoesZlibWrappedDeflate() throws IOException {
        byte[] zlib = zlib(PAGE);
        assertThat(zlib[0]).isEqualTo((byte) 0x78);

        assertThat(ContentDecoding.read(wire(zlib), "deflate", MiB)).isEqualTo(PAGE);
    }

    @Test
    void undoesRawDeflateThatSomeServersSendInstead() throws IOException {
        assertThat(ContentDecoding.read(wire(rawDeflate(PAGE)), "Deflate", MiB)).isEqualTo(PAGE);
    }

    @Test
    void undoesBrotli() throws IOException {
        assertThat(ContentDecoding.read(wire(BrotliStreams.uncompressed(PAGE)), "br", MiB)).isEqualTo(PAGE);
    }

    @Test
    void undoesBrotliOfMoreThanOneMetaBlock() throws IOException {
        byte[] large = random(200_000);

        assertThat(ContentDecoding.read(wire(BrotliStreams.uncompressed(large)), "br", MiB)).isEqualTo(large);
    }

    @Test
    void undoesACompressedBrotliMetaBlock() throws IOException {
        byte[] zeros = BrotliStreams.zeros(5000);
        assertThat(zeros).hasSizeLessThan(20);

        assertThat(ContentDecoding.read(wire(zeros), "br", MiB)).hasSize(5000).containsOnly(0);
    }

    @Test
    void undoesStackedCodingsInReverseOrder() throws IOException {
        byte[] gzipThenBrotli = BrotliStreams.uncompressed(gzip(PAGE));

        assertThat(ContentDecoding.read(wire(gzipThenBrotli), "gzip, br", MiB)).isEqualTo(PAGE);
        assertThat(ContentDecoding.read(wire(gzipThenBrotli), " GZIP ,BR ", MiB)).isEqualTo(PAGE);
    }

    @Test
    void stackedCodingsInTheWrongOrderAreCorrupt() {
        byte[] gzipThenBrotli = BrotliStreams.uncompressed(gzip(PAGE));

        assertThatThrownBy(() -> ContentDecoding.read(wire(gzipThenBrotli), "br, gzip", MiB))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not valid gzip data");
    }

    @Test
    void identityInAListIsSkipped() throws IOException {
        assertThat(ContentDecoding.read(wire(gzip(PAGE)), "identity, gzip", MiB)).isEqualTo(PAGE);
    }

    @Test
    void anEmptyBodyWithAnEncodingIsEmpty() throws IOException {
        assertThat(ContentDecoding.read(wire(new byte[0]), "gzip", MiB)).isEmpty();
        assertThat(ContentDecoding.read(wire(new byte[0]), "br", MiB)).isEmpty();
    }

    @Test
    void anUnknownEncodingIsNamedAndNothingIsRead() {
        CountingStream wire = new CountingStream(wire(PAGE));

        assertThatThrownBy(() -> ContentDecoding.read(wire, "gzip, zstd", MiB))
                .isInstanceOf(IOException.class)
                .isNotInstanceOf(FetchedBodyTooLargeException.class)
                .hasMessageContaining("Unsupported Content-Encoding 'zstd'")
                .hasMessageContaining("gzip, deflate and br");
        assertThat(wire.count).isZero();
    }

    @Test
    void compressIsNotSupported() {
        assertThatThrownBy(() -> ContentDecoding.read(wire(PAGE), "compress", MiB))
                .hasMessageContaining("Unsupported Content-Encoding 'compress'");
    }

    @Test
    void aBodyThatIsNotGzipIsCorrupt() {
        assertThatThrownBy(() -> ContentDecoding.read(wire(PAGE), "gzip", MiB))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("The fetched body is not valid gzip data (corrupt or truncated)");
    }

    @Test
    void aTruncatedGzipBodyIsCorrupt() {
        byte[] gzip = gzip(PAGE);
        byte[] truncated = Arrays.copyOf(gzip, gzip.length / 2);

        assertThatThrownBy(() -> ContentDecoding.read(wire(truncated), "gzip", MiB))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not valid gzip data");
    }

    @Test
    void aBodyThatIsNotDeflateIsCorrupt() {
        byte[] garbage = random(1000);
        garbage[0] = (byte) 0xFF; // a raw deflate block of the reserved type 3

        assertThatThrownBy(() -> ContentDecoding.read(wire(garbage), "deflate", MiB))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not valid deflate data");
    }

    @Test
    void aBodyThatIsNotBrotliIsCorrupt() {
        assertThatThrownBy(() -> ContentDecoding.read(wire(PAGE), "br", MiB))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not valid br data");
    }

    @Test
    void aFailureOfTheWireIsPassedOnAsIsNotCalledCorrupt() {
        IOException reset = new IOException("Connection reset");

        assertThatThrownBy(() -> ContentDecoding.read(failingAfter(gzip(PAGE), 100, reset), "gzip", MiB))
                .isSameAs(reset);
        // The brotli decoder wraps what its source throws.
        assertThatThrownBy(() -> ContentDecoding.read(failingAfter(BrotliStreams.uncompressed(PAGE), 100, reset),
                "br", MiB)).isSameAs(reset);
    }

    @Test
    void aGzipBombFailsAfterReadingOnlyWhatTheLimitNeeds() {
        byte[] bomb = gzip(new byte[10 * (int) MiB]);
        assertThat(bomb).hasSizeLessThan(20_000);
        CountingStream wire = new CountingStream(wire(bomb));

        assertThatThrownBy(() -> ContentDecoding.read(wire, "gzip", MiB))
                .isInstanceOfSatisfying(FetchedBodyTooLargeException.class, e -> assertThat(e.limitBytes()).isEqualTo(MiB))
                .hasMessage("The fetched body, once decoded from gzip, is larger than the limit of 1048576 bytes.");
        // About a tenth of the bomb inflates to the limit; decoding all of it first would read it all.
        assertThat(wire.count).isLessThan(bomb.length / 2);
    }

    @Test
    void aBrotliBombFails() {
        byte[] bomb = BrotliStreams.zeros(10 * (int) MiB);
        assertThat(bomb).hasSizeLessThan(20);

        assertThatThrownBy(() -> ContentDecoding.read(wire(bomb), "br", MiB))
                .isInstanceOfSatisfying(FetchedBodyTooLargeException.class, e -> assertThat(e.limitBytes()).isEqualTo(MiB))
                .hasMessageContaining("once decoded from br");
    }

    @Test
    void aBombInsideAnotherCodingFailsToo() {
        byte[] bomb = BrotliStreams.uncompressed(gzip(new byte[10 * (int) MiB]));

        assertThatThrownBy(() -> ContentDecoding.read(wire(bomb), "gzip, br", MiB))
                .isInstanceOf(FetchedBodyTooLargeException.class)
                .hasMessageContaining("once decoded from gzip");
    }

    @Test
    void aBodyOfExactlyTheLimitIsAccepted() throws IOException {
        byte[] body = Arrays.copyOf(PAGE, 1000);

        assertThat(ContentDecoding.read(wire(body), null, 1000)).isEqualTo(body);
        assertThat(ContentDecoding.read(wire(gzip(body)), "gzip", 1000)).isEqualTo(body);
        assertThat(ContentDecoding.read(wire(BrotliStreams.zeros(2119)), "br", 2119)).hasSize(2119);
    }

    @Test
    void aBodyOfOneByteMoreThanTheLimitIsRefused() {
        byte[] body = Arrays.copyOf(PAGE, 1001);

        assertThatThrownBy(() -> ContentDecoding.read(wire(body), null, 1000))
                .isInstanceOfSatisfying(FetchedBodyTooLargeException.class, e -> assertThat(e.limitBytes()).isEqualTo(1000))
                .hasMessage("The fetched body, as sent, is larger than the limit of 1000 bytes.");
        assertThatThrownBy(() -> ContentDecoding.read(wire(gzip(body)), "gzip", 1000))
                .isInstanceOf(FetchedBodyTooLargeException.class)
                .hasMessageContaining("once decoded from gzip");
        assertThatThrownBy(() -> ContentDecoding.read(wire(BrotliStreams.zeros(2119)), "br", 2118))
                .isInstanceOf(FetchedBodyTooLargeException.class)
                .hasMessageContaining("once decoded from br");
    }

    @Test
    void theWireIsReadNoFurtherThanOneBytePastTheLimit() {
        CountingStream wire = new CountingStream(wire(new byte[10 * (int) MiB]));

        assertThatThrownBy(() -> ContentDecoding.read(wire, "identity", MiB))
                .isInstanceOf(FetchedBodyTooLargeException.class);
        assertThat(wire.count).isEqualTo(MiB + 1);
    }

    @Test
    void theWireIsBoundedEvenWhenWhatItDecodesToIsSmall() {
        // A gzip header may carry a comment of any length, which decodes to nothing.
        byte[] gzip = gzip(PAGE);
        ByteArrayOutputStream padded = new ByteArrayOutputStream();
        padded.write(gzip, 0, 10);
        padded.writeBytes("x".repeat(2 * (int) MiB).getBytes(StandardCharsets.US_ASCII));
        padded.write(0);
        padded.write(gzip, 10, gzip.length - 10);
        byte[] commented = padded.toByteArray();
        commented[3] |= 0x10; // FCOMMENT

        assertThatThrownBy(() -> ContentDecoding.read(wire(commented), "gzip", MiB))
                .isInstanceOf(FetchedBodyTooLargeException.class)
                .hasMessageContaining("as sent");
    }

    @Test
    void theWireIsNotClosed() throws IOException {
        var closed = new boolean[1];
        InputStream wire = new FilterInputStream(wire(gzip(PAGE))) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        ContentDecoding.read(wire, "gzip", MiB);

        assertThat(closed[0]).isFalse();
    }

    private static InputStream wire(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    private static InputStream failingAfter(byte[] bytes, int good, IOException failure) {
        return new FilterInputStream(new ByteArrayInputStream(bytes, 0, good)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n == -1) {
                    throw failure;
                }
                return n;
            }
        };
    }

    private static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] zlib(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream zlib = new DeflaterOutputStream(out)) {
            zlib.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] rawDeflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        new Random(42).nextBytes(bytes);
        return bytes;
    }

    /** Counts the bytes taken from the stream it wraps. */
    private static final class CountingStream extends FilterInputStream {

        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b != -1) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
