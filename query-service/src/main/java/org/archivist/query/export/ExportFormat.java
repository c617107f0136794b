package org.archivist.query.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.archivist.query.InvalidSearchException;
import org.archivist.query.index.IndexedArticle;
import tools.jackson.databind.json.JsonMapper;

/** What an export writes, and what it needs to read for that. */
enum ExportFormat {

    /** One stored article per line, as {@code GET /api/articles/{id}} returns it. */
    NDJSON("ndjson", "application/x-ndjson", "ndjson", List.of(), true),
    /** One row per article ({@link ArticleRows}). */
    CSV("csv", "text/csv;charset=UTF-8", "csv", ArticleRows.FIELDS, false),
    /** One row per footnote link ({@link CitationRows}). */
    CITATIONS("citations", "text/csv;charset=UTF-8", "csv", CitationRows.FIELDS, true);

    static final String VALUES = "ndjson, csv, citations";

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final String value;
    private final String mediaType;
    private final String extension;
    private final List<String> fields;
    private final boolean resolvesLinks;

    ExportFormat(String value, String mediaType, String extension, List<String> fields, boolean resolvesLinks) {
        this.value = value;
        this.mediaType = mediaType;
        this.extension = extension;
        this.fields = fields;
        this.resolvesLinks = resolvesLinks;
    }

    /** The {@code format} parameter as given; NDJSON when absent. */
    static ExportFormat parse(String value) {
        if (value == null || value.isBlank()) {
            return NDJSON;
        }
        for (ExportFormat format : values()) {
            if (format.value.equals(value.strip().toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new InvalidSearchException("format", "must be one of " + VALUES);
    }

    String value() {
        return value;
    }

    String mediaType() {
        return mediaType;
    }

    /** The stored fields to read; empty for all of them. */
    List<String> fields() {
        return fields;
    }

    /** Whether the footnote links' {@code resolvedArticleId} must be decided before writing. */
    boolean resolvesLinks() {
        return resolvesLinks;
    }

    /** {@code archivist-export-<yyyyMMdd-HHmmss>.<ext>}, in UTC. */
    String fileName(Instant now) {
        return "archivist-export-" + FILE_TIME.format(now) + "." + extension;
    }

    /** A writer of this format onto {@code out}. */
    PageWriter writer(OutputStream out, JsonMapper json) {
        return switch (this) {
            case NDJSON -> new NdjsonWriter(out, json);
            case CSV -> new CsvPageWriter(out, ArticleRows.HEADER, article -> List.of(ArticleRows.row(article)));
            case CITATIONS -> new CsvPageWriter(out, CitationRows.HEADER, CitationRows::rows);
        };
    }

    /** Writes an export a page at a time, each page flushed to the client before the next is read. */
    interface PageWriter {

        /** What comes before the first article (a header row), written and flushed. */
        void start() throws IOException;

        void write(List<IndexedArticle> page) throws IOException;
    }

    private static final class NdjsonWriter implements PageWriter {

        private final OutputStream out;
        private final JsonMapper json;

        NdjsonWriter(OutputStream out, JsonMapper json) {
            this.out = out;
            this.json = json;
        }

        @Override
        public void start() throws IOException {
            out.flush();
        }

        @Override
        public void write(List<IndexedArticle> page) throws IOException {
            for (IndexedArticle article : page) {
                // As bytes, not onto the stream: the mapper would close the stream after one value.
                out.write(json.writeValueAsBytes(article));
                out.write('\n');
            }
            out.flush();
        }
    }

    private static final class CsvPageWriter implements PageWriter {

        private final OutputStream out;
        private final CsvWriter csv;
        private final List<String> header;
        private final Function<IndexedArticle, List<List<String>>> rows;

        CsvPageWriter(OutputStream out, List<String> header, Function<IndexedArticle, List<List<String>>> rows) {
            this.out = out;
            this.csv = new CsvWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
            this.header = header;
            this.rows = rows;
        }

        @Override
        public void start() throws IOException {
            csv.row(header);
            flush();
        }

        @Override
        public void write(List<IndexedArticle> page) throws IOException {
            for (IndexedArticle article : page) {
                for (List<String> row : rows.apply(article)) {
                    csv.row(row);
                }
            }
            flush();
        }

        private void flush() throws IOException {
            csv.flush();
            out.flush();
        }
    }
}
