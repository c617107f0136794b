package org.archivist.ingest.archive.text;

import org.archivist.ingest.article.ArticleDraft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.archivist.contract.Footnote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.archivist.ingest.archive.ParsedPage;

/**
 * Properties over random pages, generated from seeds so that a failure names the seed that
 * reproduces it.
 * Pages are soups of the fragments real pages are made of: titles, bylines, glued standfirsts,
 * paragraphs, media placeholders, footnotes, footers, chrome, headers and junk in several scripts.
 */
class TextArchiveParserPropertiesTests {

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzéüçñãабвгдеёжзиклмнопрстуфхцчшщыэюяαβγδ";
    /** Letters no real word of the format uses, so a generated token never reads as a keyword or chrome. */
    private static final String MARKERS = "øßðþжщħŋ";
    private static final String PUNCTUATION = "[]()“”«»\"'.,:;|–—-By0123456789";
    private static final String[] DATES = {"March 3, 2021", "3 March 2021", "2021-03-03", "Mar 3, 2021", "14 сентября 2022"};
    private static final String[] CHROME = {"« Older posts", "Newer posts »", "Recent Posts", "Search", "Categories", "Meta",
            "Archives", "Share this:", "Like this:", "Page 2 of 9", "* * *", "—"};
    private static final String[] SIZES = {"JPEG - 71.3 kb", "PNG - 12 kb", "(PDF – 2.4 Mb)", "GIF - 3 MB", "Attached documents"};

    private final TextArchiveParser parser = new TextArchiveParser();

