package org.archivist.query.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import org.archivist.contract.Category;
import org.archivist.query.InvalidSearchException;
import org.archivist.query.QuerySettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The HTTP contract of {@code GET /api/search}, with a hand-written fake in place of Elasticsearch. */
@WebMvcTest(SearchController.class)
@Import(SearchControllerTests.Fake.class)
class SearchControllerTests {

    /** Records what it was asked and answers what the test set. */
    static class FakeSearch implements ArticleSearch {

        final List<SearchParameters> asked = new ArrayList<>();
        SearchResult answer;
        Exception failure;

        @Override
        public SearchResult search(SearchParameters parameters) throws IOException {
            asked.add(parameters);
            if (failure instanceof IOException e) {
                throw e;
            }
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            return answer;
        }
    }

    /** The real settings as application.yml binds them, so the page-size limits tested are the shipped ones. */
    @TestConfiguration(proxyBeanMethods = false)
    @EnableConfigurationProperties(QuerySettings.class)
    static class Fake {

        @Bean
        FakeSearch fakeSearch() {
            return new FakeSearch();
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    FakeSearch search;

    @BeforeEach
    void reset() {
        search.asked.clear();
        search.failure = null;
        search.answer = new SearchResult(1, List.of(new SearchResult.Hit("a1", "Drought grips the Sahel",
                List.of("Amadou Diallo"), "2023-08-30", List.of(new Category("medtop:06000000", "environment", 0.9,
                        "inferred", List.of("drought"))), List.of("<mark>Drought</mark> grips the Sahel"), 2)),
                new SearchResult.Facets(List.of(new SearchResult.FacetValue("medtop:06000000", "environment", 1)),
                        List.of(new SearchResult.FacetValue("Amadou Diallo", null, 1)),
                        List.of(new SearchResult.FacetValue("ML", "Mali", 1)),
                        List.of(new SearchResult.FacetValue("field-notes", null, 1)),
                        new SearchResult.DateFacet("month", List.of(new SearchResult.DateBucket("2023-08",
                                "2023-08-01", "2023-08-31", 1)))), null);
    }

    ResultActions assertProblem(String url, String parameter) throws Exception {
        ResultActions result = mvc.perform(get(url))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").value("Invalid search"))
                .andExpect(jsonPath("$.parameter").value(parameter))
                .andExpect(jsonPath("$.detail").value(containsString("'" + parameter + "'")))
                .andExpect(jsonPath("$.instance").value("/api/search"));
        assertThat(search.asked).isEmpty();
        return result;
    }

    @Test
    void answersTheDocumentedShape() throws Exception {
        mvc.perform(get("/api/search").param("q", "drought"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.hits[0].id").value("a1"))
                .andExpect(jsonPath("$.hits[0].title").value("Drought grips the Sahel"))
                .andExpect(jsonPath("$.hits[0].authors[0]").value("Amadou Diallo"))
                .andExpect(jsonPath("$.hits[0].publishedAt").value("2023-08-30"))
                .andExpect(jsonPath("$.hits[0].categories[0].code").value("medtop:06000000"))
                .andExpect(jsonPath("$.hits[0].highlights[0]").value("<mark>Drought</mark> grips the Sahel"))
                .andExpect(jsonPath("$.facets.categories[0].value").value("medtop:06000000"))
                .andExpect(jsonPath("$.facets.categories[0].label").value("environment"))
                .andExpect(jsonPath("$.facets.categories[0].count").value(1))
                .andExpect(jsonPath("$.facets.authors[0].value").value("Amadou Diallo"))
                .andExpect(jsonPath("$.facets.authors[0].label").doesNotExist())
                .andExpect(jsonPath("$.facets.places[0].label").value("Mali"))
                .andExpect(jsonPath("$.facets.sources[0].count").value(1))
                .andExpect(jsonPath("$.nextCursor").value(nullValue()))
                .andExpect(content().string(containsString("\"nextCursor\":null")));
    }

    @Test
    void answersTheTimelineFacetAndCitedByCounts() throws Exception {
        mvc.perform(get("/api/search").param("q", "drought"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits[0].citedByCount").value(2))
                .andExpect(jsonPath("$.facets.publishedAt.interval").value("month"))
                .andExpect(jsonPath("$.facets.publishedAt.buckets[0].value").value("2023-08"))
                .andExpect(jsonPath("$.facets.publishedAt.buckets[0].from").value("2023-08-01"))
                .andExpect(jsonPath("$.facets.publishedAt.buckets[0].to").value("2023-08-31"))
                .andExpect(jsonPath("$.facets.publishedAt.buckets[0].count").value(1))
                .andExpect(content().string(containsString("\"highlights\":[\"<mark>Drought</mark> grips the Sahel\"],"
                        + "\"citedByCount\":2}")))
                .andExpect(content().string(containsString("\"sources\":[{\"value\":\"field-notes\",\"count\":1}],"
                        + "\"publishedAt\":{\"interval\":\"month\",\"buckets\":[{\"value\":\"2023-08\","
                        + "\"from\":\"2023-08-01\",\"to\":\"2023-08-31\",\"count\":1}]}}")));
    }

    @Test
    void intervalArrivesParsedAndAutoOrAbsentLeavesItToTheSearch() throws Exception {
        mvc.perform(get("/api/search").param("interval", "Week")).andExpect(status().isOk());
        mvc.perform(get("/api/search").param("interval", "auto")).andExpect(status().isOk());
        mvc.perform(get("/api/search")).andExpect(status().isOk());

        assertThat(search.asked).extracting(SearchParameters::interval).containsExactly(TimelineInterval.WEEK, null,
                null);
    }

    @Test
    void unknownIntervalIsAProblemNamingInterval() throws Exception {
        assertProblem("/api/search?interval=quarter", "interval")
                .andExpect(jsonPath("$.detail").value(containsString("auto, day, week, month, year")));
    }

    @Test
    void intervalTheSearchFindsTooFineIsAProblemNamingInterval() throws Exception {
        search.failure = new InvalidSearchException("interval", "'day' would give 400 bars");

        mvc.perform(get("/api/search").param("interval", "day"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.parameter").value("interval"));
    }

    @Test
    void repeatedFilterParametersArriveAsAlternatives() throws Exception {
        mvc.perform(get("/api/search").param("place", "BR", "TR").param("category", "medtop:06000000")
                .param("author", "Ana Müller").param("source", "dw-english").param("from", "2024-01-01")
                .param("to", "2024-12-31").param("sort", "oldest").param("size", "5"))
                .andExpect(status().isOk());

        SearchParameters asked = search.asked.getFirst();
        assertThat(asked.filters().places()).containsExactly("BR", "TR");
        assertThat(asked.filters().categories()).containsExactly("medtop:06000000");
        assertThat(asked.filters().authors()).containsExactly("Ana Müller");
        assertThat(asked.filters().sources()).containsExactly("dw-english");
        assertThat(asked.filters().from()).hasToString("2024-01-01");
        assertThat(asked.sort()).isEqualTo(SearchSort.OLDEST);
        assertThat(asked.size()).isEqualTo(5);
    }

    @Test
    void defaultsToTwentyNewestWithoutText() throws Exception {
        mvc.perform(get("/api/search")).andExpect(status().isOk());

        assertThat(search.asked.getFirst().size()).isEqualTo(20);
        assertThat(search.asked.getFirst().sort()).isEqualTo(SearchSort.NEWEST);
    }

    @Test
    void sizeOutOfRangeIsAProblemNamingSize() throws Exception {
        assertProblem("/api/search?size=101", "size");
        assertProblem("/api/search?size=0", "size");
        assertProblem("/api/search?size=lots", "size");
    }

    @Test
    void unknownSortIsAProblemNamingSort() throws Exception {
        assertProblem("/api/search?q=x&sort=popularity", "sort");
    }

    @Test
    void badDatesAreProblemsNamingTheParameter() throws Exception {
        assertProblem("/api/search?from=01/02/2024", "from");
        assertProblem("/api/search?to=2024-02-31", "to");
        assertProblem("/api/search?from=2024-03-01&to=2024-02-01", "from");
    }

    @Test
    void overlongTextIsAProblemNamingQ() throws Exception {
        assertProblem("/api/search?q=" + "a".repeat(10_240), "q");
    }

    @Test
    void garbledCursorIsAProblemNamingCursor() throws Exception {
        assertProblem("/api/search?cursor=garbage", "cursor")
                .andExpect(jsonPath("$.detail").value(containsString("not a cursor this service issued")));
    }

    @Test
    void cursorOfAnotherSearchIsAProblem() throws Exception {
        SearchParameters first = SearchForm.ofText("drought").validate(20, 100);
        String cursor = SearchCursor.issued(null, List.of(FieldValue.of(1.0), FieldValue.of("a")), first.sort(),
                first.fingerprint(), Instant.now()).encode();

        mvc.perform(get("/api/search").param("q", "drought").param("cursor", cursor)).andExpect(status().isOk());
        search.asked.clear();
        assertProblem("/api/search?q=flood&cursor=" + cursor, "cursor")
                .andExpect(jsonPath("$.detail").value(containsString("different search")));
    }

    @Test
    void expiredCursorReportedByTheSearchIsAProblem() throws Exception {
        search.failure = new InvalidSearchException("cursor", "has expired");

        mvc.perform(get("/api/search").param("q", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.parameter").value("cursor"));
    }

    @Test
    void unreachableSearchEngineIs503ProblemWithRetryAfter() throws Exception {
        search.failure = new ConnectException("Connection refused");

        mvc.perform(get("/api/search").param("q", "x"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Search unavailable"))
                .andExpect(jsonPath("$.detail").value(containsString("retry")));
    }
}
