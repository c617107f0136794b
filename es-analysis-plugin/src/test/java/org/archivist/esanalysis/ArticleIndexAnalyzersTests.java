package org.archivist.esanalysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The analyzers of query-service's article index, run with this plugin's filters in the order the
 * settings file chains them. The integ-test Elasticsearch has only the standard tokenizer and the
 * lowercase filter built in, so those are the only names besides this plugin's that the settings may use.
 */
class ArticleIndexAnalyzersTests {

    @Test
    void articleTextMatchesAccentedNamesTypedWithoutAccents() {
        assertThat(Terms.ofIndexAnalyzer("archivist_text", "São Paulo, Erdoğan and Müller"))
                .isEqualTo(Terms.ofIndexAnalyzer("archivist_text", "Sao Paulo, ERDOGAN and muller"));
    }

    @Test
    void articleTextMatchesPluralAndSingular() {
        assertThat(Terms.ofIndexAnalyzer("archivist_text", "Negotiations on prisoners"))
                .containsExactly("negotiation", "on", "prisoner");
        assertThat(Terms.ofIndexAnalyzer("archivist_text", "negotiation on prisoner"))
                .containsExactly("negotiation", "on", "prisoner");
    }

    @Test
    void articleTextDropsPossessives() {
        assertThat(Terms.ofIndexAnalyzer("archivist_text", "Erdoğan’s prisoners")).containsExactly("erdogan",
                "prisoner");
    }

    @Test
    void foldedFoldsAndDropsPossessivesButDoesNotStem() {
        assertThat(Terms.ofIndexAnalyzer("archivist_folded", "Müller's negotiations in São Paulo"))
                .containsExactly("muller", "negotiations", "in", "sao", "paulo");
    }

    @Test
    void settingsUseOnlyTheStandardTokenizerLowercaseAndThisPluginsFilters() {
        AnalyzerDefinition.analysis().path("analyzer").propertyNames().forEach(name -> {
            AnalyzerDefinition analyzer = AnalyzerDefinition.fromArticleIndexSettings(name);
            assertThat(analyzer.tokenizer()).as(name).isEqualTo("standard");
            assertThat(analyzer.filters()).as(name).isNotEmpty().allSatisfy(filter -> assertThat(filter)
                    .isIn("lowercase", FoldingTokenFilterFactory.NAME, EnglishPossessiveTokenFilterFactory.NAME,
                            EnglishStemTokenFilterFactory.NAME));
        });
    }
}
