package org.archivist.enrich.footnotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.archivist.contract.Footnote;
import org.archivist.contract.FootnoteLink;
import org.archivist.contract.MarkerPosition;
import org.archivist.contract.UnmatchedMarker;

/**
 * Links the footnote markers in an article's paragraphs to its footnotes and parses each footnote's citation.
 * Which bracket and superscript shapes count as markers is described on {@link MarkerScanner}. Stateless and
 * thread-safe; linear in the length of the text.
 */
public final class FootnoteLinker {

    private final CitationParser citationParser;

    public FootnoteLinker() {
        this(new CitationParser());
    }

    public FootnoteLinker(CitationParser citationParser) {
        this.citationParser = citationParser;
    }

    /**
     * Links markers to footnotes. Returns one {@link FootnoteLink} per footnote in the order given (a footnote
     * number given twice gets two links sharing the same markers), with {@code resolvedArticleId} null; markers
     * with no footnote of their number; and, in footnote order without repeats, footnote numbers no marker
     * points to. Null lists and null elements are treated as absent.
     */
    public FootnoteLinks link(List<String> paragraphs, List<Footnote> footnotes) {
        List<String> texts = paragraphs == null ? List.of() : paragraphs;
        List<Footnote> notes = footnotes == null ? List.of() : footnotes.stream().filter(f -> f != null).toList();
        Set<Integer> numbers = new HashSet<>();
        for (Footnote note : notes) {
            numbers.add(note.number());
        }
        Map<Integer, List<MarkerPosition>> byNumber = new HashMap<>();
        List<UnmatchedMarker> unmatched = new ArrayList<>();
        for (MarkerScanner.Marker marker : MarkerScanner.scan(texts, numbers::contains)) {
            if (numbers.contains(marker.number())) {
                byNumber.computeIfAbsent(marker.number(), k -> new ArrayList<>())
                        .add(new MarkerPosition(marker.paragraph(), marker.offset()));
            } else {
                unmatched.add(new UnmatchedMarker(marker.number(), marker.paragraph(), marker.offset()));
            }
        }
        List<FootnoteLink> links = new ArrayList<>(notes.size());
        Set<Integer> uncited = new LinkedHashSet<>();
        for (Footnote note : notes) {
            List<MarkerPosition> markers = byNumber.getOrDefault(note.number(), List.of());
            if (markers.isEmpty()) {
                uncited.add(note.number());
            }
            links.add(new FootnoteLink(note.number(), markers, citationParser.parse(note.text()), null));
        }
        return new FootnoteLinks(links, unmatched, List.copyOf(uncited));
    }
}
