package org.archivist.query.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import org.archivist.query.InvalidSearchException;
import org.junit.jupiter.api.Test;

class SearchFormTests {

    static final SearchCriteria NOTHING = new SearchCriteria(null, null, null, null, null, null, null, null);

    static SearchCriteria text(String q) {
        return new SearchCriteria(q, null, null, null, null, null, null, null);
    }

    static SearchCriteria dates(String from, String to) {
        return new SearchCriteria(null, null, null, null, null, from, to, null);
    }

    static SearchForm form(SearchCriteria criteria) {
        return new SearchForm(criteria, null, null, null);
    }

    static SearchForm form(String q, String sort, String size) {
        return new SearchForm(new SearchCriteria(q, null, null, null, null, null, null, sort), size, null, null);
    }

    static SearchParameters valid(SearchForm form) {
        return form.validate(20, 100);
    }

    static void assertRejected(SearchForm form, String parameter, String messagePart) {
        assertThatThrownBy(() -> valid(form)).isInstanceOfSatisfying(InvalidSearchException.class, e -> {
            assertThat(e.parameter()).isEqualTo(parameter);
            assertThat(e.getMessage()).contains("'" + parameter + "'").contains(messagePart);
        });
    }

    @Test
    void absentParametersGiveFirstPageOfNewestWithDefaultSize() {
        SearchParameters parameters = valid(form(null, null, null));

        assertThat(parameters.text()).isNull();
        assertThat(parameters.sort()).isEqualTo(SearchSort.NEWEST);
        assertThat(parameters.size()).isEqualTo(20);
        assertThat(parameters.cursor()).isNull();
        assertThat(parameters.filters()).isEqualTo(SearchFilters.NONE);
    }

    @Test
    void blankTextListsByFilters() {
        assertThat(valid(form("   ", null, null)).text()).isNull();
    }

    @Test
    void textIsStrippedAndSortsByRelevanceByDefault() {
        SearchParameters parameters = valid(form("  sao paulo ", null, null));

        assertThat(parameters.text()).isEqualTo("sao paulo");
        assertThat(parameters.sort()).isEqualTo(SearchSort.RELEVANCE);
    }

    @Test
    void sortIsCaseInsensitive() {
        assertThat(valid(form("x", "Oldest", null)).sort()).isEqualTo(SearchSort.OLDEST);
        assertThat(valid(form("x", "NEWEST", null)).sort()).isEqualTo(SearchSort.NEWEST);
    }

    @Test
    void relevanceWithoutTextListsNewestFirst() {
        assertThat(valid(form(null, "relevance", null)).sort()).isEqualTo(SearchSort.NEWEST);
    }

    @Test
    void rejectsUnknownSort() {
        assertRejected(form("x", "popular", null), "sort", "relevance, newest, oldest");
    }

    @Test
    void acceptsSizesFromOneToMaximum() {
        assertThat(valid(form(null, null, "1")).size()).isEqualTo(1);
        assertThat(valid(form(null, null, "100")).size()).isEqualTo(100);
    }

    @Test
    void rejectsSizeZeroNegativeOrAboveMaximum() {
        assertRejected(form(null, null, "0"), "size", "between 1 and 100");
        assertRejected(form(null, null, "-5"), "size", "between 1 and 100");
        assertRejected(form(null, null, "101"), "size", "between 1 and 100");
    }

    @Test
    void rejectsSizeThatIsNotAWholeNumber() {
        assertRejected(form(null, null, "ten"), "size", "whole number");
        assertRejected(form(null, null, "2.5"), "size", "whole number");
        assertRejected(form(null, null, "99999999999"), "size", "whole number");
    }

    @Test
    void rejectsTextLongerThanTheLimit() {
        assertRejected(form("a".repeat(SearchForm.MAX_TEXT_LENGTH + 1), null, null), "q", "at most 1000");
        assertThat(valid(form("a".repeat(SearchForm.MAX_TEXT_LENGTH), null, null)).text()).hasSize(1000);
    }

