package org.archivist.esanalysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Runs text through a tokenizer and filters the way an Elasticsearch custom analyzer chains them. */
final class Terms {

    private static final Map<String, TokenFilterFactory> TOKEN_FILTERS = Map.of(
            FoldingTokenFilterFactory.NAME, new FoldingTokenFilterFactory(),
            EnglishPossessiveTokenFilterFactory.NAME, new EnglishPossessiveTokenFilterFactory(),
            EnglishStemTokenFilterFactory.NAME, new EnglishStemTokenFilterFactory());

    private Terms() {
    }

    /** Whitespace-split terms after one filter's {@code create}. */
    static List<String> of(TokenFilterFactory filter, String text) {
        return collect(new WhitespaceTokenizer(), text, filter::create);
    }

    /** Whitespace-split terms after one filter's {@code normalize}, the multi-term query path. */
    static List<String> normalized(TokenFilterFactory filter, String text) {
        return collect(new WhitespaceTokenizer(), text, filter::normalize);
    }

    /**
     * Terms of an analyzer as query-service's index settings define it, built from the same filter names
     * Elasticsearch reads, so the tests follow the settings file rather than a copy of its chain.
     */
    static List<String> ofIndexAnalyzer(String analyzer, String text) {
        AnalyzerDefinition definition = AnalyzerDefinition.fromArticleIndexSettings(analyzer);
        return collect(new StandardTokenizer(), text, stream -> {
            TokenStream chained = stream;
            for (String filter : definition.filters()) {
                chained = filter.equals("lowercase") ? new LowerCaseFilter(chained)
                        : TOKEN_FILTERS.get(filter).create(chained);
            }
            return chained;
        });
    }

    private static List<String> collect(Tokenizer tokenizer, String text, UnaryOperator<TokenStream> filters) {
        tokenizer.setReader(new StringReader(text));
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = filters.apply(tokenizer)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return terms;
    }
}