    /** How many random pages each property sees; seeds are fixed, so a failure is reproducible. */
    private static final int PAGES = 400;

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void neverLosesTheWordsOfANonBlankLine() {
        for (long seed = 0; seed < PAGES; seed++) {
            Soup soup = new Soup(new Random(seed));
            String page = soup.page(false);

            ParsedPage parsed = parser.parse(page);

            String output = everythingIn(parsed);
            List<String> lost = soup.tokens.stream().filter(token -> !output.contains(token)).toList();
            assertThat(lost).as("seed %d: words missing from the parse of:%n%s%n%s", seed, page, parsed).isEmpty();
        }
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void neverThrowsOnWildPages() {
        for (long seed = 0; seed < PAGES; seed++) {
            String page = new Soup(new Random(seed)).page(true);

            ParsedPage parsed = parser.parse(page);

            assertThat(parsed.skipped()).as("seed %d", seed)
                    .noneMatch(block -> block.reason().startsWith(TextArchiveParser.UNPARSEABLE));
            assertThat(parsed.articles()).as("seed %d", seed).allSatisfy(article -> {
                assertThat(article.title()).isNotBlank();
                assertThat(article.paragraphs()).allSatisfy(p -> assertThat(p).isNotBlank());
                assertThat(article.footnotes()).allSatisfy(f -> assertThat(f.number()).isNotNegative());
            });
        }
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void lineEndingsAndByteOrderMarkDoNotChangeTheParse() {
        for (long seed = 1000; seed < 1000 + PAGES / 4; seed++) {
            String page = new Soup(new Random(seed)).page(false);

            ParsedPage expected = parser.parse(page);

            assertThat(parser.parse(page.replace("\n", "\r\n"))).as("seed %d", seed).isEqualTo(expected);
            assertThat(parser.parse(page.replace("\n", "\r"))).as("seed %d", seed).isEqualTo(expected);
            assertThat(parser.parse("\uFEFF" + page)).as("seed %d", seed).isEqualTo(expected);
        }
    }

    private static String everythingIn(ParsedPage page) {
        StringBuilder b = new StringBuilder();
        b.append(page.archiveCategory()).append('\n');
        for (ArticleDraft a : page.articles()) {
            b.append(a.title()).append('\n');
            a.authors().forEach(s -> b.append(s).append('\n'));
            a.sourceCategories().forEach(s -> b.append(s).append('\n'));
            a.tags().forEach(s -> b.append(s).append('\n'));
            a.paragraphs().forEach(s -> b.append(s).append('\n'));
            a.media().forEach(s -> b.append(s).append('\n'));
            a.footnotes().stream().map(Footnote::text).forEach(s -> b.append(s).append('\n'));
        }
        page.skipped().forEach(s -> b.append(s.excerpt()).append('\n'));
        return b.toString();
    }

    /** A random page and the content tokens put into it. Units stay under 80 characters, the excerpt length. */
    private static final class Soup {

        private final Random random;
        private final List<String> tokens = new ArrayList<>();
        private final List<String> titles = new ArrayList<>();

        Soup(Random random) {
            this.random = random;
        }

        String page(boolean wild) {
            StringBuilder page = new StringBuilder();
            int units = 1 + random.nextInt(40);
            for (int i = 0; i < units; i++) {
                page.append(wild ? wildUnit() : unit());
                page.append(wild && random.nextInt(4) == 0 ? "\n" : "\n\n");
            }
            return page.toString();
        }

        private String unit() {
            return switch (random.nextInt(16)) {
                case 0, 1 -> title();
                case 2 -> byline();
                case 3 -> words(1 + random.nextInt(3)) + ".By " + name() + " -March 3, 2021" + random.nextInt(10000);
                case 4, 5 -> paragraph();
                case 6 -> media();
                case 7 -> "[" + (1 + random.nextInt(20)) + "] “" + words(1 + random.nextInt(4));
                case 8, 9 -> footer();
                case 10 -> CHROME[random.nextInt(CHROME.length)];
                case 11 -> (random.nextBoolean() ? "Category Archives: " : "Archive | ") + token();
                case 12 -> DATES[random.nextInt(DATES.length)];
                case 13 -> words(1 + random.nextInt(3)) + "?";
                case 14 -> "[VIDEO] " + words(2) + " “(" + token();
                default -> "Tags: " + token() + ", " + token();
            };
        }

        private String wildUnit() {
            return switch (random.nextInt(8)) {
                case 0 -> unicodeNoise(1 + random.nextInt(3000));
                case 1 -> "Posted in " + unicodeNoise(random.nextInt(100)) + "Comments Off on " + unicodeNoise(random.nextInt(200));
                case 2 -> "By " + unicodeNoise(random.nextInt(60)) + " -March 3, 2021" + "9".repeat(random.nextInt(30));
                case 3 -> "[" + "1".repeat(1 + random.nextInt(12)) + "]" + unicodeNoise(random.nextInt(50));
                case 4 -> unicodeNoise(random.nextInt(200)) + "By Harbor Desk -Feb 31, 2021" + unicodeNoise(random.nextInt(5));
                case 5 -> "Comments Off on " + (titles.isEmpty() ? "" : titles.get(random.nextInt(titles.size())));
                default -> unit();
            };
        }

        private String title() {
            String title = capitalised() + " " + words(random.nextInt(3));
            titles.add(title.strip());
            return title.strip();
        }

        private String byline() {
            return switch (random.nextInt(4)) {
                case 0 -> "By " + name();
                case 1 -> "By: " + name() + "   ";
                case 2 -> "by " + name();
                default -> "Posted on " + DATES[random.nextInt(DATES.length)] + " by " + name() + " and " + name();
            };
        }

        private String paragraph() {
            String line = words(1 + random.nextInt(3)) + (random.nextBoolean() ? " [" + (1 + random.nextInt(5)) + "]." : ".");
            return random.nextBoolean() ? line : line + "\n" + words(1 + random.nextInt(3));
        }

        private String media() {
            if (random.nextBoolean()) {
                return "Image for post" + (random.nextBoolean() ? "\n" : "\n\n") + words(1 + random.nextInt(3));
            }
            return SIZES[random.nextInt(SIZES.length)];
        }

        private String footer() {
            String categories = capitalised() + (random.nextBoolean() ? ", " + capitalised() : "");
            return switch (random.nextInt(5)) {
                case 0 -> "Posted in " + categories + "Comments Off on "
                        + (titles.isEmpty() || random.nextInt(5) == 0 ? capitalised() : titles.getLast());
                case 1 -> "Posted in " + categories + " | Tagged " + token() + ", " + token() + " | Leave a comment";
                case 2 -> "Posted in " + categories + " | " + (1 + random.nextInt(9)) + " Comments";
                case 3 -> "This entry was posted in " + categories + " and tagged " + token() + ". Bookmark the permalink.";
                default -> "This entry was posted in " + categories + ". Bookmark the permalink.";
            };
        }

        private String name() {
            return capitalised() + (random.nextBoolean() ? " " + capitalised() : "");
        }

        private String words(int count) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < count; i++) {
                b.append(i == 0 ? "" : " ").append(token());
            }
            return b.toString();
        }

        private String capitalised() {
            String token = token();
            String capital = token.substring(0, 1).toUpperCase() + token.substring(1);
            tokens.set(tokens.size() - 1, capital);
            return capital;
        }

        private String token() {
            int length = 3 + random.nextInt(4);
            int marker = random.nextInt(length);
            StringBuilder b = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                String from = i == marker ? MARKERS : LETTERS;
                b.append(from.charAt(random.nextInt(from.length())));
            }
            tokens.add(b.toString());
            return b.toString();
        }

        private String unicodeNoise(int length) {
            StringBuilder b = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                int pick = random.nextInt(10);
                if (pick < 4) {
                    b.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
                } else if (pick < 6) {
                    b.append(" \t\u00A0\u200B\u2028".charAt(random.nextInt(5)));
                } else if (pick < 7) {
                    b.append(PUNCTUATION.charAt(random.nextInt(PUNCTUATION.length())));
                } else {
                    b.append((char) random.nextInt(0x10000));
                }
            }
            return b.toString();
        }
    }
}
