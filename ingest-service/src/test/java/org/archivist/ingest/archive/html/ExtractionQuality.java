package org.archivist.ingest.archive.html;

import org.archivist.ingest.article.ArticleDraft;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.archivist.ingest.archive.PageParser;
import org.archivist.ingest.archive.ParsedPage;

/**
 * Scores body extraction against the gold files in {@code html/articles}: token-level F1 of the
 * extracted paragraphs against the true ones (lower-cased word tokens, multiset overlap), plus
 * exact title, date and author checks and a scan for text that must not leak in.
 */
final class ExtractionQuality {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One fixture and its gold. */
    record Fixture(String name, String html, String title, String publishedAt, List<String> authors,
            List<String> paragraphs, List<String> mustNotAppear) {
    }

    /** The score of one fixture. */
    record Score(String name, double precision, double recall, double f1, boolean titleExact, boolean dateExact,
            boolean authorsExact, List<String> leaks, String gotTitle, String gotDate, List<String> gotAuthors) {
    }

    private ExtractionQuality() {
    }

    static List<Fixture> fixtures() {
        try {
            Path folder = Path.of(ExtractionQuality.class.getResource("/html/articles").toURI());
            List<Fixture> fixtures = new ArrayList<>();
            try (Stream<Path> files = Files.list(folder)) {
                for (Path gold : files.filter(path -> path.toString().endsWith(".expected.json")).sorted().toList()) {
                    String name = gold.getFileName().toString().replace(".expected.json", "");
                    JsonNode expected = JSON.readTree(Files.readString(gold, StandardCharsets.UTF_8));
                    fixtures.add(new Fixture(name, Files.readString(folder.resolve(name + ".html"), StandardCharsets.UTF_8),
                            expected.get("title").asString(),
                            expected.get("publishedAt").isNull() ? null : expected.get("publishedAt").asString(),
                            strings(expected.get("authors")), strings(expected.get("paragraphs")),
                            strings(expected.get("mustNotAppear"))));
                }
            }
            return fixtures;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Score score(Fixture fixture, ParsedPage page) {
        ArticleDraft article = page.articles().isEmpty() ? null : page.articles().getFirst();
        List<String> got = article == null ? List.of() : article.paragraphs();
        Map<String, Integer> gold = counts(fixture.paragraphs());
        Map<String, Integer> extracted = counts(got);
        int overlap = 0;
        for (Map.Entry<String, Integer> entry : extracted.entrySet()) {
            overlap += Math.min(entry.getValue(), gold.getOrDefault(entry.getKey(), 0));
        }
        int extractedTotal = extracted.values().stream().mapToInt(Integer::intValue).sum();
        int goldTotal = gold.values().stream().mapToInt(Integer::intValue).sum();
        double precision = extractedTotal == 0 ? 0 : (double) overlap / extractedTotal;
        double recall = goldTotal == 0 ? 0 : (double) overlap / goldTotal;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        String text = String.join("\n", got);
        List<String> leaks = fixture.mustNotAppear().stream().filter(text::contains).toList();
        String title = article == null ? null : article.title();
        String date = article == null || article.publishedAt() == null ? null : article.publishedAt().toString();
        List<String> authors = article == null ? List.of() : article.authors();
        return new Score(fixture.name(), precision, recall, f1, fixture.title().equals(title),
                java.util.Objects.equals(fixture.publishedAt(), date), fixture.authors().equals(authors), leaks,
                title, date, authors);
    }

    static List<Score> scoreAll(PageParser parser) {
        return fixtures().stream().map(fixture -> score(fixture, parser.parse(fixture.html()))).toList();
    }

    static double meanF1(List<Score> scores) {
        return scores.stream().mapToDouble(Score::f1).average().orElse(0);
    }

    private static Map<String, Integer> counts(List<String> paragraphs) {
        Map<String, Integer> counts = new HashMap<>();
        for (String paragraph : paragraphs) {
            Matcher matcher = WORD.matcher(paragraph.toLowerCase(Locale.ROOT));
            while (matcher.find()) {
                counts.merge(matcher.group(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static List<String> strings(JsonNode array) {
        return array == null ? List.of() : array.values().stream().map(JsonNode::asString).toList();
    }
}
