package org.archivist.bench.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.archivist.bench.fixtures.NewsCorpus;
import org.archivist.contract.Article;
import org.junit.jupiter.api.Test;

class SampleArticlesTests {

    private static final NewsCorpus CORPUS = NewsCorpus.load();

    @Test
    void typicalArticleHasAboutTheRequestedWordsAndEveryFootnoteMarked() {
        Article article = SampleArticles.of(CORPUS, 800, 5);

        String body = String.join("\n", article.paragraphs());
        assertThat(body.split("\\s+").length).isBetween(800, 950);
        assertThat(article.footnotes()).hasSize(5);
        for (int n = 1; n <= 5; n++) {
            assertThat(body).containsOnlyOnce("[" + n + "]");
        }
        assertThat(article.sourceCategories()).isNotEmpty();
    }

    @Test
    void longArticleIsAboutFiveThousandWords() {
        Article article = SampleArticles.of(CORPUS, 5_000, 20);

        assertThat(String.join(" ", article.paragraphs()).split("\\s+").length).isBetween(5_000, 5_200);
        assertThat(article.footnotes()).hasSize(20);
    }
}
