package org.archivist.query.citations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.archivist.contract.Citation;
import org.archivist.query.citations.CitationMatcher.Candidate;
import org.junit.jupiter.api.Test;

class CitationMatcherTests {

    private static Candidate stored(String id, String url, String title, String publishedAt) {
        return new Candidate(id, MatchKeys.ofArticle(url, title), publishedAt == null ? null : LocalDate.parse(publishedAt));
    }

    private static Citation citation(String title, String date, String url) {
        return new Citation(title, List.of("Ana Ortiz"), null, date, url);
    }

    @Test
    void resolvesTheArticleWithTheSameAddress() {
        List<Candidate> stored = List.of(stored("a", "https://example.org/lobby", "How Utilities Lobby", null));

        assertThat(CitationMatcher.resolve("citing", citation(null, null, "https://www.example.org/lobby/#x"), stored))
                .isEqualTo("a");
    }

    @Test
    void prefersTheAddressMatchOverATitleMatch() {
        List<Candidate> stored = List.of(stored("by-title", "https://other.example/x", "How Utilities Lobby", null),
                stored("by-url", "https://example.org/lobby", "Lobbying, explained", null));

        assertThat(CitationMatcher.resolve("citing", citation("How Utilities Lobby", null, "https://example.org/lobby"),
                stored)).isEqualTo("by-url");
    }

    @Test
    void prefersAnExactTitleOverOneWithoutASiteSuffix() {
        List<Candidate> stored = List.of(stored("suffixed", null, "How Utilities Lobby | Civic Ledger", null),
                stored("exact", null, "How Utilities Lobby", null));

        assertThat(CitationMatcher.resolve("citing", citation("How Utilities Lobby", null, null), stored))
                .isEqualTo("exact");
    }

    @Test
    void neverResolvesToTheCitingArticleItself() {
        List<Candidate> stored = List.of(stored("self", null, "How Utilities Lobby", null));

        assertThat(CitationMatcher.resolve("self", citation("How Utilities Lobby", null, null), stored)).isNull();
    }

    @Test
    void titleMatchWithAConflictingDateIsNoMatch() {
        List<Candidate> stored = List.of(stored("2023", null, "Weekly energy roundup", "2023-05-01"));

        assertThat(CitationMatcher.resolve("citing", citation("Weekly energy roundup", "2020-10-12", null), stored))
                .isNull();
        assertThat(CitationMatcher.resolve("citing", citation("Weekly energy roundup", "2023", null), stored))
                .isEqualTo("2023");
        assertThat(CitationMatcher.resolve("citing", citation("Weekly energy roundup", "2023-04-30", null), stored))
                .isEqualTo("2023");
        assertThat(CitationMatcher.resolve("citing", citation("Weekly energy roundup", "2023-06", null), stored))
                .isNull();
    }

    @Test
    void addressMatchStandsWhateverTheDate() {
        List<Candidate> stored = List.of(stored("a", "https://example.org/lobby", "How Utilities Lobby", "2023-05-01"));

        assertThat(CitationMatcher.resolve("citing", citation(null, "2020-10-12", "https://example.org/lobby"), stored))
                .isEqualTo("a");
    }

    @Test
    void sameTitleTwiceIsToldApartByTheDateOrLeftUnresolved() {
        List<Candidate> stored = List.of(stored("may", null, "Weekly energy roundup", "2023-05-01"),
                stored("june", null, "Weekly energy roundup", "2023-06-05"));

        assertThat(CitationMatcher.resolve("citing", citation("Weekly energy roundup", "2023-06-05", null), stored))
                .isEqualTo("june");
        assertThat(CitationMatcher.resolve("citing", citation("Weekly energy roundup", null, null), stored)).isNull();
        assertThat(CitationMatcher.resolve("citing", citation("Weekly energy roundup", "2023", null), stored)).isNull();
    }

    @Test
    void sameAddressTwiceResolvesToTheSmallestIdEveryTime() {
        List<Candidate> stored = List.of(stored("b", "https://example.org/lobby?utm_source=x", null, null),
                stored("a", "https://example.org/lobby", null, null));

        assertThat(CitationMatcher.resolve("citing", citation(null, null, "https://example.org/lobby"), stored))
                .isEqualTo("a");
        assertThat(CitationMatcher.resolve("citing", citation(null, null, "https://example.org/lobby"),
                stored.reversed())).isEqualTo("a");
    }

    @Test
    void unreadableCitationDateCountsAsUnknown() {
        List<Candidate> stored = List.of(stored("a", null, "How Utilities Lobby", "2023-05-01"));

        assertThat(CitationMatcher.resolve("citing", citation("How Utilities Lobby", "spring 2020", null), stored))
                .isEqualTo("a");
    }

    @Test
    void differentTitleIsNoMatch() {
        List<Candidate> stored = List.of(stored("a", "https://example.org/lobby", "How Utilities Lobby", null));

        assertThat(CitationMatcher.resolve("citing", citation("How Utilities Lobby Congress", null,
                "https://example.org/lobby-congress"), stored)).isNull();
        assertThat(CitationMatcher.resolve("citing", null, stored)).isNull();
    }
}
