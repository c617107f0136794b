package org.archivist.query.article;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SimilarQueryBuilderTests {

    private final SimilarQueryBuilder builder = new SimilarQueryBuilder("articles");

    JsonNode body(String id, String hash, int size) {
        return JsonMapper.builder().build().readTree(JsonpUtils.toJsonString(builder.build(id, hash, size),
                new Jackson3JsonpMapper()));
    }

    @Test
    void moreLikeThisTheStoredDocumentOverTitleAndParagraphs() {
        JsonNode mlt = body("a1", "h1", 10).at("/query/bool/must/0/more_like_this");

        assertThat(mlt.get("fields").toString()).isEqualTo("[\"title\",\"paragraphs\"]");
        assertThat(mlt.at("/like/0/_id").asString()).isEqualTo("a1");
        assertThat(mlt.at("/like/0/_index").asString()).isEqualTo("articles");
        assertThat(mlt.get("min_term_freq").asInt()).isEqualTo(1);
        assertThat(mlt.get("min_doc_freq").asInt()).isEqualTo(2);
    }

    @Test
    void excludesTheArticleAndItsContentHash() {
        JsonNode mustNot = body("a1", "h1", 10).at("/query/bool/must_not");

        assertThat(mustNot.toString()).contains("\"ids\":{\"values\":[\"a1\"]}")
                .contains("\"contentHash\":{\"value\":\"h1\"}");
    }

    @Test
    void withoutContentHashExcludesOnlyTheArticle() {
        assertThat(body("a1", null, 10).at("/query/bool/must_not")).hasSize(1);
    }

    @Test
    void asksForSpareHitsToReplaceDroppedCopies() {
        assertThat(body("a1", "h1", 10).get("size").asInt()).isEqualTo(10 + SimilarQueryBuilder.SPARE);
    }
}
