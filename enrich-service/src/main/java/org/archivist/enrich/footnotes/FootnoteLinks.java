package org.archivist.enrich.footnotes;

import java.util.List;

import org.archivist.contract.FootnoteLink;
import org.archivist.contract.UnmatchedMarker;

/**
 * What {@link FootnoteLinker} found in one article: one link per footnote (in footnote order), the markers
 * whose number has no footnote (in text order), and the footnote numbers no marker points to.
 */
public record FootnoteLinks(List<FootnoteLink> links, List<UnmatchedMarker> unmatchedMarkers,
        List<Integer> uncitedFootnotes) {

    public FootnoteLinks {
        links = links == null ? List.of() : List.copyOf(links);
        unmatchedMarkers = unmatchedMarkers == null ? List.of() : List.copyOf(unmatchedMarkers);
        uncitedFootnotes = uncitedFootnotes == null ? List.of() : List.copyOf(uncitedFootnotes);
    }
}
