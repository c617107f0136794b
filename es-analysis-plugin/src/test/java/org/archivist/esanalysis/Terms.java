package org.archivist.esanalysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
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
     * Terms of the {@code archivist_text} analyzer in query-service's index settings: standard
     * tokenizer, lowercase, possessive, folding, stemming.
     */
    static List<String> ofArticleText(String text) {
        return collect(new StandardTokenizer(), text, stream -> {
            TokenStream chained = new LowerCaseFilter(stream);
            chained = new EnglishPossessiveTokenFilterFactory().create(chained);
            chained = new FoldingTokenFilterFactory().create(chained);
            return new EnglishStemTokenFilterFactory().create(chained);
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
