package org.archivist.esanalysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * {@code archivist_folding}: replaces letters with diacritics and other non-ASCII Latin letters by their
 * ASCII equivalents ("São" → "Sao", "Erdoğan" → "Erdogan", "Müller" → "Muller").
 */
@NamedComponent(FoldingTokenFilterFactory.NAME)
public final class FoldingTokenFilterFactory implements TokenFilterFactory {

    static final String NAME = "archivist_folding";

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new ASCIIFoldingFilter(tokenStream);
    }

    /**
     * Folds prefix, wildcard and fuzzy query terms too; the interface's default leaves them untouched, so
     * "Sao*" would otherwise miss the indexed "sao".
     */
    @Override
    public TokenStream normalize(TokenStream tokenStream) {
        return create(tokenStream);
    }
}
