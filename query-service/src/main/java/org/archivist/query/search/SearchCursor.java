package org.archivist.query.search;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import co.elastic.clients.elasticsearch._types.FieldValue;
import org.archivist.query.InvalidSearchException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where a page of hits ended, handed to the client as an opaque {@code nextCursor}: base64url of a small
 * JSON object. It carries the sort values of the page's last hit ({@code search_after}), the point in
 * time the following pages read (null until the client asks for a second page), the sort, and the
 * {@link SearchParameters#fingerprint() fingerprint} of the search it belongs to, and when it expires: every
 * cursor, the first page's too, is valid for {@link #VALIDITY} after its page, as long as the point in time.
 *
 * @param pit       the point-in-time id to read the next page from, or null to open one
 * @param after     the sort values of the last hit shown
 * @param sort      the order the values belong to
 * @param search    the fingerprint of the search
 * @param expiresAt when the cursor stops being accepted
 */
record SearchCursor(String pit, List<FieldValue> after, SearchSort sort, String search, Instant expiresAt) {

    /** How long a cursor is valid after its page: the keep-alive of the point in time the next page reads. */
    static final Duration VALIDITY = Duration.ofMinutes(2);
    /** 2: cursors carry their expiry; version 1 cursors (page-1 ones never expired) are refused. */
    static final int VERSION = 2;
    /** Far above any cursor this service writes (a point-in-time id is a few hundred characters). */
    static final int MAX_ENCODED_LENGTH = 8_192;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    SearchCursor {
        after = List.copyOf(after);
    }

    /** The cursor after a page served at {@code now}. */
    static SearchCursor issued(String pit, List<FieldValue> after, SearchSort sort, String search, Instant now) {
        return new SearchCursor(pit, after, sort, search, now.plus(VALIDITY));
    }

    /** True once the cursor is past its validity at {@code now}. */
    boolean expiredAt(Instant now) {
        return now.isAfter(expiresAt);
    }

    String encode() {
        ObjectNode node = JSON.createObjectNode();
        node.put("v", VERSION);
        if (pit != null) {
            node.put("pit", pit);
        }
        ArrayNode values = node.putArray("after");
        for (FieldValue value : after) {
            switch (value._kind()) {
                case Long -> values.add(value.longValue());
                case Double -> values.add(value.doubleValue());
                case String -> values.add(value.stringValue());
                case Boolean -> values.add(value.booleanValue());
                case Null -> values.addNull();
                case Any -> throw new IllegalArgumentException("Sort values are scalars, not " + value.anyValue());
            }
        }
        node.put("sort", sort.value());
        node.put("search", search);
        node.put("exp", expiresAt.toEpochMilli());
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(JSON.writeValueAsString(node).getBytes(StandardCharsets.UTF_8));
    }

    /** @throws InvalidSearchException when the text is not a cursor this service wrote */
    static SearchCursor decode(String encoded) {
        if (encoded.length() > MAX_ENCODED_LENGTH) {
            throw garbled();
        }
        JsonNode node;
        try {
            node = JSON.readTree(Base64.getUrlDecoder().decode(encoded));
        } catch (IllegalArgumentException | JacksonException e) {
            throw garbled();
        }
        if (node == null || !node.isObject() || node.path("v").asInt(0) != VERSION
                || !node.path("after").isArray() || !node.path("sort").isString() || !node.path("search").isString()
                || !node.path("exp").isIntegralNumber() || !node.path("exp").canConvertToLong()
                || !(node.path("pit").isMissingNode() || node.path("pit").isString())) {
            throw garbled();
        }
        List<FieldValue> after = new ArrayList<>();
        for (JsonNode value : node.get("after")) {
            after.add(fieldValue(value));
        }
        if (after.isEmpty()) {
            throw garbled();
        }
        SearchSort sort;
        try {
            sort = SearchSort.valueOf(node.get("sort").asString().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw garbled();
        }
        String pit = node.has("pit") ? node.get("pit").asString() : null;
        return new SearchCursor(pit, after, sort, node.get("search").asString(),
                Instant.ofEpochMilli(node.get("exp").asLong()));
    }

    private static FieldValue fieldValue(JsonNode value) {
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return FieldValue.of(value.asLong());
        }
        if (value.isFloatingPointNumber()) {
            return FieldValue.of(value.asDouble());
        }
        if (value.isString()) {
            return FieldValue.of(value.asString());
        }
        if (value.isBoolean()) {
            return FieldValue.of(value.asBoolean());
        }
        if (value.isNull()) {
            return FieldValue.NULL;
        }
        throw garbled();
    }

    private static InvalidSearchException garbled() {
        return new InvalidSearchException("cursor", "is not a cursor this service issued: pass nextCursor "
                + "from the previous page unchanged, or start again without a cursor");
    }
}
