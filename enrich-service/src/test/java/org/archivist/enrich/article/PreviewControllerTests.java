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
            return new ArticleEnricher(new TopicClassifier(), new PlaceFinder(), new FootnoteLinker(), Clock.systemUTC());
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
    void malformedJsonIsAProblem() {
        MvcTestResult result = mvc.post().uri("/api/enrich/preview").contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": ").exchange();

        assertThat(result).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
