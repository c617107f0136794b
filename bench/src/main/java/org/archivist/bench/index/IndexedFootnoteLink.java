package org.archivist.bench.index;

import java.util.ArrayList;
import java.util.List;

import org.archivist.contract.Citation;
import org.archivist.contract.FootnoteLink;
import org.archivist.contract.MarkerPosition;

/** A footnote link as indexed: the contract's fields and the citation's index-only match keys. */
public record IndexedFootnoteLink(int number, List<MarkerPosition> markers, Citation citation, String resolvedArticleId,
        List<String> citationKeys) {

    public IndexedFootnoteLink {
        markers = IndexedArticle.copy(markers);
        citationKeys = IndexedArticle.copy(citationKeys);
    }

    static List<IndexedFootnoteLink> of(List<FootnoteLink> links, IndexKeys keys) {
        List<IndexedFootnoteLink> indexed = new ArrayList<>(links.size());
        for (int n = 0; n < links.size(); n++) {
            FootnoteLink link = links.get(n);
            indexed.add(new IndexedFootnoteLink(link.number(), link.markers(), link.citation(),
                    link.resolvedArticleId(), keys.linkKeys().get(n)));
        }
        return indexed;
    }
}
