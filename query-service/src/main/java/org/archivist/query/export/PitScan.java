package org.archivist.query.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.archivist.query.index.IndexedArticle;
import org.archivist.query.search.SearchMatch;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * The requests and answers of a scan through a point in time: each page asks for the next {@code size} matches
 * after the previous page's last sort values ({@code search_after}) and renews the point in time's keep-alive.
 * Plain Java, no I/O: the query and order are the search's ({@link SearchMatch}).
 */
final class PitScan {

    /** How long a point in time lives between two pages; each page renews it. */
    static final String KEEP_ALIVE = "1m";

    private final JsonMapper json;

    PitScan(JsonMapper json) {
        this.json = json;
    }

    /**
     * One page of a scan.
     *
     * @param articles the page's articles, as many as the request's size unless it is the last page
     * @param after    the last article's sort values (JSON), to ask for the page after this one; null when empty
     * @param pit      the point-in-time id the answer names (it may change from page to page)
     */
    record Page(List<IndexedArticle> articles, String after, String pit) {
    }

    /**
     * @param pit    the point in time to read
     * @param size   articles per page
     * @param fields the stored fields to read; empty for all
     * @param after  the previous page's {@link Page#after}, or null for the first page
     */
    byte[] request(SearchMatch match, String pit, int size, List<String> fields, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartObject();
            if (!fields.isEmpty()) {
                g.writeName("_source");
                g.writeStartObject();
                g.writeName("includes");
                g.writeStartArray();
                for (String field : fields) {
                    g.writeString(field);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeName("pit");
            g.writeStartObject();
            g.writeStringProperty("id", pit);
            g.writeStringProperty("keep_alive", KEEP_ALIVE);
            g.writeEndObject();
            match.writeQuery(g);
            if (after != null) {
                g.writeName("search_after");
                g.writeRawValue(after);
            }
            g.writeNumberProperty("size", size);
            match.writeScanSort(g);
            g.writeBooleanProperty("track_total_hits", false);
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    /**
     * Reads an answer's articles, last sort values and point in time, in one streaming pass.
     *
     * @throws IOException when a shard failed: its matches would be missing from the export without a word
     */
    Page read(InputStream body) throws IOException {
        List<IndexedArticle> articles = new ArrayList<>();
        String after = null;
        String pit = null;
        try (JsonParser parser = json.createParser(body)) {
            parser.nextToken();
            expect(parser, JsonToken.START_OBJECT);
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                switch (name) {
                    case "pit_id" -> pit = parser.getValueAsString();
                    case "_shards" -> shards(parser);
                    case "hits" -> after = hits(parser, articles);
                    default -> parser.skipChildren();
                }
            }
        }
        return new Page(articles, after, pit);
    }

    private static void shards(JsonParser parser) throws IOException {
        expect(parser, JsonToken.START_OBJECT);
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            if ("failed".equals(name) && parser.getValueAsLong() > 0) {
                throw new IOException(parser.getValueAsLong() + " shards failed to answer a page of the export");
            }
            parser.skipChildren();
        }
    }

    /** Reads {@code hits.hits} into articles; returns the last one's sort values. */
    private String hits(JsonParser parser, List<IndexedArticle> articles) throws IOException {
        expect(parser, JsonToken.START_OBJECT);
        String after = null;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            if (!"hits".equals(name)) {
                parser.skipChildren();
                continue;
            }
            expect(parser, JsonToken.START_ARRAY);
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String field = parser.currentName();
                    parser.nextToken();
                    switch (field) {
                        case "_source" -> articles.add(parser.readValueAs(IndexedArticle.class));
                        case "sort" -> after = parser.readValueAsTree().toString();
                        default -> parser.skipChildren();
                    }
                }
            }
        }
        return after;
    }

    private static void expect(JsonParser parser, JsonToken token) throws IOException {
        if (parser.currentToken() != token) {
            throw new IOException("Unexpected answer from Elasticsearch: " + parser.currentToken() + " where " + token
                    + " was due");
        }
    }
}
