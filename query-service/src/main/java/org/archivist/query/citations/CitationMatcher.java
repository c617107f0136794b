package org.archivist.query.citations;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.archivist.contract.Citation;
import org.archivist.query.citations.MatchKeys.Strength;

/**
 * Decides which stored article one citation names, among stored articles that share a key with it. A wrong link
 * is worse than none, so:
 * <ul>
 * <li>the strongest kind of match wins: same address, then same title, then same title once a trailing site name
 * is removed ({@link MatchKeys}); the citing article never names itself;
 * <li>a title match whose publication date disagrees with the citation's date is no match (the same headline is
 * reused: "Weekly roundup"); days may differ by one, for time zones;
 * <li>several articles with the same title are told apart by the citation's date; if that leaves more than one,
 * the citation stays unresolved;
 * <li>several articles at the same address (spellings the article id tells apart, such as a tracking parameter)
 * are the same page: the one whose date agrees, then the smallest id, so every run picks the same one.
 * </ul>
 * Plain Java, stateless.
 */
final class CitationMatcher {

    private CitationMatcher() {
    }

    /** A stored article a citation may name: its id, its keys and its publication date (or null). */
    record Candidate(String id, MatchKeys keys, LocalDate publishedAt) {
    }

    private enum DateFit { AGREES, UNKNOWN, CONFLICTS }

    /** The id of the article the citation names, or null when none or no single one does. */
    static String resolve(String citingId, Citation citation, Collection<Candidate> candidates) {
        return resolve(citingId, MatchKeys.ofCitation(citation), citation == null ? null : citation.date(), candidates);
    }

    /** {@link #resolve(String, Citation, Collection)} for a citation whose keys are already made. */
    static String resolve(String citingId, MatchKeys keys, String date, Collection<Candidate> candidates) {
        if (keys.isEmpty() || candidates.isEmpty()) {
            return null;
        }
        Strength best = Strength.NONE;
        List<Candidate> bestOnes = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (candidate.id().equals(citingId)) {
                continue;
            }
            Strength strength = keys.against(candidate.keys());
            if (strength == Strength.NONE
                    || strength != Strength.URL && fit(date, candidate.publishedAt()) == DateFit.CONFLICTS) {
                continue;
            }
            if (strength.compareTo(best) > 0) {
                best = strength;
                bestOnes.clear();
            }
            if (strength == best && bestOnes.stream().noneMatch(c -> c.id().equals(candidate.id()))) {
                bestOnes.add(candidate);
            }
        }
        if (bestOnes.size() <= 1) {
            return bestOnes.isEmpty() ? null : bestOnes.getFirst().id();
        }
        List<Candidate> agreeing = bestOnes.stream().filter(c -> fit(date, c.publishedAt()) == DateFit.AGREES).toList();
        if (best == Strength.URL) {
            List<Candidate> pool = agreeing.isEmpty() ? bestOnes : agreeing;
            return pool.stream().map(Candidate::id).min(Comparator.naturalOrder()).orElseThrow();
        }
        return agreeing.size() == 1 ? agreeing.getFirst().id() : null;
    }

    /** Compares a citation date ({@code 2020-10-12}, {@code 2020-10} or {@code 2020}) with a publication date. */
    private static DateFit fit(String citationDate, LocalDate publishedAt) {
        if (citationDate == null || publishedAt == null) {
            return DateFit.UNKNOWN;
        }
        try {
            boolean agrees = switch (citationDate.length()) {
                case 4 -> Integer.parseInt(citationDate) == publishedAt.getYear();
                case 7 -> YearMonth.parse(citationDate).equals(YearMonth.from(publishedAt));
                case 10 -> Math.abs(ChronoUnit.DAYS.between(LocalDate.parse(citationDate), publishedAt)) <= 1;
                default -> throw new DateTimeParseException("not an ISO date", citationDate, 0);
            };
            return agrees ? DateFit.AGREES : DateFit.CONFLICTS;
        } catch (DateTimeParseException | NumberFormatException e) {
            return DateFit.UNKNOWN;
        }
    }
}
