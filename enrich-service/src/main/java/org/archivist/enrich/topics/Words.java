package org.archivist.enrich.topics;

import java.text.Normalizer;
import java.util.ArrayList;
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

    private Words() {
    }

    static List<String> stems(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        StringBuilder word = new StringBuilder(16);
        boolean nonAscii = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
                nonAscii |= c > 127;
            } else if ((c == '\'' || c == '\u2019') && !word.isEmpty() && i + 1 < n
                    && Character.isLetter(text.charAt(i + 1))) {
                boolean possessive = (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                        && (i + 2 >= n || !Character.isLetterOrDigit(text.charAt(i + 2)));
                if (possessive) {
                    i++;
                }
            } else if (!word.isEmpty()) {
                out.add(finish(word, nonAscii));
                word.setLength(0);
                nonAscii = false;
            }
        }
        if (!word.isEmpty()) {
            out.add(finish(word, nonAscii));
        }
        return out;
    }

    private static String finish(StringBuilder word, boolean nonAscii) {
        String w = word.toString();
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
