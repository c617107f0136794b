package org.archivist.bench.load;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;
import tools.jackson.databind.JsonNode;

/**
 * Imports a synthetic web archive through {@code POST /api/archives} ({@code application/warc}): a gzipped WARC of
 * the given size written here with jwarc as a crawl of one news site looks (for every article page its request and
 * response records, images, some 404s and revisits), posted from disk as a stream. Measures records/s and MB/s from
 * the post to ingest's 202 (every page parsed and its articles published), ingest's CPU, and the largest resident
 * memory ingest reached meanwhile: the file is never held in memory, so it should not grow with the file.
 */
final class WarcPhase {

    record Result(long records, int pages, int articles, long bytes, Duration took, long ingestRssMegabytes,
            CpuUsage cpu) {

        double recordsPerSecond() {
            return records / (took.toNanos() / 1e9);
        }

        double megabytesPerSecond() {
            return bytes / 1e6 / (took.toNanos() / 1e9);
        }
    }

    private static final Instant CAPTURED = Instant.parse("2024-05-06T07:08:09Z");

    private final StackClient client;
    private final StackProcesses processes;
    private final ArticleGenerator generator;
    private final Random random = new Random(11);

    WarcPhase(StackClient client, StackProcesses processes, ArticleGenerator generator) {
        this.client = client;
        this.processes = processes;
        this.generator = generator;
    }

    Result run(int megabytes) throws IOException, InterruptedException {
        Path file = Files.createTempFile("archivist-bench-", ".warc.gz");
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        try {
            long records = write(file, megabytes * 1_000_000L);
            long bytes = Files.size(file);
            System.out.printf(java.util.Locale.ROOT, "  ... wrote %d records, %.1f MB gzipped%n", records, bytes / 1e6);
            AtomicLong rss = new AtomicLong();
            sampler.scheduleAtFixedRate(() -> rss.accumulateAndGet(
                    processes.residentMegabytes().getOrDefault("ingest", 0L), Math::max), 0, 100, TimeUnit.MILLISECONDS);
            CpuSample before = processes.cpu();
            long start = System.nanoTime();
            JsonNode answer = client.postWarc(file, generator.source());
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            CpuUsage cpu = processes.cpu().since(before);
            return new Result(answer.path("records").asLong(), answer.path("pages").asInt(),
                    answer.path("articles").size(), bytes, took, rss.get(), cpu);
        } finally {
            sampler.shutdownNow();
            Files.deleteIfExists(file);
        }
    }

    /** Writes records until the file holds {@code target} bytes; returns how many. */
    private long write(Path file, long target) throws IOException {
        long records = 0;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
                WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
            for (int n = 0; channel.size() < target; n++) {
                String url = "https://warc.bench.example/" + generator.source() + "/" + n;
                writer.write(new WarcRequest.Builder(URI.create(url)).date(CAPTURED).body(MediaType.HTTP_REQUEST,
                        ("GET /" + n + " HTTP/1.1\r\nHost: warc.bench.example\r\n\r\n").getBytes(StandardCharsets.US_ASCII))
                        .build());
                writer.write(response(url, 200, "text/html; charset=utf-8", page(n)));
                records += 2;
                if (n % 2 == 0) {
                    byte[] image = new byte[24 * 1024];
                    random.nextBytes(image);
                    writer.write(response(url + ".jpg", 200, "image/jpeg", image));
                    records++;
                }
                if (n % 25 == 7) {
                    writer.write(response(url + "/gone", 404, "text/html", "<p>Not found</p>".getBytes()));
                    records++;
                }
                if (n % 30 == 11) {
                    HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.HTML, new byte[0]).build();
                    writer.write(new WarcRevisit.Builder(URI.create(url)).date(CAPTURED).body(http).build());
                    records++;
                }
            }
        }
        return records;
    }

    private static WarcResponse response(String url, int status, String type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(type), body).build();
        return new WarcResponse.Builder(URI.create(url)).date(CAPTURED).body(http).build();
    }

    /** Article {@code n} of the generator as a news site's page, with the site's chrome around it. */
    private byte[] page(int n) {
        ArticlePost article = generator.article(n);
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(article.title())).append(" | Bench Times</title>")
                .append("<meta property=\"og:type\" content=\"article\"></head><body>")
                .append("<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/sport\">Sport</a></nav>")
                .append("<main><article><h1>").append(escape(article.title())).append("</h1><p class=\"byline\">By ")
                .append(escape(String.join(", ", article.authors()))).append("</p>");
        article.paragraphs().forEach(paragraph -> html.append("<p>").append(escape(paragraph)).append("</p>"));
        html.append("</article></main><footer>© Bench Times</footer></body></html>");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
