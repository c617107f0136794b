package org.archivist.esanalysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * {@code archivist_english_possessive}: strips a trailing possessive "'s" (straight or typographic
 * apostrophe), so "Erdoğan's" indexes as "Erdoğan". The standard tokenizer keeps the apostrophe inside
 * the token, and no stemmer removes it.
 */
@NamedComponent(EnglishPossessiveTokenFilterFactory.NAME)
public final class EnglishPossessiveTokenFilterFactory implements TokenFilterFactory {

    static final String NAME = "archivist_english_possessive";

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new EnglishPossessiveFilter(tokenStream);
    }
}
