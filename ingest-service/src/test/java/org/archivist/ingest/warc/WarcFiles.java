package org.archivist.ingest.warc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** WARC files written in a test with jwarc, as crawlers write them: records of every kind, plain or gzipped. */
public final class WarcFiles {

    public static final Instant CAPTURED = Instant.parse("2024-05-06T07:08:09Z");

    private WarcFiles() {
    }

    /** The records as one WARC file, each gzipped on its own when {@code compression} is GZIP (a .warc.gz). */
    public static byte[] write(WarcCompression compression, WarcRecord... records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(java.nio.channels.Channels.newChannel(out), compression)) {
            for (WarcRecord record : records) {
                writer.write(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The file cut after {@code bytes}, as an interrupted download leaves it. */
    public static byte[] truncated(byte[] warc, int bytes) {
        return Arrays.copyOf(warc, bytes);
    }

    /** A 200 response with an HTML body. */
    public static WarcResponse page(String url, String html) {
        return response(url, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    public static WarcResponse response(String url, int status, String contentType, byte[] body) {
        try {
            HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                    .body(MediaType.parse(contentType), body).build();
            return new WarcResponse.Builder(URI.create(url)).date(CAPTURED).body(http).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A revisit of {@code url}: the crawler saw the same payload again and stored only a reference. */
    public static WarcRevisit revisit(String url) {
        try {
            HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.HTML, new byte[0]).build();
            return new WarcRevisit.Builder(URI.create(url)).date(CAPTURED).body(http).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static WarcRequest request(String url) {
        return new WarcRequest.Builder(URI.create(url)).date(CAPTURED)
                .body(MediaType.HTTP_REQUEST, ("GET " + URI.create(url).getPath() + " HTTP/1.1\r\nHost: "
                        + URI.create(url).getHost() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII))
                .build();
    }

    public static Warcinfo warcinfo() {
        return new Warcinfo.Builder().date(CAPTURED)
                .body(MediaType.WARC_FIELDS, "software: archivist tests\r\n".getBytes(StandardCharsets.US_ASCII))
                .build();
    }
}
