package org.archivist.query.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import org.archivist.query.InvalidSearchException;
import org.junit.jupiter.api.Test;

class SearchCursorTests {

    static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    static void assertGarbled(String encoded) {
        assertThatThrownBy(() -> SearchCursor.decode(encoded)).isInstanceOfSatisfying(InvalidSearchException.class,
                e -> assertThat(e.parameter()).isEqualTo("cursor"));
    }

    @Test
    void roundTripsEveryKindOfSortValue() {
        SearchCursor cursor = SearchCursor.issued("pit-id==", List.of(FieldValue.of(2.0794415416798357),
                FieldValue.of(Long.MIN_VALUE), FieldValue.of("a1b2"), FieldValue.NULL, FieldValue.TRUE),
                SearchSort.RELEVANCE, "fingerprint", Instant.now());

        SearchCursor decoded = SearchCursor.decode(cursor.encode());

        assertThat(decoded.pit()).isEqualTo("pit-id==");
        assertThat(decoded.sort()).isEqualTo(SearchSort.RELEVANCE);
        assertThat(decoded.search()).isEqualTo("fingerprint");
        assertThat(decoded.after()).hasSize(5);
        assertThat(decoded.after().get(0).doubleValue()).isEqualTo(2.0794415416798357);
        assertThat(decoded.after().get(1).longValue()).isEqualTo(Long.MIN_VALUE);
        assertThat(decoded.after().get(2).stringValue()).isEqualTo("a1b2");
        assertThat(decoded.after().get(3).isNull()).isTrue();
        assertThat(decoded.after().get(4).booleanValue()).isTrue();
    }

    @Test
    void wholeNumberScoreStaysADouble() {
        SearchCursor cursor = SearchCursor.issued(null, List.of(FieldValue.of(1.0), FieldValue.of("x")),
                SearchSort.RELEVANCE, "f", Instant.now());

        assertThat(SearchCursor.decode(cursor.encode()).after().getFirst().isDouble()).isTrue();
    }

    @Test
    void cursorWithoutPointInTimeDecodesToNullPit() {
        SearchCursor cursor = SearchCursor.issued(null, List.of(FieldValue.of(5L), FieldValue.of("x")),
                SearchSort.NEWEST, "f", Instant.now());

        assertThat(SearchCursor.decode(cursor.encode()).pit()).isNull();
    }

    @Test
    void encodingIsUrlSafe() {
        SearchCursor cursor = SearchCursor.issued("??>>~~//++", List.of(FieldValue.of("ÿÿÿ>>>???")), SearchSort.OLDEST,
                "f", Instant.now());

        assertThat(cursor.encode()).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void rejectsTextThatIsNotBase64() {
        assertGarbled("not a cursor!");
        assertGarbled("%%%");
    }

    @Test
    void rejectsBase64ThatIsNotJson() {
        assertGarbled(base64("hello"));
        assertGarbled(base64("{\"v\":1,"));
        assertGarbled(base64("[1,2]"));
        assertGarbled(base64("null"));
    }

    @Test
    void rejectsJsonOfAnotherShapeOrVersion() {
        String exp = ",\"exp\":1700000000000}";
        assertGarbled(base64("{\"v\":1,\"after\":[1],\"sort\":\"newest\",\"search\":\"f\"" + exp));
        assertGarbled(base64("{\"v\":2,\"after\":[],\"sort\":\"newest\",\"search\":\"f\"" + exp));
        assertGarbled(base64("{\"v\":2,\"after\":[{\"a\":1}],\"sort\":\"newest\",\"search\":\"f\"" + exp));
        assertGarbled(base64("{\"v\":2,\"after\":[1],\"sort\":\"popular\",\"search\":\"f\"" + exp));
        assertGarbled(base64("{\"v\":2,\"after\":[1],\"sort\":\"newest\"" + exp));
        assertGarbled(base64("{\"v\":2,\"pit\":5,\"after\":[1],\"sort\":\"newest\",\"search\":\"f\"" + exp));
        assertGarbled(base64("{\"v\":2,\"after\":\"1\",\"sort\":\"newest\",\"search\":\"f\"" + exp));
        assertGarbled(base64("{\"v\":2,\"after\":[1],\"sort\":\"newest\",\"search\":\"f\"}"));
        assertGarbled(base64("{\"v\":2,\"after\":[1],\"sort\":\"newest\",\"search\":\"f\",\"exp\":\"soon\"}"));
    }

    @Test
    void acceptsHandWrittenCursorOfTheRightShape() {
        SearchCursor cursor = SearchCursor.decode(base64("{\"v\":2,\"after\":[1700000000000,\"id\"],"
                + "\"sort\":\"oldest\",\"search\":\"f\",\"exp\":1700000120000}"));

        assertThat(cursor.after().getFirst().longValue()).isEqualTo(1_700_000_000_000L);
        assertThat(cursor.sort()).isEqualTo(SearchSort.OLDEST);
        assertThat(cursor.expiresAt()).isEqualTo(Instant.ofEpochMilli(1_700_000_120_000L));
    }

    @Test
    void everyCursorIncludingTheFirstPagesIsValidForTwoMinutesAfterItsPage() {
        Instant served = Instant.parse("2026-12-02T10:00:00Z");
        SearchCursor firstPage = SearchCursor.issued(null, List.of(FieldValue.of(1.0), FieldValue.of("x")),
                SearchSort.RELEVANCE, "f", served);
        SearchCursor laterPage = SearchCursor.issued("pit", List.of(FieldValue.of(1.0), FieldValue.of("x")),
                SearchSort.RELEVANCE, "f", served);

        for (SearchCursor cursor : List.of(SearchCursor.decode(firstPage.encode()),
                SearchCursor.decode(laterPage.encode()))) {
            assertThat(cursor.expiresAt()).isEqualTo(Instant.parse("2026-12-02T10:02:00Z"));
            assertThat(cursor.expiredAt(Instant.parse("2026-12-02T10:02:00Z"))).isFalse();
            assertThat(cursor.expiredAt(Instant.parse("2026-12-02T10:02:00.001Z"))).isTrue();
        }
    }

    @Test
    void rejectsOverlongCursorWithoutDecodingIt() {
        assertGarbled("A".repeat(SearchCursor.MAX_ENCODED_LENGTH + 1));
    }
}