    @Test
    void readsIsoDatesAsAnInclusiveRange() {
        SearchParameters parameters = valid(form(dates("2024-01-01", "2024-12-31")));

        assertThat(parameters.filters().from()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(parameters.filters().to()).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void rejectsBadDatesNamingTheParameter() {
        assertRejected(form(dates("2024-13-01", null)), "from",
                "ISO date");
        assertRejected(form(dates(null, "yesterday")), "to",
                "'yesterday'");
        assertRejected(form(dates("2024-02-30", null)), "from",
                "ISO date");
    }

    @Test
    void rejectsFromAfterTo() {
        assertRejected(form(dates("2024-05-02", "2024-05-01")),
                "from", "must not be after 'to'");
    }

    @Test
    void filterValuesAreStrippedDedupedAndBlanksIgnored() {
        SearchParameters parameters = valid(new SearchForm(
                new SearchCriteria(null, List.of(" medtop:16000000", "medtop:16000000", ""), List.of("Ana Müller"),
                        List.of("BR", "TR"), null, null, null, null), null, null, null));

        assertThat(parameters.filters().categories()).containsExactly("medtop:16000000");
        assertThat(parameters.filters().authors()).containsExactly("Ana Müller");
        assertThat(parameters.filters().places()).containsExactly("BR", "TR");
        assertThat(parameters.filters().sources()).isEmpty();
    }

    @Test
    void rejectsTooManyValuesForOneFilter() {
        List<String> places = new ArrayList<>();
        for (int i = 0; i <= SearchForm.MAX_VALUES_PER_FILTER; i++) {
            places.add("P" + i);
        }
        assertRejected(new SearchForm(
                new SearchCriteria(null, null, null, places, null, null, null, null), null, null, null), "place",
                "at most 50 times");
    }

    @Test
    void rejectsOverlongFilterValue() {
        assertRejected(new SearchForm(
                new SearchCriteria(null, null, List.of("x".repeat(300)), null, null, null, null, null), null, null,
                null),
                "author", "at most 256");
    }

    @Test
    void acceptsCursorOfTheSameSearchEvenWithAnotherPageSize() {
        SearchParameters first = valid(form("drought", null, "10"));
        String cursor = SearchCursor.issued(null, List.of(FieldValue.of(1.5), FieldValue.of("id-9")), first.sort(),
                first.fingerprint(), Instant.now()).encode();

        SearchParameters next = valid(new SearchForm(text("drought"), "50", cursor, null));

        assertThat(next.cursor()).isNotNull();
        assertThat(next.cursor().after()).hasSize(2);
        assertThat(next.size()).isEqualTo(50);
    }

    @Test
    void rejectsCursorOfAnotherSearch() {
        SearchParameters first = valid(form("drought", null, null));
        String cursor = SearchCursor.issued(null, List.of(FieldValue.of(1.5), FieldValue.of("id-9")), first.sort(),
                first.fingerprint(), Instant.now()).encode();

        assertRejected(new SearchForm(text("flood"), null, cursor, null), "cursor",
                "different search");
        assertRejected(new SearchForm(
                new SearchCriteria("drought", null, null, null, null, null, null, "oldest"), null, cursor, null),
                "cursor",
                "different search");
        assertRejected(new SearchForm(
                new SearchCriteria("drought", null, null, List.of("BR"), null, null, null, null), null, cursor, null),
                "cursor", "different search");
    }

    @Test
    void acceptsAFirstPageCursorUntilTwoMinutesAfterItsPageAndRejectsItAsExpiredAfter() {
        SearchParameters first = valid(form("drought", null, null));
        Instant served = Instant.parse("2026-12-02T10:00:00Z");
        String cursor = SearchCursor.issued(null, List.of(FieldValue.of(1.5), FieldValue.of("id-9")), first.sort(),
                first.fingerprint(), served).encode();
        SearchForm next = new SearchForm(text("drought"), null, cursor, null);

        assertThat(next.validate(20, 100, Clock.fixed(served.plusSeconds(119), ZoneOffset.UTC)).cursor().after())
                .hasSize(2);
        assertThatThrownBy(() -> next.validate(20, 100, Clock.fixed(served.plusSeconds(121), ZoneOffset.UTC)))
                .isInstanceOfSatisfying(InvalidSearchException.class, e -> {
                    assertThat(e.parameter()).isEqualTo("cursor");
                    assertThat(e.getMessage()).contains("has expired (a cursor lasts 2 minutes after its page)");
                });
    }

    @Test
    void rejectsGarbledCursor() {
        assertRejected(new SearchForm(NOTHING, null, "not-a-cursor", null), "cursor",
                "not a cursor this service issued");
    }

    @Test
    void absentFiltersAreNoFilters() {
        SearchFilters filters = valid(SearchForm.ofText("x")).filters();

        assertThat(filters.categories()).isEqualTo(Collections.emptyList());
        assertThat(filters.authors()).isEmpty();
        assertThat(filters.places()).isEmpty();
        assertThat(filters.sources()).isEmpty();
    }

    @Test
    void intervalIsParsedAndAbsentMeansAutomatic() {
        SearchForm weekly = new SearchForm(NOTHING, null, null, "week");

        assertThat(valid(weekly).interval()).isEqualTo(TimelineInterval.WEEK);
        assertThat(valid(form(null, null, null)).interval()).isNull();
    }

    @Test
    void rejectsUnknownInterval() {
        assertRejected(new SearchForm(NOTHING, null, null, "decade"),
                "interval", "auto, day, week, month, year");
    }

    @Test
    void intervalIsNoPartOfTheSearchACursorBelongsTo() {
        SearchForm monthly = new SearchForm(text("x"), null, null, "month");

        assertThat(valid(monthly).fingerprint()).isEqualTo(valid(form("x", null, null)).fingerprint());
    }
}
