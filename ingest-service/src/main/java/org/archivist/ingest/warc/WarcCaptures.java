package org.archivist.ingest.warc;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Optional;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * Reads a WARC file record by record, plain or gzipped per record (jwarc tells them apart by the first bytes), and
 * hands each HTML page captured with status 200 to a {@link Visitor}; every other record is handed over as
 * {@link Skipped}, with why. Holds one page at a time, never the file. A file that breaks off or stops making sense
 * ends the reading with a {@link WarcReadException} that says how many records came before the break.
 */
public final class WarcCaptures {

    /** An HTML page the archive captured: its URL ({@code WARC-Target-URI}), capture time, bytes and charset. */
    public record Page(String url, Instant capturedAt, byte[] html, String charset) {
    }

    /** A record that yields no page, and why: its target URL (if any), record type, HTTP status (if any). */
    public record Skipped(String url, String recordType, Integer status, String reason) {
    }

    /** What to do with each record; called in file order, on the reading thread. */
    public interface Visitor {

        void page(Page page);

        void skipped(Skipped skipped);
    }

    private final long maxPageBytes;

    /** @param maxPageBytes the largest page payload taken; a larger one is skipped */
    public WarcCaptures(long maxPageBytes) {
        this.maxPageBytes = maxPageBytes;
    }

    /**
     * Reads every record of {@code warc}.
     *
     * @return how many records it read
     * @throws WarcReadException when the file is truncated or corrupt, or is not a WARC file at all
     */
    public long read(InputStream warc, Visitor visitor) {
        long records = 0;
        long offset = 0;
        try (WarcReader reader = new WarcReader(warc)) {
            while (true) {
                Object outcome;
                try {
                    offset = reader.position();
                    Optional<WarcRecord> next = reader.next();
                    if (next.isEmpty()) {
                        return records;
                    }
                    outcome = outcome(next.get());
                } catch (IOException | IllegalArgumentException e) {
                    // jwarc's own ways of saying the bytes are no WARC (a malformed header is an argument it refuses);
                    // anything else (the body stream cut at its size limit) is not the file's fault and goes on up.
                    throw new WarcReadException(records, offset, e);
                }
                records++;
                // Outside the catch: what the visitor throws (a publish that failed) is its own failure.
                if (outcome instanceof Page page) {
                    visitor.page(page);
                } else {
                    visitor.skipped((Skipped) outcome);
                }
            }
        } catch (IOException e) {
            throw new WarcReadException(records, offset, e);
        }
    }

    /** The record's page, or why it has none. */
    private Object outcome(WarcRecord record) throws IOException {
        String url = record instanceof WarcTargetRecord target ? target.target() : null;
        if (record instanceof WarcRevisit) {
            return new Skipped(url, record.type(), null, "a revisit: the page is stored with its first capture");
        }
        if (!(record instanceof WarcResponse response)) {
            return new Skipped(url, record.type(), null, "a " + record.type() + " record holds no page");
        }
        if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE.base())) {
            return new Skipped(url, record.type(), null, "not an HTTP response (" + response.contentType().base()
                    + ")");
        }
        return responseOutcome(url, response);
    }

    private Object responseOutcome(String url, WarcResponse response) throws IOException {
        HttpResponse http = response.http();
        if (http.status() != 200) {
            return new Skipped(url, response.type(), http.status(), "HTTP status " + http.status());
        }
        MediaType type = http.contentType();
        String base = type == null ? "none" : type.base().toString();
        if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
            return new Skipped(url, response.type(), 200, "not HTML (" + base + ")");
        }
        // Decoded: a capture keeps the server's chunking and gzip or brotli content encoding.
        byte[] html;
        try (InputStream body = http.bodyDecoded().stream()) {
            html = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxPageBytes + 1));
        }
        if (html.length > maxPageBytes) {
            return new Skipped(url, response.type(), 200, "the page is larger than " + maxPageBytes + " bytes");
        }
        return new Page(url, response.date(), html, type.parameters().get("charset"));
    }
}
