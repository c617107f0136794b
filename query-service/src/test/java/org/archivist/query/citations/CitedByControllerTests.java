package org.archivist.query.citations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(CitedByController.class)
class CitedByControllerTests {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    CitationLinks links;

    @Test
    void sizeOutOfRangeIsABadRequestProblemNamingTheParameter() {
        assertThat(mvc.get().uri("/api/articles/a1/cited-by?size=0")).hasStatus(400)
                .hasContentTypeCompatibleWith("application/problem+json")
                .bodyJson().extractingPath("$.parameter").isEqualTo("size");
        assertThat(mvc.get().uri("/api/articles/a1/cited-by?size=501")).hasStatus(400);
    }
}
