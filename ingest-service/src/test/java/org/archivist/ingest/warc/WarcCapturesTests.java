package org.archivist.ingest.warc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.WarcCompression;

class WarcCapturesTests {

    private static final String HTML = "<html><head><title>T</title></head><body><p>Text</p></body></html>";

    private final List<WarcCaptures.Page> pages = new ArrayList<>();
    private final List<WarcCaptures.Skipped> skipped = new ArrayList<>();
    private final WarcCaptures.Visitor visitor = new WarcCaptures.Visitor() {
        @Override
        public void page(WarcCaptures.Page page) {
            pages.add(page);
        }

        @Override
        public void skipped(WarcCaptures.Skipped record) {
            skipped.add(record);
        }
    };

    private long read(byte[] warc) {
        return new WarcCaptures(1_000).read(new ByteArrayInputStream(warc), visitor);
    }

    @Test
    void anHtmlResponseIsAPageWithItsUrlCaptureTimeAndCharset() {
        long records = read(WarcFiles.write(WarcCompression.NONE, WarcFiles.page("https://blog.example/a", HTML)));

        assertThat(records).isEqualTo(1);
        assertThat(pages).singleElement().satisfies(page -> {
            assertThat(page.url()).isEqualTo("https://blog.example/a");
            assertThat(page.capturedAt()).isEqualTo(WarcFiles.CAPTURED);
            assertThat(page.charset()).isEqualTo("utf-8");
            assertThat(new String(page.html(), StandardCharsets.UTF_8)).isEqualTo(HTML);
        });
        assertThat(skipped).isEmpty();
    }

    @Test
    void gzippedRecordsAreReadLikePlainOnes() {
        byte[] warc = WarcFiles.write(WarcCompression.GZIP, WarcFiles.page("https://blog.example/a", HTML),
                WarcFiles.page("https://blog.example/b", HTML));

        assertThat(warc[0] & 0xff).as("gzip magic").isEqualTo(0x1f);
        assertThat(read(warc)).isEqualTo(2);
        assertThat(pages).extracting(WarcCaptures.Page::url)
                .containsExactly("https://blog.example/a", "https://blog.example/b");
    }

    @Test
    void everyOtherRecordIsSkippedWithWhy() {
        read(WarcFiles.write(WarcCompression.NONE,
                WarcFiles.warcinfo(),
                WarcFiles.request("https://blog.example/a"),
                WarcFiles.response("https://blog.example/logo.png", 200, "image/png", new byte[] {1, 2, 3}),
                WarcFiles.response("https://blog.example/gone", 404, "text/html", "<p>Not here</p>".getBytes()),
                WarcFiles.revisit("https://blog.example/a"),
                WarcFiles.page("https://blog.example/huge", "<p>" + "x".repeat(2_000) + "</p>")));

        assertThat(pages).isEmpty();
        assertThat(skipped).extracting(WarcCaptures.Skipped::reason).containsExactly(
                "a warcinfo record holds no page",
                "a request record holds no page",
                "not HTML (image/png)",
                "HTTP status 404",
                "a revisit: the page is stored with its first capture",
                "the page is larger than 1000 bytes");
        assertThat(skipped.get(3).status()).isEqualTo(404);
        assertThat(skipped.get(3).url()).isEqualTo("https://blog.example/gone");
    }

    @Test
    void aTruncatedFileSaysHowManyRecordsCameBeforeTheBreak() {
        byte[] whole = WarcFiles.write(WarcCompression.GZIP, WarcFiles.page("https://blog.example/a", HTML),
                WarcFiles.page("https://blog.example/b", HTML), WarcFiles.page("https://blog.example/c", HTML));

        byte[] cut = WarcFiles.truncated(whole, whole.length - 40);

        assertThatThrownBy(() -> read(cut)).isInstanceOfSatisfying(WarcReadException.class, e -> {
            assertThat(e.recordsRead()).isEqualTo(2);
            assertThat(e.byteOffset()).isPositive().isLessThan(cut.length);
            assertThat(e.getMessage()).startsWith("The WARC file breaks off or is corrupt after 2 record(s)");
        });
        assertThat(pages).hasSize(2);
    }

    @Test
    void aFailureOfTheBodyStreamItselfIsNotCalledABrokenFile() {
        byte[] warc = WarcFiles.write(WarcCompression.NONE, WarcFiles.page("https://blog.example/a", HTML),
                WarcFiles.page("https://blog.example/b", HTML));
        // As the body-size filter's stream does at its limit.
        InputStream cut = new FilterInputStream(new ByteArrayInputStream(warc)) {
            private int read;

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                read += Math.max(n, 0);
                if (read > warc.length / 2) {
                    throw new IllegalStateException("over the limit");
                }
                return n;
            }
        };

        assertThatThrownBy(() -> new WarcCaptures(1_000).read(cut, visitor))
                .isInstanceOf(IllegalStateException.class).hasMessage("over the limit");
    }

    @Test
    void somethingThatIsNoWarcFileIsRefusedAtTheFirstRecord() {
        assertThatThrownBy(() -> read("<html>not a warc</html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(WarcReadException.class, e -> assertThat(e.recordsRead()).isZero());
    }
}
