package org.archivist.bench.parsing;

import java.util.concurrent.TimeUnit;

import org.archivist.ingest.archive.ArchivePageParser;
import org.archivist.ingest.archive.ArchivePageParser.Format;
import org.archivist.ingest.archive.ParsedPage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Time to parse one whole page, plain text, an HTML archive and an HTML single article, at 10 KB, 1 MB and 10 MB, on one thread. Divide the
 * page size by the time for MB/s per core (bench/run-jmh.sh prints that table); run with {@code -prof gc} for the
 * bytes allocated per page. The heap and collector are those ingest-service runs with under ./archivist, apart
 * from a heap large enough for the 10 MB page at any time.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+UseSerialGC"})
@State(Scope.Benchmark)
public class ArchiveParsingBenchmark {

    /** The page size in bytes (UTF-8), a lower bound: pages end at a whole post. */
    @Param({"10000", "1000000", "10000000"})
    public int bytes;

    private final ArchivePageParser parser = new ArchivePageParser();
    private String textPage;
    private String htmlPage;
    private String articlePage;

    @Setup(Level.Trial)
    public void buildPages() {
        textPage = Pages.text(bytes);
        htmlPage = Pages.html(bytes);
        articlePage = Pages.article(bytes);
    }

    @Benchmark
    public ParsedPage text() {
        return parser.parse(textPage, Format.TEXT);
    }

    @Benchmark
    public ParsedPage html() {
        return parser.parse(htmlPage, Format.HTML);
    }

    /** One article page: single-article extraction, where {@link #html()} reads a listing. */
    @Benchmark
    public ParsedPage article() {
        return parser.parse(articlePage, Format.HTML);
    }
}
