package org.archivist.query.citations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class CitationDocumentsTests {

    private final JsonMapper json = JsonMapper.builder().build();

    private ObjectNode citing(String resolved) {
        String resolvedField = resolved == null ? "" : ", \"resolvedArticleId\": \"" + resolved + "\"";
        return (ObjectNode) json.readTree("""
                {"id": "citing", "url": "https://example.org/citing", "title": "Why prices rose",
                 "publishedAt": "2021-01-05",
                 "footnotes": [{"number": 1, "text": "“How Utilities Lobby”, The Civic Ledger."},
                               {"number": 2, "text": "Unrelated note."}],
                 "footnoteLinks": [
                   {"number": 1, "markers": [], "citation": {"title": "How Utilities Lobby", "authors": [],
                    "publication": "The Civic Ledger", "date": null, "url": null}%s},
                   {"number": 2, "markers": [], "citation": {"title": null, "authors": [], "publication": null,
                    "date": null, "url": null}}]}
                """.formatted(resolvedField));
    }

    private ObjectNode article(String id, String url, String title) {
        ObjectNode article = json.createObjectNode();
        article.put("id", id);
        article.put("url", url);
        article.put("title", title);
        return article;
    }

    private CandidatePool pool(ObjectNode... articles) {
        CandidatePool pool = new CandidatePool();
        for (ObjectNode article : articles) {
            pool.add(CitationDocuments.candidate(article));
        }
        return pool;
    }

    @Test
    void addsTheArticleKeysAndEachLinksCitationKeys() {
        ObjectNode document = citing(null);

        CitationDocuments.addIndexFields(document);

        assertThat(document.get("citationTargets").toString())
                .isEqualTo("[\"url:example.org/citing\",\"title:why prices rose\"]");
        assertThat(document.get("footnoteLinks").get(0).get("citationKeys").toString())
                .isEqualTo("[\"title:how utilities lobby\"]");
        assertThat(document.get("footnoteLinks").get(1).get("citationKeys").toString()).isEqualTo("[]");
    }

    @Test
    void setsTheResolvedIdOfALinkWhoseCitationNamesAStoredArticle() {
        ObjectNode document = citing(null);

        boolean changed = CitationDocuments.resolveLinks(document, pool(article("cited", null, "How Utilities Lobby")));

        assertThat(changed).isTrue();
        assertThat(document.get("footnoteLinks").get(0).get("resolvedArticleId").asString()).isEqualTo("cited");
        assertThat(CitationDocuments.text(document.get("footnoteLinks").get(1), "resolvedArticleId")).isNull();
    }

    @Test
    void reportsNoChangeWhenTheLinksAreAlreadyRight() {
        assertThat(CitationDocuments.resolveLinks(citing("cited"), pool(article("cited", null, "How Utilities Lobby"))))
                .isFalse();
    }

    @Test
    void clearsALinkWhoseArticleNoLongerMatches() {
        ObjectNode document = citing("cited");

        boolean changed = CitationDocuments.resolveLinks(document, pool(article("cited", null, "A retitled story")));

        assertThat(changed).isTrue();
        assertThat(document.get("footnoteLinks").get(0).get("resolvedArticleId").isNull()).isTrue();
    }

    @Test
    void collectsTheKeysAllCitationsLookFor() {
        assertThat(CitationDocuments.citationTerms(citing(null))).containsExactly("title:how utilities lobby");
    }

    @Test
    void readsACandidateWithItsPublicationDate() {
        ObjectNode article = article("cited", "https://example.org/lobby", "How Utilities Lobby");
        article.put("publishedAt", "2020-10-12");

        CitationMatcher.Candidate candidate = CitationDocuments.candidate(article);

        assertThat(candidate.id()).isEqualTo("cited");
        assertThat(candidate.publishedAt()).hasToString("2020-10-12");
        assertThat(candidate.keys().url()).isEqualTo("example.org/lobby");
    }

    @Test
    void documentWithoutLinksOrTitleIsHandled() {
        ObjectNode document = json.createObjectNode().put("id", "bare");

        CitationDocuments.addIndexFields(document);

        assertThat(document.get("citationTargets").isEmpty()).isTrue();
        assertThat(CitationDocuments.resolveLinks(document, pool())).isFalse();
        assertThat(CitationDocuments.candidate(document).keys().isEmpty()).isTrue();
    }

    @Test
    void citedByEntryListsTheFootnotesThatNameTheArticleWithTheirText() {
        ObjectNode document = citing("cited");

        CitedBy.CitingArticle entry = CitedByController.citingArticle(document, "cited");

        assertThat(entry.id()).isEqualTo("citing");
        assertThat(entry.title()).isEqualTo("Why prices rose");
        assertThat(entry.publishedAt()).isEqualTo("2021-01-05");
        assertThat(entry.footnotes()).containsExactly(
                new CitedBy.CitingFootnote(1, "“How Utilities Lobby”, The Civic Ledger."));
    }

    @Test
    void poolReplacesAnArticleAddedTwice() {
        CandidatePool pool = pool(article("cited", null, "How Utilities Lobby"),
                article("cited", null, "A retitled story"));
        JsonNode link = citing(null).get("footnoteLinks").get(0);

        assertThat(pool.size()).isEqualTo(1);
        assertThat(pool.resolve("citing", CitationDocuments.citation(link))).isNull();
    }

    @Test
    void linksABatchArticleToTheBatchMateItCites() {
        ObjectNode citing = citing(null);
        ObjectNode cited = article("cited", "https://civicledger.example.com/lobby", "How Utilities Lobby");

        CitationDocuments.linkWithinBatch(List.of(citing, cited));

        assertThat(citing.get("footnoteLinks").get(0).get("resolvedArticleId").asString()).isEqualTo("cited");
        assertThat(citing.get("footnoteLinks").get(1).has("resolvedArticleId")).isFalse();
    }

    @Test
    void batchLinkingKeepsAStoredIdWhenNoBatchMateIsCited() {
        ObjectNode citing = citing("stored-earlier");

        CitationDocuments.linkWithinBatch(List.of(citing, article("other", null, "Another story here")));

        assertThat(citing.get("footnoteLinks").get(0).get("resolvedArticleId").asString()).isEqualTo("stored-earlier");
    }

    @Test
    void batchLinkingNeverLinksAnArticleToItself() {
        ObjectNode selfCiting = citing(null);
        selfCiting.put("title", "How Utilities Lobby");

        CitationDocuments.linkWithinBatch(List.of(selfCiting));

        assertThat(selfCiting.get("footnoteLinks").get(0).has("resolvedArticleId")).isFalse();
    }

    @Test
    void storedLinkIdsAreTheLinksResolvedIdsEachOnce() {
        ObjectNode document = citing("cited");
        ((ObjectNode) document.get("footnoteLinks").get(1)).put("resolvedArticleId", "cited");

        assertThat(CitationDocuments.storedLinkIds(document)).containsExactly("cited");
        assertThat(CitationDocuments.storedLinkIds(citing(null))).isEmpty();
    }

    @Test
    void citationTermsAreGivenPerLinkInLinkOrder() {
        assertThat(CitationDocuments.citationTermsByLink(citing(null)))
                .containsExactly(List.of("title:how utilities lobby"), List.of());
    }
}
