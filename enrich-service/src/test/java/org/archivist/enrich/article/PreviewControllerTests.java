package org.archivist.enrich.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.archivist.enrich.footnotes.FootnoteLinker;
import org.archivist.enrich.places.PlaceFinder;
import org.archivist.enrich.topics.TopicClassifier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** {@code POST /api/enrich/preview} shows the enrichment of a posted article, without Kafka. */
@WebMvcTest(controllers = PreviewController.class, properties = "spring.mvc.problemdetails.enabled=true")
@Import(PreviewControllerTests.Enricher.class)
class PreviewControllerTests {

    @TestConfiguration(proxyBeanMethods = false)
    static class Enricher {

        @Bean
        ArticleEnricher articleEnricher() {
            return new ArticleEnricher(new TopicClassifier(), new PlaceFinder(), new FootnoteLinker(), Clock.systemUTC(),
                    "test");
        }
    }

    @Autowired
    MockMvcTester mvc;

    @Test
    void returnsTheEnrichedArticleWithLinksAndPlaces() {
        MvcTestResult result = mvc.post().uri("/api/enrich/preview").contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"id": "x", "title": "Brazilian unions return to talks",
                         "paragraphs": ["Talks resumed in Brasília on Monday [1]."],
                         "footnotes": [{"number": 1, "text": "“Unions return”, Rui Costa, Folha Weekly, 2026."},
                                       {"number": 2, "text": "Never cited."}]}
                        """).exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.places[0].code").isEqualTo("BR");
        assertThat(result).bodyJson().extractingPath("$.footnoteLinks[0].markers[0].offset").isEqualTo(36);
        assertThat(result).bodyJson().extractingPath("$.footnoteLinks[0].citation.title").isEqualTo("Unions return");
        assertThat(result).bodyJson().extractingPath("$.uncitedFootnotes").asArray().containsExactly(2);
    }

    @Test
    void answersMalformedJsonWithAProblemSayingTheBodyIsNotJson() {
        MvcTestResult result = preview("{\"title\": ");

        assertThat(result).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Malformed request body");
        assertThat(result).bodyJson().extractingPath("$.detail").asString()
                .startsWith("The body is not a JSON article: ").contains("end-of-input");
    }

    @Test
    void answersAnArticleWithoutTitleOrParagraphsWithAProblemNamingBothFields() {
        MvcTestResult result = preview("""
                {"id": "x", "footnotes": [{"number": 1, "text": "A note."}]}
                """);

        assertThat(result).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Invalid article");
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray()
                .containsExactly("title", "paragraphs");
        assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("The article cannot be previewed: "
                + "title is missing; a preview needs the article's title; "
                + "paragraphs are missing; a preview needs at least one paragraph of text.");
    }

    @Test
    void answersABlankTitleAndBlankParagraphsAsMissing() {
        MvcTestResult result = preview("""
                {"title": "  ", "paragraphs": ["", " "]}
                """);

        assertThat(result).hasStatus(400);
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray()
                .containsExactly("title", "paragraphs");
    }

    @Test
    void answersAnArrayInsteadOfAnArticleWithAProblem() {
        MvcTestResult result = preview("[1, 2]");

        assertThat(result).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.detail").asString()
                .startsWith("The body is not a JSON article: ");
    }

    private MvcTestResult preview(String body) {
        return mvc.post().uri("/api/enrich/preview").contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }
}
