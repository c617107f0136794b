package org.archivist.query.citations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.archivist.contract.Citation;
import org.archivist.query.citations.CitationMatcher.Candidate;

/**
 * The stored articles a set of citations may name, looked up by key, so deciding a footnote costs a few map
 * look-ups rather than a pass over every candidate. Not thread-safe; one per resolution pass.
 */
final class CandidatePool {

    private final Map<String, List<Candidate>> byTerm = new HashMap<>();
    private final Map<String, Candidate> byId = new LinkedHashMap<>();

    /** Adds a stored article; a second one with the same id replaces the first. */
    void add(Candidate candidate) {
        Candidate previous = byId.put(candidate.id(), candidate);
        if (previous != null) {
            previous.keys().terms().forEach(term -> byTerm.get(term).remove(previous));
        }
        candidate.keys().terms().forEach(term -> byTerm.computeIfAbsent(term, t -> new ArrayList<>()).add(candidate));
    }

    int size() {
        return byId.size();
    }

    /** The id of the stored article the citation names (see {@link CitationMatcher}), or null. */
    String resolve(String citingId, Citation citation) {
        MatchKeys keys = MatchKeys.ofCitation(citation);
        Map<String, Candidate> sharing = new LinkedHashMap<>();
        for (String term : keys.terms()) {
            for (Candidate candidate : byTerm.getOrDefault(term, List.of())) {
                sharing.putIfAbsent(candidate.id(), candidate);
            }
        }
        return CitationMatcher.resolve(citingId, keys, citation == null ? null : citation.date(), sharing.values());
    }
}
