package org.archivist.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Pins the wire names and JSON types of the events, so a rename cannot slip through unnoticed. */
class EventContractTests {

    private final JsonMapper json = JsonMapper.builder().build();

    static Article sampleArticle() {
        return new Article(1, "0123456789abcdef0123456789abcdef", "blog", "https://example.org/a", "Title",
                List.of("Ana Ruiz"), LocalDate.of(2021, 3, 3), List.of("Energy"), List.of("grid"),
                List.of("First paragraph [1]."), List.of(new Footnote(1, "“Source”, Dana Ortiz, 2020.")),
                List.of("JPEG - 71.3 kb"), 1542L, "Energy", "abc", Instant.parse("2026-11-25T10:15:30Z"), "en", false,
                Instant.parse("2026-11-24T08:00:00Z"));
    }

    @Test
    void articleHasTheDocumentedFieldsAndTypes() {
        JsonNode node = json.valueToTree(sampleArticle());

        assertThat(node.propertyNames()).containsExactly("schemaVersion", "id", "source", "url", "title",
                "authors", "publishedAt", "sourceCategories", "tags", "paragraphs", "footnotes", "media",
                "viewCount", "archiveCategory", "contentHash", "ingestedAt", "language", "excerpt", "capturedAt");
        assertThat(node.get("schemaVersion").isInt()).isTrue();
        assertThat(node.get("publishedAt").asString()).isEqualTo("2021-03-03");
        assertThat(node.get("ingestedAt").asString()).isEqualTo("2026-11-25T10:15:30Z");
        assertThat(node.get("capturedAt").asString()).isEqualTo("2026-11-24T08:00:00Z");
        assertThat(node.get("footnotes").get(0).propertyNames()).containsExactly("number", "text");
        assertThat(node.get("viewCount").isNumber()).isTrue();
    }

    @Test
    void enrichedArticleAddsTheEnrichmentFieldsFlat() {
        Enrichment enrichment = new Enrichment(
                List.of(new Category("medtop:06000000", "environment", 0.8, Category.ORIGIN_INFERRED,
                        List.of("grid"))),
                List.of(new Place("BR", "Brazil", 2)),
                List.of(new FootnoteLink(1, List.of(new MarkerPosition(0, 16)),
                        new Citation("Source", List.of("Dana Ortiz"), null, "2020", null), null)),
                List.of(new UnmatchedMarker(2, 0, 30)), List.of(3));
        EnrichedArticle enriched = EnrichedArticle.of(sampleArticle(), enrichment,
                Instant.parse("2026-11-25T10:15:31Z"), "0.1.0+3f9a2c41d07b");

        JsonNode node = json.valueToTree(enriched);

        assertThat(node.propertyNames()).contains("id", "title", "paragraphs", "categories", "places",
                "footnoteLinks", "unmatchedMarkers", "uncitedFootnotes", "enrichedAt", "enrichmentVersion");
        assertThat(node.get("enrichmentVersion").asString()).isEqualTo("0.1.0+3f9a2c41d07b");
        assertThat(node.get("categories").get(0).propertyNames())
                .containsExactly("code", "label", "score", "origin", "evidence");
        assertThat(node.get("places").get(0).propertyNames()).containsExactly("code", "name", "mentions");
        assertThat(node.get("footnoteLinks").get(0).propertyNames())
                .containsExactly("number", "markers", "citation", "resolvedArticleId");
        assertThat(node.get("footnoteLinks").get(0).get("markers").get(0).propertyNames())
                .containsExactly("paragraph", "offset");
        assertThat(node.get("footnoteLinks").get(0).get("citation").propertyNames())
                .containsExactly("title", "authors", "publication", "date", "url");
        assertThat(enriched.article()).isEqualTo(sampleArticle());
        assertThat(enriched.enrichment()).isEqualTo(enrichment);
    }

    @Test
    void readsBackWhatItWritesAndTreatsMissingListsAsEmpty() {
        Article article = sampleArticle();
        assertThat(json.readValue(json.writeValueAsString(article), Article.class)).isEqualTo(article);

        Article sparse = json.readValue("{\"schemaVersion\":1,\"title\":\"T\",\"paragraphs\":[\"p\"]}",
                Article.class);
        assertThat(sparse.authors()).isEmpty();
        assertThat(sparse.footnotes()).isEmpty();
        // Events written before language, excerpt and capturedAt existed read as unknown, whole and not captured.
        assertThat(sparse.language()).isNull();
        assertThat(sparse.capturedAt()).isNull();
        assertThat(sparse.excerpt()).isFalse();
    }
}
