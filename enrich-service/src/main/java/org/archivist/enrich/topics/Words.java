package org.archivist.enrich.topics;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Splits text into lower-case, accent-free words and stems them, the same way for the lexicon and for articles.
 * A possessive {@code 's} is dropped and other apostrophes are joined ("don't" becomes "dont"); every other
 * character that is not a letter or digit separates words, so "cease-fire" is two words.
 */
final class Words {

    /**
     * Words whose Porter stem collides with an unrelated common word ("news" would become "new", "hospitality"
     * would become "hospit" like "hospital", "physics" would become "physic" like "physical", "detective" would
     * become "detect" like "detected", "camping" would become "camp" like a refugee camp): kept whole.
     */
    private static final Set<String> UNSTEMMED = Set.of("news", "hospitality", "physics", "series", "politics",
            "detective", "detectives", "camping");

    /** For ASCII: the lower-case form of a letter or digit, and 0 for every other character. */
    private static final char[] ASCII_WORD_CHAR = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD_CHAR[c] = Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
        }
    }

    private Words() {
    }

    /** Shared by every classifier in the JVM: a word's stem never changes. About 2 MB when full. */
    private static final StemCache CACHE = new StemCache(1 << 14);

    static List<String> stems(String text) {
        return stems(text, CACHE);
    }

    /** The stems of the text's words, looked up in {@code cache} first; with a null cache every word is stemmed. */
    static List<String> stems(String text, StemCache cache) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        // The word is lower-cased into a reusable buffer, hashing as it goes, so that a cached word costs no
        // String at all.
        char[] word = new char[32];
        int length = 0;
        int hash = 0;
        boolean nonAscii = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char lower = c < 128 ? ASCII_WORD_CHAR[c] : Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
            if (lower != 0) {
                if (length == word.length) {
                    word = Arrays.copyOf(word, length * 2);
                }
                word[length++] = lower;
                hash = 31 * hash + lower;
                nonAscii |= c > 127;
            } else if ((c == '\'' || c == '\u2019') && length > 0 && i + 1 < n
                    && Character.isLetter(text.charAt(i + 1))) {
                boolean possessive = (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                        && (i + 2 >= n || !Character.isLetterOrDigit(text.charAt(i + 2)));
                if (possessive) {
                    i++;
                }
            } else if (length > 0) {
                out.add(stem(word, length, hash, nonAscii, cache));
                length = 0;
                hash = 0;
                nonAscii = false;
            }
        }
        if (length > 0) {
            out.add(stem(word, length, hash, nonAscii, cache));
        }
        return out;
    }

    private static String stem(char[] word, int length, int hash, boolean nonAscii, StemCache cache) {
        String stem = cache == null ? null : cache.get(word, length, hash);
        if (stem == null) {
            String w = new String(word, 0, length);
            stem = finish(w, nonAscii);
            if (cache != null) {
                cache.put(w, stem);
            }
        }
        return stem;
    }

    private static String finish(String word, boolean nonAscii) {
        String w = word;
        if (nonAscii) {
            w = fold(w);
        }
        if (UNSTEMMED.contains(w)) {
            return w;
        }
        String stem = PorterStemmer.stem(w);
        // Stripping a long word down to one or two letters ("innings" to "in") would make it match a common word.
        return stem.length() < 3 && w.length() > 3 ? w : stem;
    }

    /** Removes accents: "économie" becomes "economie"; letters of other scripts are kept as they are. */
    static String fold(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
