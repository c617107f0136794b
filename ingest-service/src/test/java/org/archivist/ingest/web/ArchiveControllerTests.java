package org.archivist.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;

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

/**
 * The HTTP contract of {@code POST /api/archives}, including every row of the bad-input table:
 * each gets a clear 4xx or a correct result, never a 500, a hang or an out-of-memory.
 */
@WebMvcTest
@Import(IngestSliceConfiguration.class)
class ArchiveControllerTests {

    /** Two posts of a text archive page; SecurityIT posts it too. */
    static final String TWO_POSTS = """
            Archive | Harbour

            Ferry returns

            The ferry returned on Friday.

            Posted in TransportComments Off on Ferry returns

            Bridge closed

            The old bridge is closed on Sunday.

            Posted in RoadsComments Off on Bridge closed
            """;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RecordingPublisher publisher;

    @BeforeEach
    void resetPublisher() {
        publisher.reset();
    }

    private MvcTestResult post(String query, String contentType, byte[] body) {
        return mvc.post().uri("/api/archives" + query).contentType(contentType).content(body).exchange();
    }

    private MvcTestResult postText(String query, String text) {
        return post(query, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void publishesEveryPostOfThePageAndAnswers202() {
        MvcTestResult result = postText("?source=harbour-blog", TWO_POSTS);

        assertThat(result).hasStatus(202);
        assertThat(result).bodyJson().extractingPath("$.archiveCategory").isEqualTo("Harbour");
        assertThat(result).bodyJson().extractingPath("$.articles[*].title").asArray()
                .containsExactly("Ferry returns", "Bridge closed");
        assertThat(publisher.published()).extracting(a -> a.source()).containsOnly("harbour-blog");
        assertThat(publisher.published()).extracting(a -> a.archiveCategory()).containsOnly("Harbour");
    }

    @Test
    void answersNextPageOfHtmlListingResolvedAgainstThePageUrl() {
        String post = "<div class='card'><h2><a href='/%1$s/'>Story number %1$s</a></h2><time datetime='2024-01-0%1$s'>"
                + "</time><p>The council met again on Tuesday evening and agreed the next steps for the harbour.</p></div>";
        String html = "<main>" + post.formatted(1) + post.formatted(2) + "</main><a href='?page=2'>Older posts</a>";

        MvcTestResult result = post("?dryRun=true&url=https://harbour.example/news", "text/html; charset=utf-8",
                html.getBytes(StandardCharsets.UTF_8));

        assertThat(result).hasStatus(200);
        assertThat(result).bodyJson().extractingPath("$.articles[*].title").asArray()
                .containsExactly("Story number 1", "Story number 2");
        assertThat(result).bodyJson().extractingPath("$.nextPage").isEqualTo("https://harbour.example/news?page=2");
    }

    @Test
    void answersNullNextPageForTextArchive() {
        MvcTestResult result = postText("?dryRun=true", TWO_POSTS);

        assertThat(result).bodyJson().extractingPath("$.nextPage").isNull();
    }

    @Test
    void dryRunAnswers200AndPublishesNothing() {
        MvcTestResult result = postText("?dryRun=true", TWO_POSTS);

        assertThat(result).hasStatus(200);
        assertThat(result).bodyJson().extractingPath("$.articles").asArray().hasSize(2);
        assertThat(publisher.published()).isEmpty();
    }

    @Test
    void samePageTwiceGivesTheSameIds() throws Exception {
        String first = postText("?dryRun=true&source=s", TWO_POSTS).getResponse().getContentAsString(StandardCharsets.UTF_8);
        String second = postText("?dryRun=true&source=s", TWO_POSTS).getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(idsOf(first)).isEqualTo(idsOf(second)).hasSize(2);
    }

    private static java.util.List<String> idsOf(String json) {
        return java.util.regex.Pattern.compile("\"id\":\"([0-9a-f]{32})\"").matcher(json).results()
                .map(m -> m.group(1)).toList();
    }

    @Test
    void pageUrlIdentifiesASingleArticlePage() {
        MvcTestResult result = postText("?dryRun=true&url=https://example.org/one", "Only title\n\nOnly body text.\n");

        assertThat(result).bodyJson().extractingPath("$.articles[0].url").isEqualTo("https://example.org/one");
    }

    @Test
    void rejectsAPageUrlThatIsNoAbsoluteAddress() {
        MvcTestResult result = postText("?url=notaurl", "Only title\n\nOnly body text.\n");

        assertThat(result).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("url");
        assertThat(result).bodyJson().extractingPath("$.errors[0].message")
                .isEqualTo("must be an absolute http or https address, like https://example.com/post");
        assertThat(publisher.published()).isEmpty();
    }

    @Test
    void acceptsAnAbsolutePageUrlAndKeysTheIdOnItsCanonicalForm() throws Exception {
        String page = "Only title\n\nOnly body text.\n";
        MvcTestResult tracked = postText("?url=HTTPS://Example.org:443/one?utm_source%3Dx", page);
        MvcTestResult plain = postText("?dryRun=true&url=https://example.org/one", page);

        assertThat(tracked).hasStatus(202);
        assertThat(idsOf(tracked.getResponse().getContentAsString(StandardCharsets.UTF_8)))
                .isEqualTo(idsOf(plain.getResponse().getContentAsString(StandardCharsets.UTF_8))).hasSize(1);
    }

    @Test
    void honoursTheCharsetParameter() {
        byte[] cp1251 = "Отчёт о проверке\n\nТекст статьи.\n".getBytes(Charset.forName("windows-1251"));

        MvcTestResult result = post("?dryRun=true", "text/plain; charset=windows-1251", cp1251);

        assertThat(result).hasStatus(200);
        assertThat(result).bodyJson().extractingPath("$.articles[0].title").isEqualTo("Отчёт о проверке");
    }

    @Test
    void bodyOverTheLimitIs413() {
        byte[] tooBig = new byte[10 * 1024 * 1024 + 1];
        java.util.Arrays.fill(tooBig, (byte) 'a');

        MvcTestResult result = post("", "text/plain", tooBig);

        assertThat(result).hasStatus(413).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.limitBytes").isEqualTo(10 * 1024 * 1024);
    }

    @Test
    void otherMediaTypesAre415ListingTheAcceptedOnes() {
        MvcTestResult result = post("", "application/pdf", new byte[] { '%', 'P', 'D', 'F' });

        assertThat(result).hasStatus(415);
        assertThat(result).bodyJson().extractingPath("$.accepted").asArray().contains("text/plain", "text/html");
    }

    @Test
    void emptyBodyIs422() {
        MvcTestResult result = post("", "text/plain", new byte[0]);

        assertThat(result).hasStatus(422).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void pageWithoutArticleIs422SayingWhatWasFound() {
        MvcTestResult result = post("", "text/html", "<html><head><script>var x=1;</script></head><body></body></html>"
                .getBytes(StandardCharsets.UTF_8));

        assertThat(result).hasStatus(422);
        assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("No article found");
    }

    @Test
    void invalidUtf8WithoutCharsetIs400NamingTheOffset() {
        byte[] latin1 = "Caf\u00e9\n\nText.".getBytes(StandardCharsets.ISO_8859_1);

        MvcTestResult result = post("", "text/plain", latin1);

        assertThat(result).hasStatus(400);
        assertThat(result).bodyJson().extractingPath("$.byteOffset").isEqualTo(3);
    }

    @Test
    void nulBytesAre400() {
        MvcTestResult result = post("", "text/plain", "Title\0\n\nBody".getBytes(StandardCharsets.UTF_8));

        assertThat(result).hasStatus(400);
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("NUL byte");
    }

    @Test
    void binaryGarbageIs400() {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);

        assertThat(post("", "text/plain", garbage)).hasStatus(400);
    }

    @Test
    void fiftyMegabyteSingleLineIsRefusedAsTooLarge() {
        byte[] line = new byte[50 * 1024 * 1024];
        java.util.Arrays.fill(line, (byte) 'x');

        assertThat(post("", "text/plain", line)).hasStatus(413);
    }

    @Test
    void deeplyNestedHtmlYieldsItsArticle() {
        String nested = "<div>".repeat(100_000) + "<h1>Deep</h1><p>Text at the bottom of a very deep page.</p>"
                + "</div>".repeat(100_000);

        MvcTestResult result = post("?dryRun=true", "text/html", nested.getBytes(StandardCharsets.UTF_8));

        assertThat(result).hasStatus(200);
        assertThat(result).bodyJson().extractingPath("$.articles[*].title").asArray().containsExactly("Deep");
        assertThat(result).bodyJson().extractingPath("$.articles[0].paragraphs").asArray()
                .containsExactly("Text at the bottom of a very deep page.");
        assertThat(result).bodyJson().extractingPath("$.skipped[*].reason").asArray()
                .noneMatch(reason -> reason.toString().startsWith("unreadable HTML"));
    }

    @Test
    void textPageOfOneWordIs422AndPublishesNothing() {
        MvcTestResult result = postText("", "hello");

        assertThat(result).hasStatus(422).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("No article found");
        assertThat(result).bodyJson().extractingPath("$.skipped[*].excerpt").asArray().containsExactly("hello");
        assertThat(publisher.published()).isEmpty();
    }

    @Test
    void hundredThousandTinyPostsAreAllFound() {
        StringBuilder page = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            page.append("Post ").append(i).append("\n\nBody ").append(i).append(".\n\nPosted in NewsComments Off on Post ")
                    .append(i).append("\n\n");
        }

        MvcTestResult result = postText("?dryRun=true", page.toString());

        assertThat(result).hasStatus(200);
        assertThat(result).bodyJson().extractingPath("$.articles.length()").isEqualTo(100_000);
    }
}
