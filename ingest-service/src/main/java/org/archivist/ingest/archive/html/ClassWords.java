package org.archivist.ingest.archive.html;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A set of whole words looked for in class and id values: "share" is found in "post-share", "share_bar" and
 * "a share", not in "shareholder"; a hyphenated word such as "related-posts" is found across a hyphen or an
 * underscore ("related__posts"). Words are runs of ASCII letters and digits, as page builders write them. A hash
 * lookup per word and its next two neighbours replaces a regular expression of a hundred alternatives tried at
 * every position, which cost more than parsing the page.
 */
final class ClassWords {

    private final Set<String> words;
    private final int longest;

    ClassWords(List<String> words) {
        this.words = new HashSet<>(words);
        this.longest = words.stream().mapToInt(word -> word.split("-").length).max().orElse(1);
    }

    /** True when one of the words occurs in {@code value}, which must be lower case. */
    boolean foundIn(String value) {
        int length = value.length();
        int i = 0;
        StringBuilder candidate = new StringBuilder();
        while (i < length) {
            while (i < length && !isWordChar(value.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < length && isWordChar(value.charAt(i))) {
                i++;
            }
            if (start == i) {
                break;
            }
            candidate.setLength(0);
            candidate.append(value, start, i);
            if (words.contains(candidate.toString())) {
                return true;
            }
            // extend across hyphens and underscores only: "site-header", not "site header"
            int j = i;
            for (int parts = 1; parts < longest; parts++) {
                int separator = j;
                while (j < length && (value.charAt(j) == '-' || value.charAt(j) == '_')) {
                    j++;
                }
                int next = j;
                while (j < length && isWordChar(value.charAt(j))) {
                    j++;
                }
                if (separator == next || next == j) {
                    break;
                }
                candidate.append('-').append(value, next, j);
                if (words.contains(candidate.toString())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }
}
