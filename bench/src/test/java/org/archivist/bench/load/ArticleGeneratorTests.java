package org.archivist.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.archivist.bench.fixtures.NewsCorpus;
import org.junit.jupiter.api.Test;

class ArticleGeneratorTests {

    private static final NewsCorpus CORPUS = NewsCorpus.load();

    @Test
    void sameSeedGivesTheSameArticles() {
        ArticleGenerator first = new ArticleGenerator(CORPUS, 42, "sl42", "bench-run-1-test");
        ArticleGenerator second = new ArticleGenerator(CORPUS, 42, "sl42", "bench-run-1-test");

        IntStream.range(0, 20).forEach(i -> assertThat(first.article(i)).isEqualTo(second.article(i)));
    }

    @Test
    void everyArticleCarriesTheRunTokenAndItsOwnToken() {
        ArticleGenerator generator = new ArticleGenerator(CORPUS, 1, "fr17", "bench-run-1-test");

        ArticlePost article = generator.article(7);

        assertThat(article.paragraphs().getLast()).contains(generator.runToken()).contains(generator.token(7));
        assertThat(generator.token(7)).isNotEqualTo(generator.token(70)).doesNotContain(" ");
    }

    @Test
    void articlesCarryTheGivenSource() {
        ArticleGenerator generator = new ArticleGenerator(CORPUS, 1, "c", BenchDocuments.CORPUS_SOURCE);

        assertThat(generator.article(0).source()).isEqualTo("bench-corpus");
    }

    @Test
    void articlesAreNewsLengthWithMarkedFootnotes() {
        ArticleGenerator generator = new ArticleGenerator(CORPUS, 3, "bc1", "bench-run-1-test");

        for (int i = 0; i < 50; i++) {
            ArticlePost article = generator.article(i);
            int words = article.paragraphs().stream().mapToInt(p -> p.split("\\s+").length).sum();
            assertThat(words).isBetween(150, 1_200);
            article.footnotes().forEach(note ->
                    assertThat(String.join(" ", article.paragraphs())).contains("[" + note.number() + "]"));
        }
    }

    @Test
    void queriesAreShortUserText() {
        ArticleGenerator generator = new ArticleGenerator(CORPUS, 5, "q", "bench-run-1-test");

        for (int i = 0; i < 100; i++) {
            assertThat(generator.query()).isNotBlank().matches("[^|\"]{1,80}");
        }
    }
}
