package org.archivist.ingest.archive.text;

import org.archivist.ingest.article.ArticleDraft;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.archivist.ingest.archive.ParsedPage;
import org.archivist.ingest.archive.SkippedBlock;

/**
 * Pages at the edges of size and shape. Each would take minutes if any step were quadratic or a
 * pattern backtracked on a long line; the timeouts are generous for a busy two-core machine.
 */
class TextArchiveParserScaleTests {

    private static final int MB = 1 << 20;

    private final TextArchiveParser parser = new TextArchiveParser();

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void singleHugeLineIsSkippedAsATitleWithoutText() {
        String line = "Posted in " + "word, ".repeat(8 * MB / 6) + "Comments Off on";

        ParsedPage page = parser.parse(line);

        assertThat(page.articles()).isEmpty();
        assertThat(page.skipped()).extracting(SkippedBlock::reason).containsExactly(TextPage.TITLE_WITHOUT_TEXT);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void hugeStandfirstFullOfBylineLookalikesIsReadOnce() {
        String standfirst = "By the way. ".repeat(8 * MB / 12) + "spring.By Harbor Desk -March 3, 20211542";

        ParsedPage page = parser.parse("Title\n\n" + standfirst + "\n\nPosted in AComments Off on Title");

        ArticleDraft article = page.articles().getFirst();
        assertThat(article.authors()).containsExactly("Harbor Desk");
        assertThat(article.viewCount()).isEqualTo(1542L);
        assertThat(article.paragraphs().getFirst()).endsWith("spring.");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void hundredThousandTinyPosts() {
        StringBuilder page = new StringBuilder("Archive | Tiny\n\n");
        for (int i = 0; i < 100_000; i++) {
            page.append("Post ").append(i).append("\n\nBody ").append(i).append(".\n\nPosted in AComments Off on Post ")
                    .append(i).append("\n\n");
        }

        ParsedPage parsed = parser.parse(page.toString());

        assertThat(parsed.articles()).hasSize(100_000);
        assertThat(parsed.articles().get(99_999).title()).isEqualTo("Post 99999");
        assertThat(parsed.skipped()).isEmpty();
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void binaryLookingPageParsesWithoutError() {
        byte[] bytes = new byte[2 * MB];
        new Random(42).nextBytes(bytes);

        ParsedPage latin = parser.parse(new String(bytes, StandardCharsets.ISO_8859_1));
        ParsedPage utf8 = parser.parse(new String(bytes, StandardCharsets.UTF_8));

        assertThat(latin.skipped()).noneMatch(block -> block.reason().startsWith(TextArchiveParser.UNPARSEABLE));
        assertThat(utf8.skipped()).noneMatch(block -> block.reason().startsWith(TextArchiveParser.UNPARSEABLE));
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void longFooterLookalikesAndBlankRunsStayLinear() {
        StringBuilder page = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            page.append("Posted in ").append("A, ".repeat(600)).append("\n")
                    .append("Comments Off on ").append("x".repeat(1500)).append('\n')
                    .append("\n".repeat(500))
                    .append("[1] ").append("“".repeat(300)).append('\n');
        }

        ParsedPage parsed = parser.parse(page.toString());

        assertThat(parsed.skipped()).noneMatch(block -> block.reason().startsWith(TextArchiveParser.UNPARSEABLE));
    }
}
