package org.archivist.ingest.archive.html;

import org.archivist.ingest.article.ArticleDraft;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.archivist.contract.Footnote;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.archivist.ingest.archive.ParsedPage;

/** The HTML case of the shared conformance suite, compared field by field the way its checker does. */
class HtmlConformanceTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HtmlPageParser parser = new HtmlPageParser();

    @Test
    void openCommentsArchiveMatchesExpectedArticles() throws IOException {
        String html = resource("/conformance/open-comments-archive-html.html");
        JsonNode expected = JSON.readTree(resource("/conformance/open-comments-archive-html.expected.json"));

        ParsedPage page = parser.parse(html);

        assertThat(page.archiveCategory()).isEqualTo(expected.get("archiveCategory").asString());
        assertThat(page.articles()).hasSize(expected.get("articles").size());
        for (int i = 0; i < page.articles().size(); i++) {
            ArticleDraft got = page.articles().get(i);
            JsonNode want = expected.get("articles").get(i);
            assertThat(norm(got.title())).isEqualTo(want.get("title").asString());
            assertThat(got.authors()).isEqualTo(strings(want.get("authors")));
            assertThat(String.valueOf(got.publishedAt())).isEqualTo(want.get("publishedAt").asString());
            assertThat(got.sourceCategories()).isEqualTo(strings(want.get("sourceCategories")));
            assertThat(got.tags()).isEqualTo(strings(want.get("tags")));
            assertThat(got.paragraphs().stream().map(HtmlConformanceTests::norm).toList())
                    .isEqualTo(strings(want.get("paragraphs")).stream().map(HtmlConformanceTests::norm).toList());
            List<Footnote> notes = new ArrayList<>();
            want.get("footnotes").values().forEach(note -> notes.add(
                    new Footnote(note.get("number").asInt(), norm(note.get("text").asString()))));
            assertThat(got.footnotes().stream().map(note -> new Footnote(note.number(), norm(note.text()))).toList())
                    .isEqualTo(notes);
            assertThat(got.url()).isEqualTo(want.get("url").asString());
            assertThat(got.viewCount()).isNull();
        }
        String paragraphs = String.join("\n", page.articles().stream().flatMap(a -> a.paragraphs().stream()).toList());
        for (JsonNode junk : expected.get("mustNotAppearInParagraphs").values()) {
            assertThat(paragraphs).doesNotContain(junk.asString());
        }
    }

    private static List<String> strings(JsonNode array) {
        return array.values().stream().map(JsonNode::asString).toList();
    }

    private static String norm(String text) {
        return text == null ? null : text.replaceAll("\\s+", " ").strip();
    }

    static String resource(String path) throws IOException {
        try (InputStream in = HtmlConformanceTests.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
