package org.archivist.query.citations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.archivist.query.index.IndexedArticle;
import org.archivist.query.index.IndexedArticle.Link;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class CitationDocumentsTests {

    private final JsonMapper json = JsonMapper.builder().build();

    private IndexedArticle citing(String resolved) {
        String resolvedField = resolved == null ? "" : ", \"resolvedArticleId\": \"" + resolved + "\"";
        return json.readValue("""
                {"id": "citing", "url": "https://example.org/citing", "title": "Why prices rose",
                 "publishedAt": "2021-01-05",
                 "footnotes": [{"number": 1, "text": "“How Utilities Lobby”, The Civic Ledger."},
                               {"number": 2, "text": "Unrelated note."}],
                 "footnoteLinks": [
                   {"number": 1, "markers": [], "citation": {"title": "How Utilities Lobby", "authors": [],
                    "publication": "The Civic Ledger", "date": null, "url": null}%s},
                   {"number": 2, "markers": [], "citation": {"title": null, "authors": [], "publication": null,
                    "date": null, "url": null}}]}
                """.formatted(resolvedField), IndexedArticle.class);
    }

    private IndexedArticle article(String id, String url, String title) {
        return article(id, url, title, null);
    }

    private IndexedArticle article(String id, String url, String title, String publishedAt) {
        return json.readValue(json.createObjectNode().put("id", id).put("url", url).put("title", title)
                .put("publishedAt", publishedAt).toString(), IndexedArticle.class);
    }

    private CandidatePool pool(IndexedArticle... articles) {
        CandidatePool pool = new CandidatePool();
        for (IndexedArticle article : articles) {
            pool.add(CitationDocuments.candidate(article));
        }
        return pool;
    }

    private static String resolved(IndexedArticle document, int link) {
        return document.footnoteLinks().get(link).resolvedArticleId();
    }

    @Test
    void addsTheArticleKeysAndEachLinksCitationKeys() {
        IndexedArticle document = CitationDocuments.withIndexFields(citing(null));

        assertThat(document.citationTargets()).containsExactly("url:example.org/citing", "title:why prices rose");
        assertThat(document.footnoteLinks().get(0).citationKeys()).containsExactly("title:how utilities lobby");
        assertThat(document.footnoteLinks().get(1).citationKeys()).isEmpty();
    }

    @Test
    void indexFieldsAreWrittenButADocumentReadBackHasNone() {
        String written = json.writeValueAsString(CitationDocuments.withIndexFields(citing(null)));
        String read = json.writeValueAsString(citing(null));

        assertThat(written).contains("\"citationTargets\"", "\"citationKeys\"");
        assertThat(read).doesNotContain("citationTargets", "citationKeys");
    }

    @Test
    void setsTheResolvedIdOfALinkWhoseCitationNamesAStoredArticle() {
        IndexedArticle document = CitationDocuments.resolveLinks(citing(null),
                pool(article("cited", null, "How Utilities Lobby")));

        assertThat(resolved(document, 0)).isEqualTo("cited");
        assertThat(resolved(document, 1)).isNull();
    }

    @Test
    void keepsTheSameDocumentWhenTheLinksAreAlreadyRight() {
        IndexedArticle document = citing("cited");

        assertThat(CitationDocuments.resolveLinks(document, pool(article("cited", null, "How Utilities Lobby"))))
                .isSameAs(document);
    }

    @Test
    void clearsALinkWhoseArticleNoLongerMatches() {
        IndexedArticle document = CitationDocuments.resolveLinks(citing("cited"),
                pool(article("cited", null, "A retitled story")));

        assertThat(resolved(document, 0)).isNull();
    }

    @Test
    void collectsTheKeysAllCitationsLookFor() {
        assertThat(CitationDocuments.citationTerms(citing(null))).containsExactly("title:how utilities lobby");
    }

    @Test
    void readsACandidateWithItsPublicationDate() {
        CitationMatcher.Candidate candidate = CitationDocuments.candidate(
                article("cited", "https://example.org/lobby", "How Utilities Lobby", "2020-10-12"));

        assertThat(candidate.id()).isEqualTo("cited");
        assertThat(candidate.publishedAt()).hasToString("2020-10-12");
        assertThat(candidate.keys().url()).isEqualTo("example.org/lobby");
    }

    @Test
    void documentWithoutLinksOrTitleIsHandled() {
        IndexedArticle document = json.readValue("{\"id\": \"bare\"}", IndexedArticle.class);

        assertThat(CitationDocuments.withIndexFields(document).citationTargets()).isEmpty();
        assertThat(CitationDocuments.resolveLinks(document, pool())).isSameAs(document);
        assertThat(CitationDocuments.candidate(document).keys().isEmpty()).isTrue();
    }

    @Test
    void citedByEntryListsTheFootnotesThatNameTheArticleWithTheirText() {
        CitedBy.CitingArticle entry = CitedBy.CitingArticle.of(citing("cited"), "cited");

        assertThat(entry.id()).isEqualTo("citing");
        assertThat(entry.title()).isEqualTo("Why prices rose");
        assertThat(entry.publishedAt()).isEqualTo("2021-01-05");
        assertThat(entry.footnotes()).containsExactly(
                new CitedBy.CitingFootnote(1, "“How Utilities Lobby”, The Civic Ledger."));
    }

    @Test
    void citedByEntryOfAnArticleThatDoesNotCiteItHasNoFootnotes() {
        assertThat(CitedBy.CitingArticle.of(citing("other"), "cited").footnotes()).isEmpty();
    }

    @Test
    void poolReplacesAnArticleAddedTwice() {
        CandidatePool pool = pool(article("cited", null, "How Utilities Lobby"),
                article("cited", null, "A retitled story"));
        Link link = citing(null).footnoteLinks().get(0);

        assertThat(pool.size()).isEqualTo(1);
        assertThat(pool.resolve("citing", link.citation())).isNull();
    }

    @Test
    void linksABatchArticleToTheBatchMateItCites() {
        IndexedArticle cited = article("cited", "https://civicledger.example.com/lobby", "How Utilities Lobby");

        List<IndexedArticle> linked = CitationDocuments.linkWithinBatch(List.of(citing(null), cited));

        assertThat(resolved(linked.get(0), 0)).isEqualTo("cited");
        assertThat(resolved(linked.get(0), 1)).isNull();
        assertThat(linked.get(1)).isSameAs(cited);
    }

    @Test
    void batchLinkingKeepsAStoredIdWhenNoBatchMateIsCited() {
        List<IndexedArticle> linked = CitationDocuments.linkWithinBatch(
                List.of(citing("stored-earlier"), article("other", null, "Another story here")));

        assertThat(resolved(linked.get(0), 0)).isEqualTo("stored-earlier");
    }

    @Test
    void batchLinkingNeverLinksAnArticleToItself() {
        IndexedArticle selfCiting = json.readValue(json.writeValueAsString(citing(null))
                .replace("Why prices rose", "How Utilities Lobby"), IndexedArticle.class);

        assertThat(resolved(CitationDocuments.linkWithinBatch(List.of(selfCiting)).get(0), 0)).isNull();
    }

    @Test
    void storedLinkIdsAreTheLinksResolvedIdsEachOnce() {
        IndexedArticle document = citing("cited");
        IndexedArticle twice = document.withLinks(List.of(document.footnoteLinks().get(0),
                document.footnoteLinks().get(1).resolvedTo("cited")));

        assertThat(CitationDocuments.storedLinkIds(twice)).containsExactly("cited");
        assertThat(CitationDocuments.storedLinkIds(citing(null))).isEmpty();
    }

    @Test
    void citationTermsAreGivenPerLinkInLinkOrder() {
        assertThat(CitationDocuments.citationTermsByLink(citing(null)))
                .containsExactly(List.of("title:how utilities lobby"), List.of());
    }

    @Test
    void countsEachCitingArticleOnceForEveryArticleItsLinksName() {
        IndexedArticle document = citing("cited");
        IndexedArticle twice = document.withLinks(List.of(document.footnoteLinks().get(0),
                document.footnoteLinks().get(1).resolvedTo("cited")));
        IndexedArticle other = document.withLinks(List.of(document.footnoteLinks().get(0),
                document.footnoteLinks().get(1).resolvedTo("elsewhere")));
        Map<String, Long> counts = new HashMap<>();

        CitationDocuments.countCitations(List.of(twice, other, citing(null)), counts);

        assertThat(counts).isEqualTo(Map.of("cited", 2L, "elsewhere", 1L));
    }
}
