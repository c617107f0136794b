package org.archivist.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.archivist.ingest.IngestSliceConfiguration;
import org.archivist.ingest.publish.RecordingPublisher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The HTTP contract of {@code POST /api/articles}, with the Kafka publisher replaced by a recording one. */
@WebMvcTest
@Import(IngestSliceConfiguration.class)
class ArticleControllerTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RecordingPublisher publisher;

    @BeforeEach
    void resetPublisher() {
        publisher.reset();
    }

    private MvcTestResult post(String json) {
        return mvc.post().uri("/api/articles").contentType(MediaType.APPLICATION_JSON).content(json).exchange();
    }

    @Test
    void acceptsOneArticleAndAnswersWithItsIdAndTitle() {
        MvcTestResult result = post("{\"title\": \" Ferry returns \", \"paragraphs\": [\"It is back.\"]}");

        assertThat(result).hasStatus(202);
        assertThat(result).bodyJson().extractingPath("$.accepted[0].title").isEqualTo("Ferry returns");
        assertThat(result).bodyJson().extractingPath("$.accepted[0].id").asString().hasSize(32);
        assertThat(publisher.published()).singleElement().satisfies(article -> {
            assertThat(article.source()).isEqualTo("default");
            assertThat(article.contentHash()).hasSize(64);
            assertThat(article.ingestedAt()).isNotNull();
        });
    }

    @Test
    void acceptsAnArrayAndIgnoresClientSuppliedIds() {
        MvcTestResult result = post("""
                [{"id": "mine", "title": "A", "paragraphs": ["a"]},
                 {"title": "B", "paragraphs": ["b"], "url": "https://example.org/b"}]
                """);

        assertThat(result).hasStatus(202);
        assertThat(publisher.published()).hasSize(2).allSatisfy(a -> assertThat(a.id()).isNotEqualTo("mine"));
    }

    @Test
    void rejectsMissingTitleAndParagraphsNamingEachField() {
        MvcTestResult result = post("[{\"title\": \"ok\", \"paragraphs\": [\"p\"]}, {\"paragraphs\": [\" \"]}]");

        assertThat(result).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray()
                .containsExactly("[1].title", "[1].paragraphs");
        assertThat(publisher.published()).isEmpty();
    }

    @Test
    void rejectsAUrlThatIsNoAbsoluteAddressSayingWhatIsExpected() {
        MvcTestResult result = post("{\"title\": \"T\", \"paragraphs\": [\"p\"], \"url\": \"notaurl\"}");

        assertThat(result).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("url");
        assertThat(result).bodyJson().extractingPath("$.errors[0].message")
                .isEqualTo("must be an absolute http or https address, like https://example.com/post");
        assertThat(result).bodyJson().extractingPath("$.detail").asString()
                .isEqualTo("Invalid field url: must be an absolute http or https address, like https://example.com/post");
        assertThat(publisher.published()).isEmpty();
    }

    @Test
    void rejectsRelativeOtherSchemeAndHostlessUrlsNamingEachElement() {
        MvcTestResult result = post("""
                [{"title": "A", "paragraphs": ["a"], "url": "/2020/10/post"},
                 {"title": "B", "paragraphs": ["b"], "url": "example.com/post"},
                 {"title": "C", "paragraphs": ["c"], "url": "ftp://example.com/post"},
                 {"title": "D", "paragraphs": ["d"], "url": "https:///post"},
                 {"title": "E", "paragraphs": ["e"], "url": "https://exa mple.com/post"},
                 {"title": "F", "paragraphs": ["f"], "url": "https://example.com:http/post"},
                 {"title": "G", "paragraphs": ["g"], "url": "https://example.com/ok"}]
                """);

        assertThat(result).hasStatus(400);
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray()
                .containsExactly("[0].url", "[1].url", "[2].url", "[3].url", "[4].url", "[5].url");
        assertThat(publisher.published()).isEmpty();
    }

    @Test
    void acceptsAbsoluteHttpAndHttpsUrlsAndKeysTheIdOnTheirCanonicalForm() {
        MvcTestResult result = post("""
                [{"title": "A", "paragraphs": ["a"], "url": " HTTPS://Example.com:443/a?utm_source=x&b=1#top "},
                 {"title": "B", "paragraphs": ["b"], "url": "https://example.com/a?b=1"},
                 {"title": "C", "paragraphs": ["c"], "url": "http://user@[::1]:8080/c"},
                 {"title": "D", "paragraphs": ["d"], "url": ""}]
                """);

        assertThat(result).hasStatus(202);
        assertThat(publisher.published()).hasSize(4);
        assertThat(publisher.published().get(0).id()).isEqualTo(publisher.published().get(1).id());
        assertThat(publisher.published().get(0).url()).isEqualTo("HTTPS://Example.com:443/a?utm_source=x&b=1#top");
        assertThat(publisher.published().get(3).url()).isNull();
    }

    @Test
    void rejectsMalformedJsonAsProblem() {
        MvcTestResult result = post("{\"title\": \"unterminated");

        assertThat(result).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Malformed request body");
    }

    @Test
    void rejectsAWronglyTypedFieldNamingIt() {
        MvcTestResult result = post("{\"title\": \"T\", \"paragraphs\": [\"p\"], \"publishedAt\": \"last Tuesday\"}");

        assertThat(result).hasStatus(400);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("publishedAt");
        assertThat(result).bodyJson().extractingPath("$.errors[0].message")
                .isEqualTo("must be a date written as YYYY-MM-DD, like 2024-03-31");
    }

    @Test
    void rejectsAnEmptyArray() {
        assertThat(post("[]")).hasStatus(400);
    }

    @Test
    void rejectsOtherMediaTypesListingTheAcceptedOne() {
        MvcTestResult result = mvc.post().uri("/api/articles").contentType(MediaType.TEXT_PLAIN).content("hi").exchange();

        assertThat(result).hasStatus(415).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.accepted").asArray().contains("application/json");
    }

    @Test
    void answers503WithRetryAfterWhenKafkaCannotTakeTheWrite() {
        publisher.goDown();

        MvcTestResult result = post("{\"title\": \"T\", \"paragraphs\": [\"p\"]}");

        assertThat(result).hasStatus(503).hasHeader("Retry-After", "5");
        assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Kafka unavailable");
        assertThat(result).bodyJson().extractingPath("$.outcome").isEqualTo("not-published");
    }
}
