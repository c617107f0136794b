package org.archivist.query.citations;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.archivist.contract.Citation;
import org.archivist.query.citations.CitationMatcher.Candidate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The citation parts of an indexed article's JSON: the index-only key fields, which the mapping leaves out of
 * {@code _source} (so they are searchable but never returned, and are recomputed whenever a document is written),
 * and each footnote link's {@code resolvedArticleId}.
 */
final class CitationDocuments {

    /** Keys of the article itself ({@code url:…}, {@code title:…}), searched by citations that may name it. */
    static final String TARGETS = "citationTargets";
    static final String LINKS = "footnoteLinks";
    /** Keys of one footnote link's citation, searched by articles the citation may name. */
    static final String LINK_KEYS = "citationKeys";
    static final String RESOLVED = "resolvedArticleId";

    private CitationDocuments() {
    }

    /** Sets the index-only key fields of an article document from its URL, title and citations. */
    static void addIndexFields(ObjectNode document) {
        ArrayNode targets = document.putArray(TARGETS);
        articleKeys(document).terms().forEach(targets::add);
        for (JsonNode link : links(document)) {
            if (link instanceof ObjectNode object) {
                ArrayNode keys = object.putArray(LINK_KEYS);
                MatchKeys.ofCitation(citation(link)).terms().forEach(keys::add);
            }
        }
    }

    /** The article's own keys, for the stored articles whose citations may name it. */
    static MatchKeys articleKeys(JsonNode document) {
        return MatchKeys.ofArticle(text(document, "url"), text(document, "title"));
    }

    /** The article as a candidate some citation may name. */
    static Candidate candidate(JsonNode document) {
        return new Candidate(text(document, "id"), articleKeys(document), date(text(document, "publishedAt")));
    }

    /** Every key the article's citations look for, each once. */
    static Set<String> citationTerms(JsonNode document) {
        Set<String> terms = new LinkedHashSet<>();
        for (JsonNode link : links(document)) {
            terms.addAll(MatchKeys.ofCitation(citation(link)).terms());
        }
        return terms;
    }

    /** Each link's citation keys, in link order (empty for a link whose citation gives none). */
    static List<List<String>> citationTermsByLink(JsonNode document) {
        List<List<String>> terms = new ArrayList<>();
        for (JsonNode link : links(document)) {
            terms.add(MatchKeys.ofCitation(citation(link)).terms());
        }
        return terms;
    }

    /**
     * Sets each footnote link's {@code resolvedArticleId} to the stored article its citation names, or removes it
     * when none does any more. Returns whether any link changed.
     */
    static boolean resolveLinks(ObjectNode document, CandidatePool pool) {
        String id = text(document, "id");
        boolean changed = false;
        for (JsonNode link : links(document)) {
            if (!(link instanceof ObjectNode object)) {
                continue;
            }
            String resolved = pool.resolve(id, citation(link));
            if (!Objects.equals(resolved, text(link, RESOLVED))) {
                object.put(RESOLVED, resolved);
                changed = true;
            }
        }
        return changed;
    }

    /**
     * Sets {@code resolvedArticleId} on the links of a batch's documents that name another document of the same
     * batch, and leaves every other link as it is. The batch is not searchable when it is read back at once, so
     * these links could not be found by a search; reads take a stored id as one more candidate, fetched by id, and
     * decide again ({@link CitationLinks}).
     */
    static void linkWithinBatch(List<ObjectNode> batch) {
        CandidatePool pool = new CandidatePool();
        batch.forEach(document -> pool.add(candidate(document)));
        for (ObjectNode document : batch) {
            String id = text(document, "id");
            for (JsonNode link : links(document)) {
                String resolved = link instanceof ObjectNode ? pool.resolve(id, citation(link)) : null;
                if (resolved != null) {
                    ((ObjectNode) link).put(RESOLVED, resolved);
                }
            }
        }
    }

    /** The article ids the document's links name as stored, each once. */
    static Set<String> storedLinkIds(JsonNode document) {
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode link : links(document)) {
            String id = text(link, RESOLVED);
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** The numbers of the article's footnote links that name the given article. */
    static List<Integer> linksTo(JsonNode document, String articleId) {
        List<Integer> numbers = new ArrayList<>();
        for (JsonNode link : links(document)) {
            if (articleId.equals(text(link, RESOLVED)) && link.path("number").isNumber()) {
                numbers.add(link.get("number").asInt());
            }
        }
        return numbers;
    }

    static Citation citation(JsonNode link) {
        JsonNode c = link.path("citation");
        if (!c.isObject()) {
            return null;
        }
        List<String> authors = new ArrayList<>();
        c.path("authors").forEach(author -> authors.add(author.asString()));
        return new Citation(text(c, "title"), authors, text(c, "publication"), text(c, "date"), text(c, "url"));
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static Iterable<JsonNode> links(JsonNode document) {
        JsonNode links = document.path(LINKS);
        return links.isArray() ? links : List.of();
    }

    private static LocalDate date(String text) {
        if (text == null || text.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
