package org.archivist.ingest.archive;

import org.archivist.ingest.article.ArticleDraft;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The public Article Extraction Benchmark (178 real news and blog pages with their true bodies), read from
 * {@code ../shared/benchmarks/aeb/} where the team's tools keep it. The pages' licence covers evaluation only,
 * so they are read in place and never copied into this repository.
 *
 * <p>Each page goes through what {@code POST /api/archives} does with an HTML body and no charset parameter
 * ({@link PageDecoder}, then {@link ArchivePageParser}); the prediction is the page's longest article, its
 * paragraphs joined by blank lines. The score is the benchmark's own: {@code \w+} tokens, 4-token shingles,
 * per-page true/false positive and false negative shares, precision and recall averaged over pages.
 */
final class AebBenchmark {

    /** Where the benchmark lives relative to the repository root. */
    static final Path DEFAULT_ROOT = Path.of("../shared/benchmarks/aeb");

    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    /** One page's outcome. */
    record Page(String key, String truth, String predicted, int articles, String failure) {

        double[] counts() {
            return AebBenchmark.counts(truth, predicted);
        }

        double f1() {
            double[] c = counts();
            double p = precision(c);
            double r = recall(c);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** The benchmark's summary over all pages. */
    record Summary(double f1, double precision, double recall, int pages, int empty, int split) {
    }

    private AebBenchmark() {
    }

    /** The benchmark folder, looked for from the module and the repository root; null when absent. */
    static Path locate() {
        for (Path candidate : List.of(DEFAULT_ROOT, Path.of("..").resolve(DEFAULT_ROOT))) {
            if (Files.isRegularFile(candidate.resolve("ground-truth.json"))) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        return null;
    }

    static List<Page> run(Path root) {
        JsonMapper json = JsonMapper.builder().build();
        JsonNode truth = json.readTree(root.resolve("ground-truth.json").toFile());
        ArchivePageParser parser = new ArchivePageParser();
        PageDecoder decoder = new PageDecoder();
        List<Page> pages = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : truth.properties()) {
            String key = entry.getKey();
            String body = entry.getValue().get("articleBody").asString();
            byte[] html = gunzip(root.resolve("pages").resolve(key + ".html.gz"));
            try {
                ParsedPage parsed = parser.parse(decoder.decode(html, null, ArchivePageParser.Format.HTML),
                        ArchivePageParser.Format.HTML);
                String longest = "";
                for (ArticleDraft article : parsed.articles()) {
                    String text = String.join("\n\n", article.paragraphs());
                    if (text.length() > longest.length()) {
                        longest = text;
                    }
                }
                pages.add(new Page(key, body, longest, parsed.articles().size(), null));
            } catch (PageDecodingException e) {
                pages.add(new Page(key, body, "", 0, e.getMessage()));
            }
        }
        return pages;
    }

    static Summary summarise(List<Page> pages) {
        double precisionSum = 0;
        int precisionPages = 0;
        double recallSum = 0;
        int recallPages = 0;
        for (Page page : pages) {
            double[] c = page.counts();
            if (c[0] + c[1] > 0) {
                precisionSum += precision(c);
                precisionPages++;
            }
            if (c[0] + c[2] > 0) {
                recallSum += recall(c);
                recallPages++;
            }
        }
        double p = precisionPages == 0 ? 0 : precisionSum / precisionPages;
        double r = recallPages == 0 ? 0 : recallSum / recallPages;
        int empty = (int) pages.stream().filter(page -> page.predicted().isBlank()).count();
        int split = (int) pages.stream().filter(page -> page.articles() > 1).count();
        return new Summary(p + r == 0 ? 0 : 2 * p * r / (p + r), p, r, pages.size(), empty, split);
    }

    /** The predictions file that the benchmark's {@code score} tool reads. */
    static void writePredictions(List<Page> pages, Path file) {
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode root = json.createObjectNode();
        for (Page page : pages) {
            root.putObject(page.key()).put("articleBody", page.predicted());
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            json.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot write " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True positive, false positive and false negative shares of a page's shingles (summing to 1). */
    static double[] counts(String truth, String predicted) {
        Map<List<String>, Integer> a = shingles(truth);
        Map<List<String>, Integer> b = shingles(predicted);
        Map<List<String>, Integer> all = new HashMap<>(a);
        b.forEach((key, count) -> all.putIfAbsent(key, 0));
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (List<String> key : all.keySet()) {
            int x = a.getOrDefault(key, 0);
            int y = b.getOrDefault(key, 0);
            tp += Math.min(x, y);
            fp += Math.max(0, y - x);
            fn += Math.max(0, x - y);
        }
        double total = tp + fp + fn;
        return total == 0 ? new double[] {0, 0, 0} : new double[] {tp / total, fp / total, fn / total};
    }

    private static double precision(double[] c) {
        return c[1] == 0 && c[2] == 0 ? 1 : c[0] == 0 && c[1] == 0 ? 0 : c[0] / (c[0] + c[1]);
    }

    private static double recall(double[] c) {
        return c[1] == 0 && c[2] == 0 ? 1 : c[0] == 0 && c[2] == 0 ? 0 : c[0] / (c[0] + c[2]);
    }

    private static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text == null ? "" : text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        Map<List<String>, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - 3); i++) {
            List<String> shingle = tokens.subList(Math.min(i, tokens.size()), Math.min(i + 4, tokens.size()));
            if (!shingle.isEmpty()) {
                counts.merge(List.copyOf(shingle), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static byte[] gunzip(Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
