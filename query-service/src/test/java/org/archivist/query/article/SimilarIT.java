package org.archivist.query.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.archivist.query.search.Corpus;
import org.archivist.query.search.CorpusStackTest;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** {@code GET /api/articles/{id}/similar} against the real node over the fixture corpus. */
class SimilarIT extends CorpusStackTest {

    List<String> similar(String id, String query) {
        HttpResponse<String> response = http.get("/api/articles/" + id + "/similar" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        JSON.readTree(response.body()).get("hits").forEach(hit -> ids.add(hit.get("id").asString()));
        return ids;
    }

    @Test
    void findsTheSameTopicWithoutTheArticleOrItsCopies() {
        List<String> ids = similar("br-amazon-deforestation", "");

        assertThat(ids).doesNotContain("br-amazon-deforestation", "br-amazon-deforestation-copy",
                "br-amazon-deforestation-syndicated");
        assertThat(ids.subList(0, Math.min(3, ids.size()))).containsAnyOf("br-amazon-fires", "br-amazon-mining");
        assertThat(ids).hasSizeLessThanOrEqualTo(10).doesNotHaveDuplicates();
    }

    @Test
    void copiesAreLeftOutWhicheverOfThemIsAsked() {
        assertThat(similar("br-amazon-deforestation-copy", "?size=50")).doesNotContain(
                "br-amazon-deforestation", "br-amazon-deforestation-copy");
        assertThat(similar("br-amazon-deforestation-syndicated", "?size=50")).doesNotContain(
                "br-amazon-deforestation", "br-amazon-deforestation-syndicated");
    }

    @Test
    void sizeLimitsTheAnswer() {
        assertThat(similar("tr-erdogan-runoff", "?size=2")).hasSize(2);
    }

    @Test
    void unknownArticleIsA404Problem() {
        HttpResponse<String> response = http.get("/api/articles/no-such-article/similar");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void sizeAboveFiftyIsA400Problem() {
        HttpResponse<String> response = http.get("/api/articles/tr-erdogan-runoff/similar?size=51");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("parameter").asString()).isEqualTo("size");
    }
}
