package org.archivist.contract;

import java.util.List;

/**
 * A footnote with the markers that point to it, its citation parsed into fields, and the id of the
 * stored article it cites when one matches (else null).
 */
public record FootnoteLink(int number, List<MarkerPosition> markers, Citation citation, String resolvedArticleId) {

    public FootnoteLink {
        markers = Article.copy(markers);
    }
}
