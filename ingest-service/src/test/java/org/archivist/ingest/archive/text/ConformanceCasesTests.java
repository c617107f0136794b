package org.archivist.ingest.archive.text;

import org.archivist.ingest.article.ArticleDraft;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.archivist.contract.Footnote;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.archivist.ingest.archive.ParsedPage;

/**
 * The plain-text conformance cases, compared field by field as the team's conformance check tool
 * compares them (whitespace-normalised text, first ten characters of the date, view count only
 * when expected), so a pass here means a pass there for the parser's part of the answer.
 */
class ConformanceCasesTests {

    private static final Pattern WHITESPACE = Pattern.compile("(?U)\\s+");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TextArchiveParser parser = new TextArchiveParser();

    static Stream<Path> textCases() throws IOException, URISyntaxException {
        Path dir = Path.of(ConformanceCasesTests.class.getResource("/conformance").toURI());
        List<Path> cases;
        try (Stream<Path> files = Files.list(dir)) {
            cases = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(4);
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textCases")
    void textCaseParsesAsExpected(Path page) throws IOException {
        String name = page.getFileName().toString().replaceFirst("\\.txt$", "");
        JsonNode expected = JSON.readTree(page.resolveSibling(name + ".expected.json").toFile());

        ParsedPage parsed = parser.parse(Files.readString(page, StandardCharsets.UTF_8));

        assertThat(problems(expected, parsed)).isEmpty();
    }

    /** The checker's list of problems; empty when the case passes. */
    static List<String> problems(JsonNode expected, ParsedPage parsed) {
        List<String> problems = new ArrayList<>();
        JsonNode articles = expected.get("articles");
        if (articles.size() != parsed.articles().size()) {
            problems.add("article count: expected " + articles.size() + " got " + parsed.articles().size() + ": "
                    + parsed.articles().stream().map(ArticleDraft::title).toList());
        }
        for (int i = 0; i < Math.min(articles.size(), parsed.articles().size()); i++) {
            compare(articles.get(i), parsed.articles().get(i), problems, "article " + (i + 1));
        }
        List<String> paragraphs = parsed.articles().stream().flatMap(a -> a.paragraphs().stream()).toList();
        for (JsonNode junk : expected.get("mustNotAppearInParagraphs")) {
            if (paragraphs.stream().anyMatch(p -> p.contains(junk.asString()))) {
                problems.add("junk in paragraphs: " + junk.asString());
            }
        }
        JsonNode category = expected.get("archiveCategory");
        if (category != null && !category.isNull() && !category.asString().equals(norm(parsed.archiveCategory()))) {
            problems.add("archiveCategory: expected " + category.asString() + " got " + parsed.archiveCategory());
        }
        return problems;
    }

    private static void compare(JsonNode exp, ArticleDraft got, List<String> problems, String where) {
        same(problems, where, "title", norm(exp.get("title").asString()), norm(got.title()));
        same(problems, where, "authors", strings(exp.get("authors")), got.authors().stream().map(ConformanceCasesTests::norm).toList());
        JsonNode date = exp.get("publishedAt");
        same(problems, where, "publishedAt", date == null || date.isNull() ? null : date.asString(),
                got.publishedAt() == null ? null : got.publishedAt().toString().substring(0, 10));
        same(problems, where, "sourceCategories", strings(exp.get("sourceCategories")),
                got.sourceCategories().stream().map(ConformanceCasesTests::norm).toList());
        same(problems, where, "tags", strings(exp.get("tags")), got.tags().stream().map(ConformanceCasesTests::norm).toList());
        same(problems, where, "paragraphs", strings(exp.get("paragraphs")).stream().map(ConformanceCasesTests::norm).toList(),
                got.paragraphs().stream().map(ConformanceCasesTests::norm).toList());
        List<Map<String, Object>> expectedNotes = new ArrayList<>();
        for (JsonNode note : exp.get("footnotes")) {
            expectedNotes.add(footnote(note.get("number").asInt(), note.get("text").asString()));
        }
        List<Map<String, Object>> gotNotes = new ArrayList<>();
        for (Footnote note : got.footnotes()) {
            gotNotes.add(footnote(note.number(), note.text()));
        }
        same(problems, where, "footnotes", expectedNotes, gotNotes);
        JsonNode views = exp.get("viewCount");
        if (views != null && !views.isNull()) {
            same(problems, where, "viewCount", views.asLong(), got.viewCount());
        }
        JsonNode url = exp.get("url");
        if (url != null && !url.isNull() && !url.asString().isEmpty()) {
            same(problems, where, "url", url.asString(), got.url());
        }
    }

    private static Map<String, Object> footnote(int number, String text) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("number", number);
        map.put("text", norm(text));
        return map;
    }

    private static void same(List<String> problems, String where, String field, Object expected, Object got) {
        if (expected == null ? got != null : !expected.equals(got)) {
            problems.add(where + ": " + field + ": expected " + expected + " got " + got);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asString()));
        return values;
    }

    static String norm(String s) {
        return s == null ? "" : WHITESPACE.matcher(s).replaceAll(" ").strip();
    }
}
