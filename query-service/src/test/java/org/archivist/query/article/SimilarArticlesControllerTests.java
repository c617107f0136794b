package org.archivist.query.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.archivist.query.ArticleNotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The HTTP contract of {@code GET /api/articles/{id}/similar}, with a hand-written fake behind it. */
@WebMvcTest(SimilarArticlesController.class)
@Import(SimilarArticlesControllerTests.Fake.class)
class SimilarArticlesControllerTests {

    static class FakeSimilar implements SimilarArticles {

        final List<Integer> sizes = new ArrayList<>();

        @Override
        public Result similarTo(String id, int size) {
            if (id.equals("missing")) {
                throw new ArticleNotFoundException(id);
            }
            sizes.add(size);
            return new Result(id, List.of(new Match("b2", "Fires in the Amazon", List.of("Lucas Ferreira"),
                    "2024-09-03", "atlantic-wire", List.of())));
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Fake {

        @Bean
        FakeSimilar fakeSimilar() {
            return new FakeSimilar();
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    FakeSimilar similar;

    @BeforeEach
    void reset() {
        similar.sizes.clear();
    }

    @Test
    void answersSimilarArticlesWithTenByDefault() throws Exception {
        mvc.perform(get("/api/articles/a1/similar"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("a1"))
                .andExpect(jsonPath("$.hits[0].id").value("b2"))
                .andExpect(jsonPath("$.hits[0].source").value("atlantic-wire"));

        assertThat(similar.sizes).containsExactly(10);
    }

    @Test
    void acceptsSizesUpToFifty() throws Exception {
        mvc.perform(get("/api/articles/a1/similar?size=50")).andExpect(status().isOk());

        assertThat(similar.sizes).containsExactly(50);
    }

    @Test
    void sizeOutOfRangeIsAProblemNamingSize() throws Exception {
        for (String size : List.of("0", "51", "many")) {
            mvc.perform(get("/api/articles/a1/similar?size=" + size))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.parameter").value("size"))
                    .andExpect(jsonPath("$.detail").value(containsString("between 1 and 50")));
        }
        assertThat(similar.sizes).isEmpty();
    }

    @Test
    void unknownArticleIsA404Problem() throws Exception {
        mvc.perform(get("/api/articles/missing/similar"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Article not found"))
                .andExpect(jsonPath("$.detail").value(containsString("missing")));
    }
}
