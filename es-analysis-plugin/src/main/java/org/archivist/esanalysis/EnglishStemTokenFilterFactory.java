package org.archivist.esanalysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.KStemFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * {@code archivist_english_stem}: light English stemming with Krovetz's stemmer (Elasticsearch's
 * {@code light_english}). It maps plurals and most verb forms to a dictionary word ("negotiations" →
 * "negotiation", "prisoners" → "prisoner", "negotiated" → "negotiate") and leaves words it does not know
 * alone. Porter, the stemmer of Elasticsearch's {@code english} analyzer, was rejected because on news
 * text it merges words readers keep apart: "news" with "new", "uses" with "US", "organization" with
 * "organ", "united" with "unit", "university" with "universe".
 * Expects lower-case input, so it goes after the {@code lowercase} filter.
 */
@NamedComponent(EnglishStemTokenFilterFactory.NAME)
public final class EnglishStemTokenFilterFactory implements TokenFilterFactory {

    static final String NAME = "archivist_english_stem";

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new KStemFilter(tokenStream);
    }
}
