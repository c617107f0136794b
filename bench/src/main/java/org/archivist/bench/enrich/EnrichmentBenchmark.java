package org.archivist.bench.enrich;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

import org.archivist.bench.fixtures.NewsCorpus;
import org.archivist.contract.Article;
import org.archivist.contract.EnrichedArticle;
import org.archivist.enrich.article.ArticleEnricher;
import org.archivist.enrich.footnotes.FootnoteLinker;
import org.archivist.enrich.places.PlaceFinder;
import org.archivist.enrich.topics.TopicClassifier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Time to enrich one article (categories, places, footnote links), sampled per call so that the report has a
 * median and tail: a typical article (about 800 words, 5 footnotes, source categories) and a long one (about
 * 5,000 words, 20 footnotes). The enricher is built as enrich-service's EnrichConfiguration builds it.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m", "-XX:+UseSerialGC"})
@State(Scope.Benchmark)
public class EnrichmentBenchmark {

    private ArticleEnricher enricher;
    private Article typical;
    private Article longRead;

    @Setup(Level.Trial)
    public void buildEnricherAndArticles() {
        enricher = new ArticleEnricher(new TopicClassifier(), new PlaceFinder(), new FootnoteLinker(), Clock.systemUTC(),
                "bench");
        NewsCorpus corpus = NewsCorpus.load();
        typical = SampleArticles.of(corpus, 800, 5);
        longRead = SampleArticles.of(corpus, 5_000, 20);
    }

    @Benchmark
    public EnrichedArticle typicalArticle() {
        return enricher.enrich(typical);
    }

    @Benchmark
    public EnrichedArticle longArticle() {
        return enricher.enrich(longRead);
    }
}
