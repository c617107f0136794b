package org.archivist.query.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.archivist.query.index.IndexedArticle;
import org.archivist.query.search.SearchMatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/** The HTTP contract of {@code GET /api/export}, with a hand-written fake in place of Elasticsearch. */
@WebMvcTest(ExportController.class)
@Import(ExportControllerTests.Fake.class)
class ExportControllerTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Answers the pages the test set, and records what it was asked and whether the pages were closed. */
    static class FakeSource implements ExportSource {

        final List<String> asked = new ArrayList<>();
        List<List<IndexedArticle>> pages = List.of();
        IOException failure;
        boolean closed;

        @Override
        public Pages open(SearchMatch match, ExportFormat format) throws IOException {
            ByteArrayOutputStream query = new ByteArrayOutputStream();
            try (JsonGenerator g = JSON.createGenerator(query)) {
                g.writeStartObject();
                match.writeQuery(g);
                g.writeEndObject();
            }
            asked.add(format.value() + " " + match.sort() + " " + query);
            if (failure != null) {
                throw failure;
            }
            List<List<IndexedArticle>> remaining = new ArrayList<>(pages);
            return new Pages() {
                @Override
                public List<IndexedArticle> next() {
                    return remaining.isEmpty() ? List.of() : remaining.removeFirst();
                }

                @Override
                public void close() {
                    closed = true;
                }
            };
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Fake {

        @Bean
        FakeSource fakeSource() {
            return new FakeSource();
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    FakeSource source;

    @BeforeEach
    void reset() {
        source.asked.clear();
        source.failure = null;
        source.closed = false;
        source.pages = List.of(List.of(article("a1", "Harbour strike, week two"), article("a2", "=cmd")),
                List.of(article("a3", "Port reopens")));
    }

    private static IndexedArticle article(String id, String title) {
        return ArticleRowsTests.article(id, title, List.of("Ana Lima"), LocalDate.parse("2024-03-11"), List.of(),
                List.of(), List.of(), List.of());
    }

    private MvcResult streamed(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn();
    }

    @Test
    void streamsEveryPageAsNdjsonByDefault() throws Exception {
        MvcResult result = streamed("/api/export?q=harbour");

        assertThat(result.getResponse().getContentType()).isEqualTo("application/x-ndjson");
        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .matches("attachment; filename=\"archivist-export-\\d{8}-\\d{6}\\.ndjson\"");
        String[] lines = result.getResponse().getContentAsString().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(JSON.readTree(lines[2]).get("id").asString()).isEqualTo("a3");
        assertThat(source.closed).isTrue();
    }

    @Test
    void streamsCsvWithItsHeaderAndGuardedCells() throws Exception {
        MvcResult result = streamed("/api/export?format=csv");

        assertThat(result.getResponse().getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(result.getResponse().getHeader("Content-Disposition")).endsWith(".csv\"");
        String[] rows = result.getResponse().getContentAsString().split("\r\n");
        assertThat(rows).hasSize(4);
        assertThat(rows[0]).startsWith("id,url,source,title,authors,publishedAt");
        assertThat(rows[1]).contains(",\"Harbour strike, week two\",");
        assertThat(rows[2]).contains(",'=cmd,");
    }

    @Test
    void streamsCitationEdgesAsCsv() throws Exception {
        MvcResult result = streamed("/api/export?format=citations");

        assertThat(result.getResponse().getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(result.getResponse().getContentAsString()).startsWith("citing_id,footnote_number,cited_id,");
        assertThat(source.asked).singleElement().asString().startsWith("citations ");
    }

    @Test
    void passesTheSearchsTextFiltersAndSort() throws Exception {
        streamed("/api/export?q=harbour&category=medtop:09000000&place=BR&from=2024-01-01&sort=oldest&format=csv");

        assertThat(source.asked).singleElement().asString().startsWith("csv oldest ")
                .contains("\"query\":\"harbour\"").contains("\"categories.code\":[\"medtop:09000000\"]")
                .contains("\"places.code\":[\"BR\"]").contains("\"gte\":\"2024-01-01\"");
    }

    @Test
    void unknownFormatIsAProblemNamingIt() throws Exception {
        mvc.perform(get("/api/export").param("format", "xlsx"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Invalid search"))
                .andExpect(jsonPath("$.parameter").value("format"))
                .andExpect(jsonPath("$.detail").value(containsString("ndjson, csv, citations")))
                .andExpect(jsonPath("$.instance").value("/api/export"));
        assertThat(source.asked).isEmpty();
    }

    @Test
    void badSearchParametersAreProblemsAsInSearch() throws Exception {
        mvc.perform(get("/api/export").param("from", "2024-13-01").param("format", "csv"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("from"));
        mvc.perform(get("/api/export").param("sort", "random"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("sort"));
        mvc.perform(get("/api/export").param("q", "x".repeat(1001)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("q"));
        assertThat(source.asked).isEmpty();
    }

    @Test
    void unreachableSearchEngineIs503ProblemBeforeAnythingIsStreamed() throws Exception {
        source.failure = new ConnectException("Connection refused");

        mvc.perform(get("/api/export").param("format", "csv"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().doesNotExist("Content-Disposition"));
    }

    @Test
    void headAnswersTheHeadersWithoutReadingTheMatches() throws Exception {
        mvc.perform(head("/api/export").param("format", "csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", matchesPattern(
                        "attachment; filename=\"archivist-export-\\d{8}-\\d{6}\\.csv\"")));
        assertThat(source.asked).isEmpty();
    }
}
